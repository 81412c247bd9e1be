/// A class of the French energy label (DPE 2021), A (best) to G (worst).
///
/// The one DPE class type of the project: the label, the batch results, the rankings and the report all use it.
public enum DPEClass: String, Sendable, Codable, CaseIterable, Comparable {
    case a = "A", b = "B", c = "C", d = "D", e = "E", f = "F", g = "G"

    /// A is best: `a < g`.
    public static func < (l: Self, r: Self) -> Bool {
        allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)!
    }

    /// The worse of two classes (the DPE takes the worse of its energy class and its GHG class).
    public static func worse(_ x: Self, _ y: Self) -> Self { max(x, y) }

    /// The class letter, "A"…"G".
    public var letter: String { rawValue }

    /// Parses a letter, accepting lower case; nil for anything else.
    public init?(letter: String) {
        self.init(rawValue: letter.uppercased())
    }

    /// Whether the class is F or G: a *passoire thermique* in French housing law (loi Climat et résilience,
    /// 2021), progressively barred from letting (G from 2025, F from 2028).
    public var isFOrG: Bool { self == .f || self == .g }

    /// First year from which a dwelling of this class may not be let, by class alone (`RentalBan`).
    public var rentalBanYear: Int? { RentalBan.firstBannedYear(for: self) }
}
