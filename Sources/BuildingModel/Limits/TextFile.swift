import Foundation

/// Reads a text input (YAML, EPW) as UTF-8, naming the encoding when it is not: a UTF-8 byte-order mark is
/// dropped; UTF-16 (its byte-order mark) and bytes that are not UTF-8 (Latin-1, Windows-1252) are refused with
/// what was found and where, instead of "the file isn't in the correct format".
public enum TextFile {
    /// - Throws: a message (without the path) saying why the file cannot be read as UTF-8 text.
    public static func utf8(_ path: String) throws(TextFileError) -> String {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw TextFileError(reason: FileManager.default.fileExists(atPath: path)
                                ? "cannot be read: \(error.localizedDescription)" : "no such file")
        }
        return try utf8(data)
    }

    public static func utf8(_ data: Data) throws(TextFileError) -> String {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw TextFileError(reason: "is UTF-16 text (byte-order mark \(data.prefix(2).map { String(format: "%02X", $0) }.joined(separator: " "))): re-save it as UTF-8")
        }
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        if let text = String(data: Data(body), encoding: .utf8) { return text }
        let bytes = Array(body)
        var i = 0, line = 1
        // Find the first byte that breaks UTF-8, for the message.
        while i < bytes.count, let n = UTF8Sequence.length(in: bytes, at: i) {
            if bytes[i] == 0x0A { line += 1 }
            i += n
        }
        let shown = i < bytes.count ? String(format: "0x%02X", bytes[i]) : "?"
        throw TextFileError(reason: "is not UTF-8 text: byte \(shown) on line \(line) (Latin-1 or Windows-1252?); re-save it as UTF-8")
    }
}

public struct TextFileError: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}
