/// The one checked conversion of a number read from a file into an integer or a count: a value that is not a
/// whole number, not finite or outside the field's bounds gives nil (the caller names the file, building, field and
/// value), never a trap (`Int(1e300)` stops the process).
public enum CheckedInteger {
    /// `value` as an `Int` when it is a whole number within `bounds`.
    public static func exact(_ value: Double, in bounds: ClosedRange<Int>) -> Int? {
        // 2^63 is where Int(value) traps; Double(Int.max) rounds up to it, so compare strictly below.
        guard value.isFinite, value.rounded() == value, value >= -0x1p63, value < 0x1p63 else { return nil }
        let i = Int(value)
        return bounds.contains(i) ? i : nil
    }

    /// `value` rounded by `rule` when the result is within `bounds`.
    public static func rounded(_ value: Double, _ rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero,
                               in bounds: ClosedRange<Int>) -> Int? {
        guard value.isFinite else { return nil }
        return exact(value.rounded(rule), in: bounds)
    }
}

/// Bounds of the counts a stock, a weather file or a rule may give (docs/stock-input.md, "Limits").
public enum InputLimits {
    /// Storeys above ground of one building (the tallest buildings have about 160).
    public static let storeys = 1...200
    /// Dwellings of one building.
    public static let dwellings = 0...100_000
    /// Construction years.
    public static let years = 1000...2100
    /// Holes of one footprint (a courtyard building has a few; thousands are a broken geometry, and the façade
    /// analysis grows faster than their count).
    public static let holes = 0...256
    /// Vertices of one footprint, all rings (real footprints have at most a few hundred: 239 in the Paris BDNB
    /// extract; the façade analysis of a 10,000-vertex ring takes 0.5 s, of a 99,000-vertex one 27 s).
    public static let vertices = 4...10_000
    /// Footprint area of one building, m² (the largest buildings cover about 0.5 km²).
    public static let footprintAreaM2 = 2_000_000.0
    /// A façade index in a heritage layer.
    public static let facadeIndex = 0...100_000
    /// YAML files (scenarios, catalogue, rules): size in bytes and nesting depth.
    public static let yamlBytes = 4 << 20
    public static let yamlDepth = 64
}

extension Comparable {
    /// The value within `range`.
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
