import Foundation
import Yams

/// Reading rule sets from YAML (schema `renovate-heritage-rules/1`, documented in `docs/heritage-rules.md`).
///
/// Every problem in a file is collected; errors carry the file, line, column and field path
/// (`rules[3].when.protection`) and a "did you mean" hint for misspelt keys and values.
extension RuleSet {
    /// The built-in default rule set for French protected centres (domain.md §3), `extends: default`.
    public static let `default`: RuleSet = {
        do {
            return try RuleSet.parse(yaml: DefaultRuleSet.yaml, file: DefaultRuleSet.fileName)
        } catch {
            preconditionFailure("the built-in default rule set does not parse: \(error)")
        }
    }()

    /// Loads a rule file, following `extends` (relative paths from the file's folder; `default` = built in).
    public static func load(contentsOf url: URL) throws -> RuleSet {
        let text: String
        do {
            text = try TextFile.utf8(url.path)
        } catch {
            throw HeritageError.ruleFile(file: url.path, line: nil, column: nil, field: "(file)",
                                         message: error.reason, hint: nil)
        }
        return try parse(yaml: text, file: url.path, baseDirectory: url.deletingLastPathComponent())
    }

    /// Parses rule-file text. `file` names it in errors; `baseDirectory` resolves a relative `extends`.
    public static func parse(yaml: String, file: String, baseDirectory: URL? = nil) throws -> RuleSet {
        try parse(yaml: yaml, file: file, baseDirectory: baseDirectory, depth: 0)
    }

    static func parse(yaml: String, file: String, baseDirectory: URL?, depth: Int) throws -> RuleSet {
        var reader = RuleFileReader(file: file)
        let parsed = reader.read(yaml)
        guard reader.errors.isEmpty, let parsed else { throw HeritageError.collect(reader.errors) }

        // Resolve the parent set.
        var parent: RuleSet?
        if let ext = parsed.extends {
            if depth > 8 {
                throw HeritageError.ruleFile(file: file, line: ext.line, column: nil, field: "extends",
                                             message: "more than 8 levels of extends (a cycle?)", hint: nil)
            }
            if ext.value == "default" {
                parent = RuleSet.default
            } else {
                let url = URL(fileURLWithPath: ext.value, relativeTo: baseDirectory)
                guard FileManager.default.fileExists(atPath: url.path) else {
                    throw HeritageError.ruleFile(file: file, line: ext.line, column: nil, field: "extends",
                                                 message: "\"\(ext.value)\" does not exist (looked at \(url.path))",
                                                 hint: "use \"default\" for the built-in rule set")
                }
                let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
                parent = try parse(yaml: text, file: url.path, baseDirectory: url.deletingLastPathComponent(),
                                   depth: depth + 1)
            }
        }

        var rules = parent?.rules ?? []
        for rule in parsed.rules {
            if let i = rules.firstIndex(where: { $0.id == rule.id }) { rules[i] = rule } else { rules.append(rule) }
        }
        let lineage = ["\(parsed.name) \(parsed.version)"] + (parent?.lineage ?? [])
        var hash = FNV1a64()
        hash.combine(yaml.utf8)
        if let parentHash = parent?.sourceHash { hash.combine(FNV1a64.hex(parentHash).utf8) }
        return RuleSet(name: parsed.name, version: parsed.version, lineage: lineage,
                       noMatchVerdict: parsed.noMatch ?? parent?.noMatchVerdict ?? .allowed, rules: rules,
                       sourceHash: hash.value)
    }
}

extension HeritageError {
    /// One error, or all of them joined (one per line) when there are several.
    static func collect(_ errors: [HeritageError]) -> HeritageError {
        if errors.count == 1 { return errors[0] }
        guard case let .ruleFile(file, line, column, field, message, hint) = errors[0] else { return errors[0] }
        let rest = errors.dropFirst().map(\.description).joined(separator: "\n")
        return .ruleFile(file: file, line: line, column: column, field: field,
                         message: message + (hint.map { " (\($0))" } ?? "") + "\n" + rest, hint: nil)
    }
}

/// Walks the YAML node tree of one rule file, collecting errors with their marks.
struct RuleFileReader {
    struct Parsed {
        var name: String
        var version: String
        var extends: (value: String, line: Int?)?
        var noMatch: Verdict?
        var rules: [HeritageRule]
    }

    static let topKeys = ["schema", "name", "version", "extends", "no-match", "description", "rules"]
    static let ruleKeys = ["id", "measure", "when", "verdict", "conditions", "reason", "source", "note", "fr"]
    static let translationKeys = ["reason", "conditions"]
    static let whenKeys = ["protection", "context", "visible", "wall"]

