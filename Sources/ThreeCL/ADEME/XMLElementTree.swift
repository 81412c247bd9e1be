import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One element of an XML document, with its text, its children and where it sits (for error messages).
///
/// The ADEME DPE XML holds values only as element text (no attributes), so that is all this tree keeps.
public struct XMLElementNode: Sendable {
    public let name: String
    /// The element's own text, trimmed; empty when it has none (`<nombre_appartement/>`).
    public let text: String
    public let children: [XMLElementNode]
    /// Slash-separated path from the root, e.g. `dpe/logement/enveloppe/mur_collection/mur[2]/donnee_entree`.
    public let path: String
    /// The file the element was read from (a name for messages).
    public let file: String

    public init(name: String, text: String, children: [XMLElementNode], path: String, file: String) {
        self.name = name
        self.text = text
        self.children = children
        self.path = path
        self.file = file
    }

    /// The first child of that name.
    public func child(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }

    /// All children of that name, in document order.
    public func children(_ name: String) -> [XMLElementNode] { children.filter { $0.name == name } }

    /// The child of that name, or an error naming the path where it was expected.
    public func required(_ name: String) throws(ThreeCLError) -> XMLElementNode {
        guard let c = child(name) else { throw .missingElement(file: file, path: path + "/" + name) }
        return c
    }

    /// Follows a slash-separated relative path (`"logement/sortie/ep_conso"`), first match at each step.
    public func descendant(_ relativePath: String) -> XMLElementNode? {
        var node: XMLElementNode? = self
        for step in relativePath.split(separator: "/") { node = node?.child(String(step)) }
        return node
    }

    /// The text of a child, nil when the child is absent or empty.
    public func string(_ name: String) -> String? {
        guard let c = child(name), !c.text.isEmpty else { return nil }
        return c.text
    }

    /// A required number.
    public func double(_ name: String) throws(ThreeCLError) -> Double {
        guard let v = try optionalDouble(name) else { throw .missingElement(file: file, path: path + "/" + name) }
        return v
    }

    /// A number, nil when the child is absent or empty; an error when present and not a finite number.
    public func optionalDouble(_ name: String) throws(ThreeCLError) -> Double? {
        guard let c = child(name), !c.text.isEmpty else { return nil }
        guard let v = Double(c.text), v.isFinite else {
            throw .invalidValue(file: file, path: c.path, value: c.text, expected: "a finite number")
        }
        return v
    }

    /// A required whole number (ids, counts).
    public func int(_ name: String) throws(ThreeCLError) -> Int {
        guard let v = try optionalInt(name) else { throw .missingElement(file: file, path: path + "/" + name) }
        return v
    }

    /// A whole number, nil when absent or empty. Accepts "3" and "3.0" (some software write ids as decimals).
    public func optionalInt(_ name: String) throws(ThreeCLError) -> Int? {
        guard let c = child(name), !c.text.isEmpty else { return nil }
        if let v = Int(c.text) { return v }
        if let d = Double(c.text), d.isFinite, d == d.rounded(), abs(d) < 1e15 { return Int(d) }
        throw .invalidValue(file: file, path: c.path, value: c.text, expected: "a whole number")
    }

    /// A 0/1 flag (the schema's booleans), nil when absent or empty.
    public func optionalBool(_ name: String) throws(ThreeCLError) -> Bool? {
        guard let c = child(name), !c.text.isEmpty else { return nil }
        switch c.text.lowercased() {
        case "1", "true": return true
        case "0", "false": return false
        default: throw .invalidValue(file: file, path: c.path, value: c.text, expected: "0 or 1")
        }
    }

    /// An error for this element's child holding an unexpected value.
    public func invalid(_ name: String, expected: String) -> ThreeCLError {
        .invalidValue(file: file, path: path + "/" + name, value: string(name) ?? "", expected: expected)
    }
}

/// Reads an XML document into an `XMLElementNode` tree (Foundation's event parser; no DTD, no external entities).
public enum XMLElementTreeReader {
    /// Parses `data`; `file` names the document in errors.
    public static func read(_ data: Data, file: String) throws(ThreeCLError) -> XMLElementNode {
        let builder = TreeBuilder(file: file)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        let ok = parser.parse()
        if !ok || builder.root == nil {
            let reason = parser.parserError.map { String(describing: $0.localizedDescription) } ?? "no root element"
            throw .malformedXML(file: file, line: parser.lineNumber, column: parser.columnNumber, reason: reason)
        }
        return builder.root!
    }

    /// Reads a file from disk.
    public static func read(contentsOf url: URL) throws(ThreeCLError) -> XMLElementNode {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadableFile(file: url.path, reason: error.localizedDescription)
        }
        return try read(data, file: url.lastPathComponent)
    }
}

/// Builds the tree from parser events. Lives only during one parse (not Sendable, not shared).
private final class TreeBuilder: NSObject, XMLParserDelegate {
    private struct Open {
        var name: String
        var path: String
        var text = ""
        var children: [XMLElementNode] = []
        var seen: [String: Int] = [:]
    }

    let file: String
    var root: XMLElementNode?
    private var stack: [Open] = []

    init(file: String) { self.file = file }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        var path = elementName
        if !stack.isEmpty {
            let n = (stack[stack.count - 1].seen[elementName] ?? 0) + 1
            stack[stack.count - 1].seen[elementName] = n
            path = stack[stack.count - 1].path + "/" + elementName + (n > 1 ? "[\(n)]" : "")
        }
        stack.append(Open(name: elementName, path: path))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        guard let open = stack.popLast() else { return }
        let node = XMLElementNode(
            name: open.name, text: open.text.trimmingCharacters(in: .whitespacesAndNewlines),
            children: open.children, path: open.path, file: file)
        if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append(node) }
    }
}
