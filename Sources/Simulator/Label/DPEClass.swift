/// A class of the French energy label (DPE 2021), A (best) to G (worst).
public enum DPEClass: String, Sendable, Codable, CaseIterable, Comparable {
    case a = "A", b = "B", c = "C", d = "D", e = "E", f = "F", g = "G"

    /// A is best: `a < g`.
    public static func < (l: Self, r: Self) -> Bool {
        allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)!
    }

    /// The worse of two classes (the DPE takes the worse of its energy class and its GHG class).
    public static func worse(_ x: Self, _ y: Self) -> Self { max(x, y) }
}
