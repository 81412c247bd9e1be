import Foundation

/// The reference ranges of `shared/data/bestest/ashrae140_600_900_reference.csv`.
public struct BESTESTReference: Sendable {
    public struct Range: Sendable, Hashable {
        public var min: Double
        public var max: Double
        public var mean: Double?
        public func contains(_ v: Double) -> Bool { v >= min && v <= max }
    }

    /// Key: (edition, case, metric).
    public var ranges: [String: Range]

    static func key(_ edition: String, _ c: String, _ metric: String) -> String { "\(edition)|\(c)|\(metric)" }

    public func range(edition: String = "140-2020", case c: String, metric: String) -> Range? {
        ranges[Self.key(edition, c, metric)]
    }

    public static func read(url: URL) throws -> BESTESTReference {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw SimulatorError.referenceFile(file: url.path, line: 0, message: "cannot read: \(error.localizedDescription)")
        }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first?.split(separator: ",").map(String.init),
              let ie = header.firstIndex(of: "edition"), let ic = header.firstIndex(of: "case"),
              let im = header.firstIndex(of: "metric"), let iMin = header.firstIndex(of: "min"),
              let iMax = header.firstIndex(of: "max"), let iMean = header.firstIndex(of: "mean")
        else { throw SimulatorError.referenceFile(file: url.path, line: 1, message: "header needs edition,case,metric,min,max,mean") }
        var ranges: [String: Range] = [:]
        for (k, line) in lines.enumerated().dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count > max(ie, ic, im, iMin, iMax, iMean) else {
                throw SimulatorError.referenceFile(file: url.path, line: k + 1, message: "\(f.count) fields, expected \(header.count)")
            }
            guard let lo = Double(f[iMin]), let hi = Double(f[iMax]), lo <= hi else {
                throw SimulatorError.referenceFile(file: url.path, line: k + 1, message: "min/max \"\(f[iMin])\"/\"\(f[iMax])\" are not numbers with min ≤ max")
            }
            ranges[key(f[ie], f[ic], f[im])] = Range(min: lo, max: hi, mean: Double(f[iMean]))
        }
        return BESTESTReference(ranges: ranges)
    }
}