    let file: String
    var errors: [HeritageError] = []

    init(file: String) { self.file = file }

    mutating func fail(_ node: Node?, _ field: String, _ message: String, hint: String? = nil) {
        errors.append(.ruleFile(file: file, line: node?.mark?.line, column: node?.mark?.column, field: field,
                                message: message, hint: hint))
    }

    mutating func read(_ yaml: String) -> Parsed? {
        let root: Node?
        do {
            root = try YAMLGuard.compose(yaml)
        } catch {
            errors.append(.ruleFile(file: file, line: error.line, column: error.column, field: "(syntax)",
                                    message: error.message, hint: nil))
            return nil
        }
        guard let root, let top = root.mapping else {
            fail(root, "(document)", "expected a mapping with keys \(Self.topKeys.joined(separator: ", "))")
            return nil
        }
        checkKeys(top, allowed: Self.topKeys, path: "")

        let schema = top["schema"]
        if schema?.string != RuleSet.schema {
            fail(schema ?? root, "schema", schema == nil ? "missing" : "\"\(schema!.string ?? "?")\" is not supported",
                 hint: "expected \"\(RuleSet.schema)\"")
        }
        let name = requiredString(top["name"], in: root, field: "name")
        let version = requiredString(top["version"], in: root, field: "version")
        var extends: (String, Int?)?
        if let e = top["extends"] {
            if let s = e.string, !s.isEmpty { extends = (s, e.mark?.line) } else { fail(e, "extends", "expected \"default\" or a path") }
        }
        var noMatch: Verdict?
        if let n = top["no-match"] { noMatch = verdict(n, field: "no-match") }

        var rules: [HeritageRule] = []
        var seen: [String: Int] = [:]
        if let r = top["rules"] {
            if let seq = r.sequence {
                for (i, node) in seq.enumerated() {
                    if let rule = readRule(node, path: "rules[\(i)]") {
                        if let line = seen[rule.id] {
                            fail(node["id"], "rules[\(i)].id", "duplicate rule id \"\(rule.id)\" (first at line \(line))")
                        } else {
                            seen[rule.id] = node.mark?.line ?? 0
                            rules.append(rule)
                        }
                    }
                }
            } else {
                fail(r, "rules", "expected a list of rules")
            }
        } else if extends == nil {
            fail(root, "rules", "missing (a rule set needs rules, or `extends`)")
        }
        guard let name, let version else { return nil }
        return Parsed(name: name, version: version, extends: extends, noMatch: noMatch, rules: rules)
    }

    mutating func readRule(_ node: Node, path: String) -> HeritageRule? {
        guard let map = node.mapping else {
            fail(node, path, "expected a rule (a mapping with id, measure, verdict, reason, source)")
            return nil
        }
        checkKeys(map, allowed: Self.ruleKeys, path: path)
        let id = requiredString(map["id"], in: node, field: "\(path).id")
        let measures = enumList(map["measure"], in: node, field: "\(path).measure", as: MeasureKind.self,
                                aliases: ["all": MeasureKind.allCases])
        let v = map["verdict"].flatMap { verdict($0, field: "\(path).verdict") }
        if map["verdict"] == nil { fail(node, "\(path).verdict", "missing", hint: "expected one of: allowed, conditional, forbidden") }
        let reason = requiredString(map["reason"], in: node, field: "\(path).reason")
        let source = requiredString(map["source"], in: node, field: "\(path).source")
        let conditions = textList(map["conditions"], field: "\(path).conditions")
        if v == .conditional && conditions.isEmpty {
            fail(map["verdict"], "\(path).conditions", "a conditional verdict needs its conditions")
        }
        var protections: Set<ProtectionTag>?
        var context: FacadeContext?
        var visible: Bool?
        var walls: Set<WallMaterial>?
        if let w = map["when"] {
            if let wm = w.mapping {
                checkKeys(wm, allowed: Self.whenKeys, path: "\(path).when")
                if let p = wm["protection"] {
                    protections = enumList(p, in: w, field: "\(path).when.protection", as: ProtectionTag.self,
                                           aliases: ProtectionTag.aliases).map(Set.init)
                }
                if let c = wm["context"] {
                    context = enumValue(c, field: "\(path).when.context", as: FacadeContext.self)
                    if let measures, let bad = measures.first(where: { !$0.isFacadeBound }) {
                        fail(c, "\(path).when.context",
                             "\"\(bad.rawValue)\" is judged for the whole building, so a façade context never applies",
                             hint: "drop `context` or split the rule")
                    }
                }
                if let vis = wm["visible"] {
                    if let b = vis.bool { visible = b } else { fail(vis, "\(path).when.visible", "expected true or false") }
                }
                if let wl = wm["wall"] {
                    walls = enumList(wl, in: w, field: "\(path).when.wall", as: WallMaterial.self, aliases: [:]).map(Set.init)
                }
            } else {
                fail(w, "\(path).when", "expected a mapping with \(Self.whenKeys.joined(separator: ", "))")
            }
        }
        var translations: [Language: HeritageRule.Text] = [:]
        if let fr = map["fr"] {
            if let fm = fr.mapping {
                checkKeys(fm, allowed: Self.translationKeys, path: "\(path).fr")
                let r = requiredString(fm["reason"], in: fr, field: "\(path).fr.reason")
                let c = textList(fm["conditions"], field: "\(path).fr.conditions")
                if c.count != conditions.count {
                    fail(fm["conditions"] ?? fr, "\(path).fr.conditions",
                         "\(c.count) translated conditions for \(conditions.count) conditions", hint: "translate each condition once, in order")
                }
                if let r { translations[.fr] = HeritageRule.Text(reason: r, conditions: c) }
            } else {
                fail(fr, "\(path).fr", "expected a mapping with reason and conditions (the rule's text in French)")
            }
        }
        guard let id, let measures, let v, let reason, let source else { return nil }
        var rule = HeritageRule(id: id, measures: Set(measures), protections: protections, context: context,
                                visibleFromPublicSpace: visible, wallMaterials: walls, verdict: v, conditions: conditions,
                                reason: reason, source: source, origin: "\(file):\(node.mark?.line ?? 0)")
        rule.translations = translations
        return rule
    }

