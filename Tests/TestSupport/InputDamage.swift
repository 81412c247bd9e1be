import Foundation

/// Random damage to a valid input, for the readers' property tests (`ReaderFuzzTests`, `LoaderFuzzTests`).
public enum InputDamage {
    /// Cases per property: 300 in the test command, `RENOVATE_FUZZ_COUNT` for a long (nightly) run.
    public static let caseCount = ProcessInfo.processInfo.environment["RENOVATE_FUZZ_COUNT"].flatMap(Int.init) ?? 300

    /// Values that break naive conversions.
    public static let hostileNumbers = ["1e400", "-1e400", "1e300", "9223372036854775808", "-0", "1e-320", "NaN", "\"inf\"",
                                        "[1,2]", "{\"a\":1}", "null", "true", "\"\"", "\"\\u0000\"", "99999999999999999999"]

    /// One to three random damages of `text`: a number swapped for a hostile one, a byte range deleted or
    /// duplicated, random bytes inserted, or the text truncated.
    public static func damaged<R: RandomNumberGenerator>(_ text: String, _ rng: inout R) -> Data {
        var bytes = Array(text.utf8)
        for _ in 0...Int(rng.next() % 3) {
            guard !bytes.isEmpty else { break }
            let at = Int(rng.next() % UInt64(bytes.count))
            switch rng.next() % 5 {
            case 0:
                // Replace the number starting at or after `at` by a hostile value.
                if let start = bytes[at...].firstIndex(where: { (48...57).contains($0) }) {
                    let end = bytes[start...].firstIndex { !(48...57).contains($0) && $0 != 46 } ?? bytes.count
                    let h = hostileNumbers[Int(rng.next() % UInt64(hostileNumbers.count))]
                    bytes.replaceSubrange(start..<end, with: Array(h.utf8))
                }
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int(rng.next() % 40)))
            case 2:
                let chunk = bytes[at..<min(bytes.count, at + Int(rng.next() % 60))]
                bytes.insert(contentsOf: chunk, at: at)
            case 3: bytes.insert(contentsOf: (0..<Int(rng.next() % 8)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }, at: at)
            default: bytes.removeSubrange(at...)
            }
        }
        return Data(bytes)
    }
}
