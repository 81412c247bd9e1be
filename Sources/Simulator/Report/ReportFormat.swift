/// Locale-independent number formatting for the report, so the same input gives the same bytes everywhere.
///
/// Numbers are written the English way (the page is `lang="en"`): comma thousands separator, point decimals.
enum ReportFormat {
    /// `1234567` → `"1,234,567"`.
    static func integer(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// Fixed decimals with thousands separators: `fixed(1234.567, decimals: 1)` → `"1,234.6"`; "n/a" when not
    /// finite. Rounds half away from zero.
    static func fixed(_ x: Double, decimals: Int) -> String {
        guard x.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let q = Int((x * scale).rounded())
        let whole = q.magnitude / UInt(scale)
        let frac = q.magnitude % UInt(scale)
        var s = (q < 0 ? "-" : "") + integer(Int(whole))
        if decimals > 0 {
            let f = String(frac)
            s += "." + String(repeating: "0", count: decimals - f.count) + f
        }
        return s
    }

    /// Euros, whole: `"€1,234,567"`.
    static func euros(_ x: Double) -> String { x.isFinite ? "€" + fixed(x, decimals: 0) : "n/a" }

    /// Millions of euros: `"€1.23 M"`.
    static func millionEuros(_ x: Double, decimals: Int = 2) -> String {
        x.isFinite ? "€" + fixed(x / 1e6, decimals: decimals) + " M" : "n/a"
    }

    /// Percent of a whole, one decimal: `"12.5 %"`.
    static func percent(_ part: Int, of whole: Int) -> String {
        whole > 0 ? fixed(100 * Double(part) / Double(whole), decimals: 1) + " %" : "n/a"
    }

    /// A coordinate for SVG, rounded to 0.1 and without a trailing ".0": `12.0` → `"12"`, `-0.04` → `"0"`.
    static func svg(_ x: Double) -> String {
        svg(tenths: Int((x * 10).rounded()))
    }

    /// A value given in tenths, written as SVG wants it: `123` → `"12.3"`, `-5` → `"-0.5"`.
    static func svg(tenths q: Int) -> String {
        let sign = q < 0 ? "-" : ""
        let m = q.magnitude
        return m % 10 == 0 ? sign + String(m / 10) : sign + String(m / 10) + "." + String(m % 10)
    }
}
