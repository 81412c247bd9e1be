import BuildingModel

/// How predicted classes agree with real ones: exact share, within one class, mean signed error (predicted −
/// real, in classes: positive means predicted worse) and the confusion matrix (rows real A…G, columns predicted).
public struct ClassAgreement: Sendable, Hashable, Codable {
    public var count: Int
    public var exactShare: Double
    public var withinOneShare: Double
    public var meanSignedError: Double
    public var confusion: [[Int]]

    public init(real: [Int], predicted: [Int]) {
        precondition(real.count == predicted.count)
        count = real.count
        var m = Array(repeating: Array(repeating: 0, count: 7), count: 7)
        var exact = 0, within = 0, signed = 0
        for (r, p) in zip(real, predicted) {
            m[r][p] += 1
            if r == p { exact += 1 }
            if abs(r - p) <= 1 { within += 1 }
            signed += p - r
        }
        let n = Double(max(count, 1))
        exactShare = Double(exact) / n
        withinOneShare = Double(within) / n
        meanSignedError = Double(signed) / n
        confusion = m
    }

    /// The matrix as text, rows real, columns predicted.
    public var confusionText: String {
        var s = "real\\pred" + ObservedLabel.letters.map { "  \($0.padding(toLength: 3, withPad: " ", startingAt: 0))" }.joined() + "\n"
        for (i, row) in confusion.enumerated() {
            s += "    \(ObservedLabel.letters[i])    " + row.map { String($0).leftPadded(5) }.joined() + "\n"
        }
        return s
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
