/// The one check of UTF-8 well-formedness (RFC 3629 §4: no overlong form, no surrogate, nothing above U+10FFFF),
/// used by the text readers (`TextFile`) and the strict JSON scanner (`JSONGuard`), so that both name the same
/// first bad byte.
enum UTF8Sequence {
    /// The length of the well-formed character starting at `i` (1 for ASCII), or nil when the bytes there do not
    /// begin one.
    static func length<C: RandomAccessCollection>(in bytes: C, at i: C.Index) -> Int? where C.Element == UInt8 {
        let lead = bytes[i]
        if lead < 0x80 { return 1 }
        let count: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: count = 1
        case 0xE0: count = 2; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: count = 2
        case 0xED: count = 2; secondRange = 0x80...0x9F
        case 0xF0: count = 3; secondRange = 0x90...0xBF
        case 0xF1...0xF3: count = 3
        case 0xF4: count = 3; secondRange = 0x80...0x8F
        default: return nil
        }
        var j = bytes.index(after: i)
        for k in 0..<count {
            guard j < bytes.endIndex, (k == 0 ? secondRange : 0x80...0xBF).contains(bytes[j]) else { return nil }
            j = bytes.index(after: j)
        }
        return count + 1
    }
}
