import Testing
@testable import BuildingModel

/// The strict JSON reading of GeoJSON stocks (RFC 8259): what Foundation's decoder lets through is refused with
/// its line and column; what the RFC allows passes.
@Suite("Strict JSON")
struct JSONGuardTests {
    static func problem(_ text: String) -> String? {
        do { _ = try JSONGuard.check(Array(text.utf8)); return nil } catch { return error.description }
    }

    @Test(arguments: [
        #"{"a": [1, 2.5e-3, -0, true, false, null, "é\u00e9\n"], "b": {}, "c": []}"#,
        "  [ {\"x\" : -12.0E+2} ]\n",
        "\"just a string\"",
    ])
    func validDocumentsPass(text: String) {
        #expect(Self.problem(text) == nil)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "line 1, column 9: a trailing comma before \"}\""),
        ("[1, 2,\n]", "line 2, column 1: a trailing comma before \"]\""),
        ("{\"a\": \"x\u{1}y\"}", "line 1, column 9: control character byte 0x1 inside a string (write it as an escape)"),
        ("[01]", "line 1, column 3: a number with a leading zero"),
        ("[1.]", "line 1, column 4: expected a digit after the decimal point, found \"]\""),
        ("[NaN]", "line 1, column 2: expected a value, found \"N\""),
        ("{\"a\" 1}", "line 1, column 6: expected \":\" after the key, found \"1\""),
        ("[\"\\x\"]", "line 1, column 4: invalid escape \\\"x\" in a string"),
        ("[1] [2]", "line 1, column 5: \"[\" after the end of the document"),
        ("{\"a\": [1, 2}", "line 1, column 12: expected \",\" or \"]\", found \"}\""),
        ("[\"abc", "line 1, column 6: a string is not closed before the end of the file"),
        ("{\"h\": -1e400}", "line 1, column 7: the number -1e400 is beyond the range of a 64-bit real (±1.8e308)"),
    ])
    func grammarErrorsAreLocated(text: String, expected: String) {
        #expect(Self.problem(text) == expected)
    }

    @Test func invalidUTF8IsNamedWithItsBytes() {
        var bytes = Array("[\"Com".utf8)
        bytes += [0xE9, 0x64, 0x69, 0x65, 0x22, 0x5D]  // "Comédie" in Latin-1
        #expect(throws: JSONGuard.Problem.self) { try JSONGuard.check(bytes) }
        do { _ = try JSONGuard.check(bytes) } catch {
            #expect(error.description == "line 1, column 6: not UTF-8: byte 0xE9 followed by \"d\" (the file is probably Latin-1 or Windows-1252: save it as UTF-8)")
        }
        // An encoded surrogate (ED A0 80) and an overlong form (C0 AF) are not UTF-8 either.
        #expect(throws: JSONGuard.Problem.self) { try JSONGuard.check([0x22, 0xED, 0xA0, 0x80, 0x22]) }
        #expect(throws: JSONGuard.Problem.self) { try JSONGuard.check([0x22, 0xC0, 0xAF, 0x22]) }
    }

    @Test func aByteOrderMarkIsDroppedAndDepthIsBounded() throws {
        let body = try JSONGuard.check([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))
        #expect(Array(body) == Array("[1]".utf8))
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(Self.problem(deep) == "line 1, column 65: nested deeper than 64 levels")
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(Self.problem(ok) == nil)
    }
}
