import BuildingModel

/// Escaping for text and attribute values, valid in both HTML5 and XML (the report is XHTML-compatible).
enum ReportMarkup {
    /// `TextEscaping.markup`: entities for `& < > " '`, U+FFFD for what XML 1.0 forbids.
    static func escape(_ s: String) -> String { TextEscaping.markup(s) }

    /// Shortens a label to at most `maxCharacters` characters, with an ellipsis when cut (before escaping).
    static func truncate(_ s: String, maxCharacters: Int) -> String {
        s.count <= maxCharacters ? s : String(s.prefix(max(maxCharacters - 1, 1))) + "…"
    }
}
