/// "Did you mean…" suggestions: the valid names closest to a misspelt one (Levenshtein edit distance).
public enum NameSuggestions {
    /// Edit distance (insertions, deletions, substitutions) between two strings, over Unicode scalars and
    /// ignoring case.
    /// - Complexity: O(|a|·|b|).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased().unicodeScalars), y = Array(b.lowercased().unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }

    /// The candidates closest to `name`, nearest first (ties in the candidates' order), at most `limit`.
    /// With `maxDistance`, candidates farther than it are dropped.
    /// - Complexity: O(k·|name|·|candidate|) for k candidates.
    public static func closest(to name: String, in candidates: [String], limit: Int = 5,
                               maxDistance: Int? = nil) -> [String] {
        let scored = candidates.enumerated().map { (offset: $0.offset, name: $0.element,
                                                    d: editDistance(name, $0.element)) }
        return scored
            .filter { maxDistance == nil || $0.d <= maxDistance! }
            .sorted { ($0.d, $0.offset) < ($1.d, $1.offset) }
            .prefix(limit).map(\.name)
    }

    /// `did you mean "x"?` for the closest candidate within a third of the name's length (at least 2 edits),
    /// else a list of the valid names when there are few, else nil.
    public static func hint(for name: String, in candidates: [String]) -> String? {
        let limit = max(2, name.count / 3)
        if let best = closest(to: name, in: candidates, limit: 1, maxDistance: limit).first {
            return "did you mean \"\(best)\"?"
        }
        if candidates.count <= 12 { return "expected one of: " + candidates.joined(separator: ", ") }
        return nil
    }
}
