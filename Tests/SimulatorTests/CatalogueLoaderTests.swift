import Foundation
import BuildingModel
import Testing
import TestSupport
@testable import Simulator

@Suite struct CatalogueLoaderTests {
    static let miniCatalogue = """
    schema: renovate-measures/1
    measures:
      - id: ext-a
        kind: external-wall-insulation
        source: test
        lifetime_years: 40
        effects: {wall_side: external, wall_added_resistance_m2k_per_w: 3}
        cost: {eur_per_m2: 108, element: wall}
      - id: int-b
        kind: internal-wall-insulation
        source: test
        lifetime_years: 40
        effects: {wall_side: internal, wall_added_resistance_m2k_per_w: 2}
        cost: {eur_per_m2: 71, element: wall}
      - id: int-c
        kind: internal-wall-insulation
        source: test
        lifetime_years: 40
        effects: {wall_side: internal, wall_added_resistance_m2k_per_w: 1}
        cost: {eur_per_m2: 71, element: wall}
    """

    func expectError(_ body: () throws -> Void, _ check: (RetrofitInputError) -> Bool,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            try body()
            Issue.record("expected an error", sourceLocation: sourceLocation)
        } catch let e as RetrofitInputError {
            #expect(check(e), "\(e)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func bundledCatalogueAndScenariosLoad() throws {
        let (c, s) = try RetrofitFixtures.bundled()
        #expect(c.measures.count >= 15)
        for m in c.measures.values {
            #expect(!m.source.isEmpty, "\(m.id) has a source")
        }
        #expect(s["deep-external"] != nil)
        #expect(s.version == "2026-11-28")
    }

    @Test func embeddedCopiesMatchTheFiles() throws {
        let root = SharedData.repositoryRoot.appendingPathComponent("catalogue")
        let m = try String(contentsOf: root.appendingPathComponent("measures.yaml"), encoding: .utf8)
        let s = try String(contentsOf: root.appendingPathComponent("scenarios.yaml"), encoding: .utf8)
        #expect(DefaultCatalogues.measuresYAML + "\n" == m, "run scripts/embed-catalogues.py")
        #expect(DefaultCatalogues.scenariosYAML + "\n" == s, "run scripts/embed-catalogues.py")
    }

    @Test func negativeCostNamesFileLineAndField() {
        let text = Self.miniCatalogue.replacingOccurrences(of: "eur_per_m2: 71", with: "eur_per_m2: -71")
        expectError({ _ = try MeasureCatalogueLoader.parse(text, file: "m.yaml") }) {
            guard case .negativeCost(let loc, let id, let field, let v) = $0 else { return false }
            return loc.file == "m.yaml" && loc.line == 14 && id == "int-b" && field == "cost.eur_per_m2" && v == -71
                && $0.description.hasPrefix("m.yaml:14:")
        }
    }

    @Test func impossibleUValue() {
        let text = Self.miniCatalogue.replacingOccurrences(
            of: "wall_added_resistance_m2k_per_w: 1}", with: "wall_added_resistance_m2k_per_w: 1, wall_u_value_w_per_m2k: 0}")
        expectError({ _ = try MeasureCatalogueLoader.parse(text, file: "m.yaml") }) {
            guard case .impossibleValue(let loc, let id, let field, let v, _) = $0 else { return false }
            return loc.line == 19 && id == "int-c" && field == "effects.wall_u_value_w_per_m2k" && v == 0
        }
        let window = Self.miniCatalogue.replacingOccurrences(
            of: "wall_added_resistance_m2k_per_w: 3}", with: "wall_added_resistance_m2k_per_w: 3, window_uw_w_per_m2k: 12}")
        expectError({ _ = try MeasureCatalogueLoader.parse(window, file: "m.yaml") }) {
            guard case .impossibleValue(let loc, "ext-a", "effects.window_uw_w_per_m2k", 12, _) = $0 else { return false }
            return loc.line == 7
        }
    }

    @Test func unknownKindIsAnErrorWithItsLineAndAHint() {
        let text = Self.miniCatalogue.replacingOccurrences(of: "kind: external-wall-insulation",
                                                           with: "kind: external-insulation")
        expectError({ _ = try MeasureCatalogueLoader.parse(text, file: "m.yaml") }) {
            guard case .unknownMeasureKind(let loc, _, "external-insulation", let hint) = $0 else { return false }
            return loc.line == 4 && hint == "external-wall-insulation"
                && $0.description.hasPrefix("m.yaml:4: ") && $0.description.contains("docs/heritage-rules.md")
        }
    }

