/// Escaping for text and attribute values, valid in both HTML5 and XML: the report, the QGIS styles and the
/// building plans all write through it.
public enum MarkupEscaping {
    /// Escapes `& < > " '` as entities and replaces characters that XML 1.0 forbids (control characters other
    /// than tab, line feed and carriage return; U+FFFE, U+FFFF) with U+FFFD, so any string — even a hostile
    /// building id — leaves the document well-formed. XML 1.0 §2.2 (Char production).
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF || (0x7F...0x9F).contains(u.value) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
