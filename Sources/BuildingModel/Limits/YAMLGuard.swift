import Yams

/// The one way renovate reads a YAML document (scenarios, catalogue, rules): the size and nesting depth are
/// checked before parsing (a file of 10 kB nested 5,000 deep overflows the parser's stack), and a key given twice
/// in one mapping is refused rather than letting the last one win silently.
public enum YAMLGuard {
    /// Why a document was refused, with its line (1-based) when known.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var line: Int?
        public var column: Int?
        public var message: String
        public var description: String { message }
    }

    /// The document's root node (nil for an empty document).
    /// - Throws: `Problem` for a document over `InputLimits.yamlBytes` or `InputLimits.yamlDepth`, a syntax error
    ///   or a duplicate key.
    public static func compose(_ text: String) throws(Problem) -> Node? {
        let bytes = text.utf8.count
        guard bytes <= InputLimits.yamlBytes else {
            throw Problem(line: nil, message: "the file is \(bytes) bytes, over the \(InputLimits.yamlBytes) a YAML input may have")
        }
        try checkDepth(text)
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch let e as YamlError {
            switch e {
            case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
                throw Problem(line: mark.line, column: mark.column, message: "YAML syntax error: \(problem)")
            default:
                throw Problem(line: nil, message: "YAML error: \(e)")
            }
        } catch {
            throw Problem(line: nil, message: "YAML error: \(error)")
        }
        if let root { try checkDuplicateKeys(root) }
        return root
    }

    /// Refuses nesting deeper than `InputLimits.yamlDepth`: block levels (indentation and "- " items) plus flow
    /// brackets, counted line by line outside quoted strings.
    static func checkDepth(_ text: String) throws(Problem) {
        var indents: [Int] = []
        var flow = 0
        var lineNumber = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            lineNumber += 1
            let line = raw.utf8
            let indent = line.prefix { $0 == 32 }.count
            let rest = line.dropFirst(indent)
            guard let first = rest.first, first != UInt8(ascii: "#") else { continue }
            if flow == 0 {
                while let last = indents.last, last >= indent { indents.removeLast() }
                indents.append(indent)
            }
            var dashes = 0
            var body = rest[...]
            while body.first == UInt8(ascii: "-"), body.dropFirst().first.map({ $0 == 32 }) ?? true {
                dashes += 1
                body = body.dropFirst().drop { $0 == 32 }
            }
            var quote: UInt8?
            var deepest = flow
            for c in body {
                if let q = quote {
                    if c == q { quote = nil }
                    continue
                }
                switch c {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = c
                case UInt8(ascii: "#"): break
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    flow += 1
                    deepest = max(deepest, flow)
                case UInt8(ascii: "]"), UInt8(ascii: "}"): flow = max(0, flow - 1)
                default: continue
                }
                if c == UInt8(ascii: "#") { break }
            }
            let depth = indents.count + dashes + deepest
            if depth > InputLimits.yamlDepth {
                throw Problem(line: lineNumber, message: "nesting deeper than \(InputLimits.yamlDepth) levels at line \(lineNumber)")
            }
        }
    }

    /// Refuses a mapping that gives the same key twice, naming both lines.
    static func checkDuplicateKeys(_ node: Node) throws(Problem) {
        switch node {
        case .mapping(let m):
            var seen: [String: Int] = [:]
            for (k, v) in m {
                let key = k.string ?? "\(k)"
                let line = (k.mark?.line).map { $0 } ?? 0
                if let first = seen[key] {
                    throw Problem(line: line, column: k.mark?.column,
                                  message: "key \"\(key)\" given twice (lines \(first) and \(line)): which one is meant?")
                }
                seen[key] = line
                try checkDuplicateKeys(v)
            }
        case .sequence(let s):
            for item in s { try checkDuplicateKeys(item) }
        default:
            break
        }
    }
}