    /// The measures code once used its own names for some kinds ("window-pvc", "window-wood-double",
    /// "ventilation-humidity-extract"); they are now refused with the heritage vocabulary's name as the hint.
    @Test(arguments: [
        ("window-pvc", "window-replacement-pvc"), ("window-wood-double", "window-replacement-wood"),
        ("ventilation-humidity-extract", "ventilation-humidity-controlled"),
    ])
    func formerKindNamesAreRefusedWithTheNewName(old: String, new: String) {
        let text = Self.miniCatalogue.replacingOccurrences(of: "kind: external-wall-insulation", with: "kind: \(old)")
        expectError({ _ = try MeasureCatalogueLoader.parse(text, file: "m.yaml") }) {
            guard case .unknownMeasureKind(_, _, old, let hint) = $0 else { return false }
            return hint == new
        }
    }

    @Test func bundledKindsAreTheHeritageVocabulary() throws {
        let (c, _) = try RetrofitFixtures.bundled()
        let kinds = Set(c.measures.values.map(\.kind))
        #expect(kinds.isSubset(of: Set(MeasureKind.allCases)))
        #expect(kinds.contains(.windowReplacementWood) && kinds.contains(.ventilationHumidityControlled))
    }

    @Test func duplicateMeasureID() {
        let text = Self.miniCatalogue.replacingOccurrences(of: "id: int-c", with: "id: int-b")
        expectError({ _ = try MeasureCatalogueLoader.parse(text, file: "m.yaml") }) {
            guard case .duplicateID(let loc, "int-b", 9) = $0 else { return false }
            return loc.line == 15
        }
    }

    @Test func unknownMeasureInScenarioSuggestsTheClosest() throws {
        let c = try MeasureCatalogueLoader.parse(Self.miniCatalogue, file: "m.yaml")
        let s = """
        schema: renovate-scenarios/1
        version: "1"
        scenarios:
          - id: s1
            measures:
              - {measure: ext-a}
              - {measure: int-bb}
        """
        expectError({ _ = try ScenarioSetLoader.parse(s, file: "s.yaml", catalogue: c) }) {
            guard case .unknownMeasure(let loc, _, "int-bb", "int-b") = $0 else { return false }
            return loc.file == "s.yaml" && loc.line == 7 && $0.description.contains("did you mean \"int-b\"")
        }
    }

    @Test func cyclicSubstitution() throws {
        let c = try MeasureCatalogueLoader.parse(Self.miniCatalogue, file: "m.yaml")
        let s = """
        schema: renovate-scenarios/1
        version: "1"
        substitutions:
          ext-a: int-b
          int-b: int-c
          int-c: ext-a
        scenarios:
          - id: s1
            measures: [{measure: ext-a, if_forbidden: substitute}]
        """
        expectError({ _ = try ScenarioSetLoader.parse(s, file: "s.yaml", catalogue: c) }) {
            guard case .cyclicSubstitution(let loc, let chain) = $0 else { return false }
            return loc.line == 4 && chain == ["ext-a", "int-b", "int-c", "ext-a"]
        }
    }

    @Test func substituteWithoutAChainIsRefused() throws {
        let c = try MeasureCatalogueLoader.parse(Self.miniCatalogue, file: "m.yaml")
        let s = """
        schema: renovate-scenarios/1
        version: "1"
        scenarios:
          - id: s1
            measures:
              - {measure: int-c, if_forbidden: substitute}
        """
        expectError({ _ = try ScenarioSetLoader.parse(s, file: "s.yaml", catalogue: c) }) {
            guard case .missingField(let loc, _, "substitutions[int-c]") = $0 else { return false }
            return loc.line == 6
        }
    }

    @Test func wrongSchemaAndSyntax() {
        expectError({ _ = try MeasureCatalogueLoader.parse("schema: renovate-measures/9\nmeasures: []", file: "m.yaml") }) {
            if case .unsupportedSchema(let loc, "renovate-measures/9", _) = $0 { return loc.line == 1 }
            return false
        }
        expectError({ _ = try MeasureCatalogueLoader.parse("schema: [unclosed", file: "m.yaml") }) {
            if case .yamlSyntax = $0 { return true }
            return false
        }
    }
}

@Suite struct CatalogueFileTests {
    @Test func missingFileIsUnreadable() {
        #expect(throws: RetrofitInputError.self) { try MeasureCatalogue.load(path: "/nonexistent/measures.yaml") }
        do {
            _ = try MeasureCatalogue.load(path: "/nonexistent/measures.yaml")
        } catch let e as RetrofitInputError {
            guard case .unreadable(let file, _) = e else { Issue.record("\(e)"); return }
            #expect(file == "/nonexistent/measures.yaml")
        } catch { Issue.record("\(error)") }
    }

    @Test func shippedFilesLoadFromDisk() throws {
        let root = SharedData.repositoryRoot.appendingPathComponent("catalogue")
        let c = try MeasureCatalogue.load(path: root.appendingPathComponent("measures.yaml").path)
        let s = try ScenarioSetLoader.load(path: root.appendingPathComponent("scenarios.yaml").path, catalogue: c)
        #expect(s.scenarios.map(\.id) == ["baseline", "light-reversible", "envelope-heritage", "deep-external"])
        #expect(s.substitutions["ext-wall-wood-fibre-120"] == "int-wall-wood-fibre-80")
    }
}
