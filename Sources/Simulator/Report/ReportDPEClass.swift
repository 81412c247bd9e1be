/// A French energy-performance (DPE) class letter, A (best) to G (worst), as the report shows it.
///
/// TODO(lead): replace with the Label/ module's DPE class type once the measures/label branch is merged; this
/// local enum only exists so the report can be built in parallel. The raw values are the letters.
public enum ReportDPEClass: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case a = "A", b = "B", c = "C", d = "D", e = "E", f = "F", g = "G"

    /// The class letter, "A"…"G".
    public var letter: String { rawValue }

    /// Whether the class is F or G: a *passoire thermique* in French housing law (loi Climat et résilience,
    /// 2021), progressively barred from letting (G from 2025, F from 2028).
    public var isFOrG: Bool { self == .f || self == .g }

    /// A is the smallest (best).
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Parses a letter, accepting lower case.
    public init?(letter: String) {
        self.init(rawValue: letter.uppercased())
    }
}
