/// The strict reading of a JSON document (RFC 8259) that renovate applies before decoding a GeoJSON stock:
/// Foundation's decoder accepts trailing commas, raw control characters in strings and invalid UTF-8, and its
/// recursion has no depth limit. This scanner walks the bytes once with an explicit stack and refuses, with the
/// line and column, what the RFC refuses; a UTF-8 byte-order mark is accepted (RFC 8259 §8.1 lets a parser
/// ignore it). It checks the grammar only; values are read by the decoder afterwards.
public enum JSONGuard {
    /// Why a document was refused, at 1-based `line` and `column` (in bytes).
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    /// The deepest nesting of arrays and objects accepted (a MultiPolygon in a FeatureCollection is 7 deep).
    public static let maximumDepth = 64

    /// The document without a leading byte-order mark, after checking it.
    /// - Complexity: O(n) in the bytes, O(depth) memory.
    public static func check(_ bytes: [UInt8]) throws(Problem) -> ArraySlice<UInt8> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var scanner = Scanner(bytes: body)
        try scanner.document()
        return body
    }

    struct Scanner {
        let bytes: ArraySlice<UInt8>
        var at: Int
        var line = 1
        var lineStart: Int
        /// Open containers: true for an object.
        var stack: [Bool] = []

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            at = bytes.startIndex
            lineStart = bytes.startIndex
        }

        func problem(_ message: String) -> Problem {
            Problem(line: line, column: at - lineStart + 1, message: message)
        }

        var current: UInt8? { at < bytes.endIndex ? bytes[at] : nil }

        func shown(_ b: UInt8?) -> String {
            guard let b else { return "the end of the file" }
            if b >= 0x20 && b < 0x7F { return "\"\(Character(Unicode.Scalar(b)))\"" }
            return "byte 0x" + String(b, radix: 16, uppercase: true)
        }

        mutating func skipSpace() {
            while let b = current, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                at += 1
                if b == 0x0A { line += 1; lineStart = at }
            }
        }

        /// One value then the end of the input. Containers are walked iteratively: after a value, the top of
        /// the stack says whether a comma, a closing bracket or (in an object) the next key may follow.
        mutating func document() throws(Problem) {
            skipSpace()
            try value()
            while !stack.isEmpty {
                skipSpace()
                let inObject = stack[stack.count - 1]
                switch current {
                case UInt8(ascii: ","):
                    at += 1
                    skipSpace()
                    if inObject {
                        try key()
                    } else if current == UInt8(ascii: "]") {
                        throw problem("a trailing comma before \"]\"")
                    }
                    try value()
                case UInt8(ascii: "}") where inObject, UInt8(ascii: "]") where !inObject:
                    at += 1
                    stack.removeLast()
                default:
                    throw problem("expected \",\" or \"\(inObject ? "}" : "]")\", found \(shown(current))")
                }
            }
            skipSpace()
            if current != nil { throw problem("\(shown(current)) after the end of the document") }
        }

        /// `"key" :` in an object.
        mutating func key() throws(Problem) {
            guard current == UInt8(ascii: "\"") else {
                if current == UInt8(ascii: "}") { throw problem("a trailing comma before \"}\"") }
                throw problem("expected a quoted key, found \(shown(current))")
            }
            try string()
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw problem("expected \":\" after the key, found \(shown(current))") }
            at += 1
            skipSpace()
        }

        /// A scalar, or the opening of a container (pushed; its first member is read here, the rest by
        /// `document`).
        mutating func value() throws(Problem) {
            skipSpace()
            switch current {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = current == UInt8(ascii: "{")
                guard stack.count < JSONGuard.maximumDepth else {
                    throw problem("nested deeper than \(JSONGuard.maximumDepth) levels")
                }
                at += 1
                skipSpace()
                if current == UInt8(ascii: isObject ? "}" : "]") {
                    at += 1
                    return
                }
                stack.append(isObject)
                if isObject { try key() }
                try value()
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case let b? where b == UInt8(ascii: "-") || (0x30...0x39).contains(b): try number()
            default: throw problem("expected a value, found \(shown(current))")
            }
        }

        mutating func literal(_ word: String) throws(Problem) {
            for expected in word.utf8 {
                guard current == expected else { throw problem("expected \(word), found \(shown(current))") }
                at += 1
            }
        }

        /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
        mutating func number() throws(Problem) {
            let start = at
            try numberSyntax()
            // RFC 8259 §6 lets a reader bound the range; a value beyond a 64-bit real cannot be read as one.
            let text = String(decoding: bytes[start..<at], as: UTF8.self)
            if let d = Double(text), !d.isFinite {
                at = start
                throw problem("the number \(text) is beyond the range of a 64-bit real (±1.8e308)")
            }
        }

        mutating func numberSyntax() throws(Problem) {
            func digits(_ s: inout Scanner) -> Int {
                var n = 0
                while let b = s.current, (0x30...0x39).contains(b) { s.at += 1; n += 1 }
                return n
            }
            if current == UInt8(ascii: "-") { at += 1 }
            if current == UInt8(ascii: "0") {
                at += 1
                if let b = current, (0x30...0x39).contains(b) { throw problem("a number with a leading zero") }
            } else if digits(&self) == 0 {
                throw problem("expected a digit, found \(shown(current))")
            }
            if current == UInt8(ascii: ".") {
                at += 1
                if digits(&self) == 0 { throw problem("expected a digit after the decimal point, found \(shown(current))") }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                at += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { at += 1 }
                if digits(&self) == 0 { throw problem("expected a digit in the exponent, found \(shown(current))") }
            }
        }

        /// A quoted string: no raw control character, valid escapes, valid UTF-8 (no overlong form, no
        /// surrogate, nothing above U+10FFFF).
        mutating func string() throws(Problem) {
            at += 1
            while true {
                guard let b = current else { throw problem("a string is not closed before the end of the file") }
                switch b {
                case UInt8(ascii: "\""):
                    at += 1
                    return
                case UInt8(ascii: "\\"):
                    at += 1
                    switch current {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                         UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        at += 1
                    case UInt8(ascii: "u"):
                        at += 1
                        for _ in 0..<4 {
                            guard let h = current, isHex(h) else {
                                throw problem("\\u needs four hexadecimal digits, found \(shown(current))")
                            }
                            at += 1
                        }
                    default:
                        throw problem("invalid escape \\\(shown(current)) in a string")
                    }
                case 0x00..<0x20:
                    throw problem("control character \(shown(b)) inside a string (write it as an escape)")
                case 0x20..<0x80:
                    at += 1
                default:
                    try utf8Sequence(lead: b)
                }
            }
        }

        static let latin1Hint = " (the file is probably Latin-1 or Windows-1252: save it as UTF-8)"

        func isHex(_ b: UInt8) -> Bool {
            (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
        }

        /// One multi-byte UTF-8 character (`UTF8Sequence`); the error points at its first byte.
        mutating func utf8Sequence(lead: UInt8) throws(Problem) {
            guard let n = UTF8Sequence.length(in: bytes, at: at) else {
                let next = at + 1 < bytes.endIndex ? bytes[at + 1] : nil
                if (0xC2...0xF4).contains(lead) {
                    throw problem("not UTF-8: \(shown(lead)) followed by \(shown(next))\(Self.latin1Hint)")
                }
                throw problem("not UTF-8: \(shown(lead)) cannot start a character\(Self.latin1Hint)")
            }
            at += n
        }
    }
}
