import Foundation
import Testing
@testable import BuildingModel

/// Text inputs read as UTF-8 by the same well-formedness check as the JSON scanner (`UTF8Sequence`).
@Suite struct TextFileTests {
    static func reason(_ bytes: [UInt8]) -> String? {
        do { _ = try TextFile.utf8(Data(bytes)); return nil } catch { return error.reason }
    }

    @Test func wellFormedTextPassesAndABOMIsDropped() throws {
        #expect(try TextFile.utf8(Data([0xEF, 0xBB, 0xBF] + Array("a: é\n".utf8))) == "a: é\n")
    }

    @Test func theFirstBadByteIsNamedWithItsLine() {
        // Latin-1 é on line 2; an encoded surrogate (ED A0 80) and an overlong "/" (C0 AF), which a lead-byte-only
        // check would let through.
        #expect(Self.reason(Array("a\nb".utf8) + [0xE9, 0x0A]) == "is not UTF-8 text: byte 0xE9 on line 2 (Latin-1 or Windows-1252?); re-save it as UTF-8")
        #expect(Self.reason([0x61, 0xED, 0xA0, 0x80])?.hasPrefix("is not UTF-8 text: byte 0xED on line 1") == true)
        #expect(Self.reason([0xC0, 0xAF])?.hasPrefix("is not UTF-8 text: byte 0xC0 on line 1") == true)
        #expect(Self.reason([0xFF, 0xFE, 0x61, 0x00])?.hasPrefix("is UTF-16 text") == true)
    }
}
