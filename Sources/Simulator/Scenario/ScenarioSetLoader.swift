import BuildingModel
import Foundation
import Yams

/// Parses a scenario set (schema `renovate-scenarios/1`, documented in docs/measures-and-scenarios.md) and checks
/// it against a measures catalogue: unknown measures, unknown substitution targets and cyclic substitutions are
/// refused with file:line.
public enum ScenarioSetLoader {
    public static let schema = "renovate-scenarios/1"

    public static func load(path: String, catalogue: MeasureCatalogue) throws -> ScenarioSet {
        let text: String
        do { text = try TextFile.utf8(path) } catch {
            throw RetrofitInputError.unreadable(file: path, reason: error.reason)
        }
        return try parse(text, file: path, catalogue: catalogue)
    }

    public static func parse(_ text: String, file: String, catalogue: MeasureCatalogue) throws -> ScenarioSet {
        let y = YAMLReader(file: file)
        let root = try y.root(text)
        let top = try y.mapping(root, entry: "scenario set", field: "(root)")
        try y.rejectUnknownKeys(top, known: ["schema", "version", "substitutions", "scenarios"], entry: "scenario set")
        let schemaNode = try y.required(top, "schema", entry: "scenario set", at: root)
        let found = try y.string(schemaNode, entry: "scenario set", field: "schema")
        guard found == schema else {
            throw RetrofitInputError.unsupportedSchema(y.location(schemaNode), found: found, expected: schema)
        }
        let version = try y.string(try y.required(top, "version", entry: "scenario set", at: root),
                                   entry: "scenario set", field: "version")

        func checkMeasure(_ node: Node, entry: String) throws -> String {
            let id = try y.string(node, entry: entry, field: "measure")
            guard catalogue[id] != nil else {
                throw RetrofitInputError.unknownMeasure(y.location(node), entry: entry, measureID: id,
                                                        suggestion: closestMatch(id, in: catalogue.ids))
            }
            return id
        }

        var substitutions: [String: String] = [:]
        var substitutionLine: [String: Int] = [:]
        if let subsNode = top["substitutions"] {
            let subs = try y.mapping(subsNode, entry: "scenario set", field: "substitutions")
            for (k, v) in subs {
                let from = try checkMeasure(k, entry: "substitutions")
                let to = try checkMeasure(v, entry: "substitutions[\(from)]")
                substitutions[from] = to
                substitutionLine[from] = k.mark?.line ?? 0
            }
        }
        // Cycles: follow each chain; a repeated id is a cycle.
        for start in substitutions.keys.sorted() {
            var chain = [start]
            var cur = start
            while let next = substitutions[cur] {
                if chain.contains(next) {
                    let cycleStart = chain.firstIndex(of: next)!
                    let cycle = Array(chain[cycleStart...]) + [next]
                    throw RetrofitInputError.cyclicSubstitution(
                        .init(file: file, line: substitutionLine[cycle[0]] ?? 0), chain: cycle)
                }
                chain.append(next)
                cur = next
            }
        }

        let list = try y.sequence(try y.required(top, "scenarios", entry: "scenario set", at: root),
                                  entry: "scenario set", field: "scenarios")
        var scenarios: [Scenario] = []
        var seen: [String: Int] = [:]
        for node in list {
            let m = try y.mapping(node, entry: "scenario", field: "scenarios[]")
            let id = try y.string(try y.required(m, "id", entry: "scenario", at: node), entry: "scenario", field: "id")
            let entry = "scenario \"\(id)\""
            if let first = seen[id] { throw RetrofitInputError.duplicateID(y.location(node), id: id, firstLine: first) }
            seen[id] = node.mark?.line ?? 0
            try y.rejectUnknownKeys(m, known: ["id", "name", "apply_if", "measures", "notes"], entry: entry)
            let name = try m["name"].map { try y.string($0, entry: entry, field: "name") } ?? id
            let cond = try m["apply_if"].map { try condition($0, entry: entry, y) } ?? .always
            var steps: [ScenarioStep] = []
            for s in try y.sequence(try y.required(m, "measures", entry: entry, at: node), entry: entry,
                                    field: "measures") {
                let sm = try y.mapping(s, entry: entry, field: "measures[]")
                try y.rejectUnknownKeys(sm, known: ["measure", "if_forbidden", "facades", "apply_if"], entry: entry)
                let mid = try checkMeasure(try y.required(sm, "measure", entry: entry, at: s), entry: entry)
                let policy = try sm["if_forbidden"].map {
                    try y.enumValue($0, as: ForbiddenPolicy.self, entry: entry, field: "if_forbidden")
                } ?? .skipFacade
                if policy == .substitute && substitutions[mid] == nil {
                    throw RetrofitInputError.missingField(y.location(s), entry: "\(entry): measure \"\(mid)\"",
                                                          field: "substitutions[\(mid)]")
                }
                let filter = try sm["facades"].map {
                    try y.enumValue($0, as: FacadeFilter.self, entry: entry, field: "facades")
                } ?? .all
                let sc = try sm["apply_if"].map { try condition($0, entry: entry, y) } ?? .always
                steps.append(ScenarioStep(measureID: mid, ifForbidden: policy, facades: filter, applyIf: sc,
                                          line: s.mark?.line ?? 0))
            }
            scenarios.append(Scenario(id: id, name: name, applyIf: cond, steps: steps, line: node.mark?.line ?? 0))
        }
        return ScenarioSet(version: version, scenarios: scenarios, substitutions: substitutions, file: file)
    }

    static func condition(_ node: Node, entry: String, _ y: YAMLReader) throws -> ApplyCondition {
        let m = try y.mapping(node, entry: entry, field: "apply_if")
        try y.rejectUnknownKeys(m, known: ["period", "wall_material", "heating", "protected", "min_storeys",
                                           "max_storeys"], entry: entry)
        func set<E: RawRepresentable & CaseIterable & Hashable>(_ key: String, _ t: E.Type) throws -> Set<E>?
        where E.RawValue == String {
            guard let n = m[key] else { return nil }
            let items: [Node] = n.sequence.map(Array.init) ?? [n]
            return Set(try items.map { try y.enumValue($0, as: t, entry: entry, field: "apply_if.\(key)") })
        }
        var c = ApplyCondition()
        c.periods = try set("period", ConstructionPeriod.self)
        c.wallMaterials = try set("wall_material", WallMaterial.self)
        c.heating = try set("heating", HeatingSystem.self)
        c.isProtected = try m["protected"].map { try y.bool($0, entry: entry, field: "apply_if.protected") }
        c.minStoreys = try m["min_storeys"].map { try y.integer($0, entry: entry, field: "apply_if.min_storeys", in: InputLimits.storeys) }
        c.maxStoreys = try m["max_storeys"].map { try y.integer($0, entry: entry, field: "apply_if.max_storeys", in: InputLimits.storeys) }
        return c
    }
}
