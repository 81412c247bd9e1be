/// A small seeded pseudo-random generator (SplitMix64, Steele, Lea & Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014; constants as in Vigna's reference `splitmix64.c`).
///
/// Used by the sample generators so that the same seed gives the same stock, byte for byte, on every platform:
/// the draws below use only integer arithmetic and one exact scaling to `Double`, never the standard library's
/// `random(in:using:)` (whose algorithm is not promised to stay the same) nor `SystemRandomNumberGenerator`.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1): the top 53 bits scaled by 2⁻⁵³ (exact).
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in [lower, upper).
    public mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * unit()
    }

    /// A uniform integer in the closed range (by multiply-shift, Lemire 2019; the tiny bias is irrelevant here).
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        let product = next().multipliedFullWidth(by: span)
        return range.lowerBound + Int(product.high)
    }

    /// True with the given probability.
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One of the choices, drawn with the given weights (they need not sum to 1).
    /// - Precondition: at least one positive weight.
    public mutating func pick<T>(_ choices: [(T, Double)]) -> T {
        let total = choices.reduce(0) { $0 + $1.1 }
        precondition(total > 0, "pick needs at least one positive weight")
        var x = unit() * total
        for (value, weight) in choices {
            if x < weight { return value }
            x -= weight
        }
        return choices[choices.count - 1].0
    }

    /// A generator for an independent sub-stream, derived from this generator's seed and a key
    /// (so that, e.g., block 17 draws the same numbers whatever happened in blocks 0–16).
    public static func derived(seed: UInt64, key: UInt64) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (key &* 0xD1B5_4A32_D192_ED03))
        return SplitMix64(seed: mixer.next())
    }
}