    // MARK: - Helpers

    /// A text or a list of texts (a rule's `conditions`); empty when absent.
    mutating func textList(_ node: Node?, field: String) -> [String] {
        guard let node else { return [] }
        if let s = node.string, node.scalar != nil { return [s] }
        if let seq = node.sequence { return seq.compactMap(\.string) }
        fail(node, field, "expected a text or a list of texts")
        return []
    }

    mutating func checkKeys(_ map: Node.Mapping, allowed: [String], path: String) {
        for (k, _) in map {
            guard let key = k.string else { fail(k, path, "keys must be text"); continue }
            if !allowed.contains(key) {
                let field = path.isEmpty ? key : "\(path).\(key)"
                fail(k, field, "unknown key \"\(key)\"", hint: NameSuggestions.hint(for: key, in: allowed))
            }
        }
    }

    mutating func requiredString(_ node: Node?, in parent: Node, field: String) -> String? {
        guard let node else { fail(parent, field, "missing"); return nil }
        guard node.scalar != nil, let s = node.string, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
            fail(node, field, "expected a non-empty text")
            return nil
        }
        return s
    }

    mutating func verdict(_ node: Node, field: String) -> Verdict? {
        enumValue(node, field: field, as: Verdict.self)
    }

    mutating func enumValue<E: RawRepresentable & CaseIterable>(_ node: Node, field: String, as: E.Type) -> E?
    where E.RawValue == String {
        guard let s = node.string, node.scalar != nil else { fail(node, field, "expected a single value"); return nil }
        if let e = E(rawValue: s) { return e }
        fail(node, field, "unknown value \"\(s)\"", hint: NameSuggestions.hint(for: s, in: E.allCases.map(\.rawValue)))
        return nil
    }

    /// A value or a list of values of an enum (with group aliases); nil after reporting when invalid.
    mutating func enumList<E: RawRepresentable & CaseIterable>(
        _ node: Node?, in parent: Node, field: String, as: E.Type, aliases: [String: [E]]
    ) -> [E]? where E.RawValue == String {
        guard let node else { fail(parent, field, "missing"); return nil }
        let items: [Node]
        if node.scalar != nil { items = [node] } else if let seq = node.sequence { items = Array(seq) } else {
            fail(node, field, "expected a value or a list of values"); return nil
        }
        if items.isEmpty { fail(node, field, "the list is empty"); return nil }
        var out: [E] = []
        var ok = true
        let valid = E.allCases.map(\.rawValue) + aliases.keys.sorted()
        for item in items {
            guard let s = item.string else { fail(item, field, "expected a text value"); ok = false; continue }
            if let e = E(rawValue: s) { out.append(e) } else if let group = aliases[s] { out += group } else {
                fail(item, field, "unknown value \"\(s)\"", hint: NameSuggestions.hint(for: s, in: valid))
                ok = false
            }
        }
        return ok ? out : nil
    }
}
