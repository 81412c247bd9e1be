import BuildingModel
import Yams

/// Small typed accessors over Yams nodes that turn every problem into a `RetrofitInputError` with file:line.
struct YAMLReader {
    let file: String

    func location(_ node: Node?) -> RetrofitInputError.Location {
        RetrofitInputError.Location(file: file, line: node?.mark?.line ?? 0)
    }

    func root(_ text: String) throws -> Node {
        let node: Node?
        do { node = try YAMLGuard.compose(text) } catch {
            throw RetrofitInputError.yamlSyntax(.init(file: file, line: error.line ?? 0), reason: error.message)
        }
        guard let node else { throw RetrofitInputError.yamlSyntax(location(nil), reason: "the document is empty") }
        return node
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

    /// A whole number within `bounds` (the checked conversion: 1e300 or 2.5 is an error, never a trap).
    func integer(_ node: Node, entry: String, field: String, in bounds: ClosedRange<Int>) throws -> Int {
        let d = try double(node, entry: entry, field: field)
        guard let i = CheckedInteger.exact(d, in: bounds) else {
            throw RetrofitInputError.wrongType(location(node), entry: entry, field: field, value: node.scalar?.string ?? "…",
                                               expected: "a whole number from \(bounds.lowerBound) to \(bounds.upperBound)")
        }
        return i
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

/// The candidate closest to `word` (BuildingModel's `NameSuggestions`), when it is close enough to be a likely
/// misspelling: at most max(3, |word|/3) edits away.
func closestMatch(_ word: String, in candidates: [String]) -> String? {
    NameSuggestions.closest(to: word, in: candidates, limit: 1, maxDistance: max(3, word.count / 3)).first
}
