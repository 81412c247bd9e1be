import Yams

/// Small typed accessors over Yams nodes that turn every problem into a `RetrofitInputError` with file:line.
struct YAMLReader {
    let file: String

    func location(_ node: Node?) -> RetrofitInputError.Location {
        RetrofitInputError.Location(file: file, line: node?.mark?.line ?? 0)
    }

    func root(_ text: String) throws -> Node {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw RetrofitInputError.yamlSyntax(location(nil), reason: "the document is empty")
            }
            return node
        } catch let error as RetrofitInputError {
            throw error
        } catch let error as YamlError {
            throw RetrofitInputError.yamlSyntax(location(nil), reason: "\(error)")
        }
    }

    func mapping(_ node: Node, entry: String, field: String) throws -> Node.Mapping {
        guard let m = node.mapping else {
            throw RetrofitInputError.wrongType(location(node), entry: entry, field: field,
                                               value: node.string ?? "…", expected: "a mapping")
        }
        return m
    }

    func sequence(_ node: Node, entry: String, field: String) throws -> [Node] {
        if let s = node.sequence { return Array(s) }
        throw RetrofitInputError.wrongType(location(node), entry: entry, field: field,
                                           value: node.string ?? "…", expected: "a list")
    }

    func required(_ m: Node.Mapping, _ key: String, entry: String, at node: Node) throws -> Node {
        guard let v = m[key] else { throw RetrofitInputError.missingField(location(node), entry: entry, field: key) }
        return v
    }

    func string(_ node: Node, entry: String, field: String) throws -> String {
        guard let s = node.scalar?.string else {
            throw RetrofitInputError.wrongType(location(node), entry: entry, field: field, value: "…",
                                               expected: "a string")
        }
        return s
    }

    func double(_ node: Node, entry: String, field: String) throws -> Double {
        guard let s = node.scalar?.string, let d = Double(s.trimmingCharacters(in: .whitespaces)), d.isFinite else {
            throw RetrofitInputError.wrongType(location(node), entry: entry, field: field,
                                               value: node.scalar?.string ?? "…", expected: "a number")
        }
        return d
    }

    func bool(_ node: Node, entry: String, field: String) throws -> Bool {
        guard let b = node.bool else {
            throw RetrofitInputError.wrongType(location(node), entry: entry, field: field,
                                               value: node.scalar?.string ?? "…", expected: "true or false")
        }
        return b
    }

    func stringList(_ node: Node, entry: String, field: String) throws -> [String] {
        if node.scalar != nil { return [try string(node, entry: entry, field: field)] }
        return try sequence(node, entry: entry, field: field).map { try string($0, entry: entry, field: field) }
    }

    func enumValue<E: RawRepresentable & CaseIterable>(
        _ node: Node, as: E.Type, entry: String, field: String
    ) throws -> E where E.RawValue == String {
        let s = try string(node, entry: entry, field: field)
        guard let v = E(rawValue: s) else {
            throw RetrofitInputError.unknownValue(location(node), entry: entry, field: field, value: s,
                                                  allowed: E.allCases.map(\.rawValue))
        }
        return v
    }

    /// Keys of a mapping that are not in `known` → error naming the first unknown key.
    func rejectUnknownKeys(_ m: Node.Mapping, known: Set<String>, entry: String) throws {
        for (k, _) in m {
            guard let key = k.string, !known.contains(key) else { continue }
            throw RetrofitInputError.unknownValue(location(k), entry: entry, field: "(key)", value: key,
                                                  allowed: known.sorted())
        }
    }
}

/// Closest candidate by edit distance, for "did you mean" hints (nil when nothing is reasonably close).
func closestMatch(_ word: String, in candidates: [String]) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
    let w = Array(word)
    let best = candidates.map { ($0, distance(w, Array($0))) }.min { $0.1 < $1.1 }
    guard let (name, d) = best, d <= max(3, word.count / 3) else { return nil }
    return name
}
