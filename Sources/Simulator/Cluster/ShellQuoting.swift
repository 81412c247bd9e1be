/// POSIX shell quoting for the scripts renovate writes.
///
/// A word is left bare when every character is one no POSIX shell treats specially (letters, digits and
/// `_ @ % + = : , . / -`) and it cannot be read as a variable assignment; otherwise it is put between single
/// quotes, inside which the shell interprets nothing, and each single quote of the word becomes `'\''`.
/// Any word (spaces, `$`, backquotes, newlines, non-ASCII text) therefore reaches the program unchanged.
public enum ShellQuoting {
    private static let bare: Set<Unicode.Scalar> = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_@%+=:,./-".unicodeScalars)

    /// The word as the shell must see it to pass it unchanged as one argument.
    public static func quote(_ word: String) -> String {
        if !word.isEmpty, word.unicodeScalars.allSatisfy(bare.contains), !looksLikeAssignment(word) {
            return word
        }
        return "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    /// A command line: each word quoted, separated by spaces.
    /// - Complexity: O(total length of the words).
    public static func join(_ words: [String]) -> String {
        words.map(quote).joined(separator: " ")
    }

    /// `NAME=…` as a command's first word would be an assignment, not a word.
    private static func looksLikeAssignment(_ word: String) -> Bool {
        guard let equals = word.firstIndex(of: "="), equals != word.startIndex else { return false }
        let name = word[..<equals]
        return !(name.first!.isNumber) && name.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
    }
}
