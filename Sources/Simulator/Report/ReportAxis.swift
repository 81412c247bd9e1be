import Foundation

/// Round numbers for axes and scale bars: 1, 2 or 5 times a power of ten.
enum ReportAxis {
    /// The 1–2–5 number closest (in ratio) to `value` (> 0); 1 for a non-positive or non-finite value.
    static func niceStep(near value: Double) -> Double {
        guard value.isFinite, value > 0 else { return 1 }
        let p = pow(10, floor(log10(value)))
        let m = value / p
        let f: Double = m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10
        return f * p
    }

    /// Ticks covering [lo, hi] with about `count` steps of a 1–2–5 size: (first, last, step), first ≤ lo, last ≥ hi.
    static func ticks(lo: Double, hi: Double, count: Int = 5) -> (first: Double, last: Double, step: Double) {
        var lo = lo, hi = hi
        if !(hi > lo) { hi = lo + 1; lo -= 0 }
        let step = niceStep(near: (hi - lo) / Double(max(count, 1)))
        return ((lo / step).rounded(.down) * step, (hi / step).rounded(.up) * step, step)
    }
}
