import Foundation

/// Small helpers shared by the envelope chapters to read the method's tables: interval bounds written as text
/// ("0,25 <", "≤ 1,00", "≥ 45"), nearest tabulated columns and linear interpolation between tabulated rows.
enum TableLookup {
    /// Parses a number written with a French decimal comma and optional bound symbols ("≤ 0,50" → 0.5).
    static func boundValue(_ text: String?) -> Double? {
        guard let text else { return nil }
        let cleaned = text.replacingOccurrences(of: ",", with: ".")
            .filter { "0123456789.-".contains($0) }
        return Double(cleaned)
    }

    /// Whether `x` lies in the row's interval `min < x ≤ max` (fields absent = unbounded), the convention of the
    /// method's tables for ratios such as Aiu/Aue (§3.1).
    static func inInterval(_ x: Double, row: TableRow, min minField: String, max maxField: String) -> Bool {
        if let lo = row.bound(minField), !(x > lo + 1e-12) { return false }
        if let hi = row.bound(maxField), !(x <= hi + 1e-12) { return false }
        return true
    }

    /// Linear interpolation of `y(x)` over tabulated points; outside the range, either clamped to the end values or
    /// extrapolated from the two nearest points (the method, §3.2.2 and §3.3.2: "par interpolation ou extrapolation
    /// avec les deux valeurs tabulées les plus proches").
    static func interpolate(_ points: [(x: Double, y: Double)], at x: Double, extrapolate: Bool = false) -> Double? {
        // Curves prepared at load are already in strictly increasing x: no copy then.
        var strictlyIncreasing = true
        for i in points.indices.dropFirst() where !(points[i - 1].x < points[i].x) {
            strictlyIncreasing = false
            break
        }
        if strictlyIncreasing { return interpolateIncreasing(points, at: x, extrapolate: extrapolate) }
        var p = points.sorted { $0.x < $1.x }
        // Duplicate abscissae (same x tabulated twice) keep the first.
        p = p.enumerated().filter { $0.offset == 0 || p[$0.offset - 1].x != $0.element.x }.map(\.element)
        return interpolateIncreasing(p, at: x, extrapolate: extrapolate)
    }

    /// `interpolate` over points already in strictly increasing x.
    private static func interpolateIncreasing(
        _ p: [(x: Double, y: Double)], at x: Double, extrapolate: Bool
    ) -> Double? {
        guard let first = p.first, let last = p.last else { return nil }
        if p.count >= 2 && extrapolate && (x < first.x || x > last.x) {
            let (a, b) = x < first.x ? (p[0], p[1]) : (p[p.count - 2], p[p.count - 1])
            return a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x)
        }
        if x <= first.x { return first.y }
        if x >= last.x { return last.y }
        for i in 1..<p.count where x <= p[i].x {
            let (x0, y0) = p[i - 1]
            let (x1, y1) = p[i]
            if x1 == x0 { return y1 }
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
        }
        return last.y
    }
}

/// Where an envelope element came from (an ADEME XML element, a stock record, a scenario), for error messages.
public struct ElementOrigin: Sendable, Hashable, Codable {
    /// The file (or data set) the element was read from.
    public var file: String
    /// The element's path in that file, e.g. `dpe/logement/enveloppe/mur_collection/mur[2]`.
    public var path: String

    public init(file: String = "", path: String = "") {
        self.file = file
        self.path = path
    }

    /// An error saying the method's computation for this element is not implemented for the case.
    func unsupported(_ what: String) -> ThreeCLError { .unsupportedCase(file: file, path: path, what: what) }

    /// An error for an enum id the chapter does not know.
    func unknown(_ field: String, _ value: Int, _ enumeration: String) -> ThreeCLError {
        .unknownEnumValue(file: file, path: path + "/" + field, value: "\(value)", enumeration: enumeration)
    }

    /// An error for a missing input the method needs.
    func missing(_ field: String) -> ThreeCLError { .missingElement(file: file, path: path + "/" + field) }
}
