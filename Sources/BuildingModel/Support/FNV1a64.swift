import Foundation

/// The 64-bit FNV-1a hash (Fowler–Noll–Vo), used wherever a value must hash the same on every machine and run.
///
/// Swift's `Hasher` is seeded per process, so it cannot pick shards or fingerprint inputs. FNV-1a is
/// non-cryptographic: it detects accidental changes (an edited scenario file, another stock) but offers no
/// protection against a deliberate collision, which a results store does not need.
///
/// Algorithm (Fowler, Noll, Vo; IETF draft-eastlake-fnv): start from the offset basis
/// 14695981039346656037 (0xcbf29ce484222325); for each byte, `hash ^= byte` then
/// `hash = hash &* 1099511628211` (0x100000001b3) modulo 2⁶⁴.
public struct FNV1a64: Sendable, Hashable {
    /// The FNV-1a 64-bit offset basis.
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The FNV 64-bit prime.
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of the bytes fed so far (settable to continue from a stored state).
    public var value: UInt64 = FNV1a64.offsetBasis

    public init() {}

    /// Feeds bytes into the hash.
    /// - Complexity: O(n) in the number of bytes.
    public mutating func combine<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        var h = value
        for byte in bytes {
            h ^= UInt64(byte)
            h = h &* FNV1a64.prime
        }
        value = h
    }

    /// Feeds the UTF-8 bytes of a string.
    public mutating func combine(_ string: String) {
        combine(string.utf8)
    }

    /// The hash of one byte sequence.
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var h = FNV1a64()
        h.combine(bytes)
        return h.value
    }

    /// The hash of a string's UTF-8 bytes.
    public static func hash(_ string: String) -> UInt64 {
        hash(string.utf8)
    }

    /// `value` as 16 lower-case hexadecimal digits.
    public var hex: String { FNV1a64.hex(value) }

    /// A 64-bit value as 16 lower-case hexadecimal digits (zero-padded).
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
