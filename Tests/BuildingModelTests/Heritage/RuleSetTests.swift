import Testing
import Foundation
@testable import BuildingModel

@Suite struct RuleSetTests {
    @Test func defaultRuleSetParsesAndCoversEveryMeasure() throws {
        let rules = RuleSet.default
        #expect(rules.name == "france-protected-centre")
        #expect(rules.lineage == ["france-protected-centre 1"])
        // Every measure has a base rule (no protection condition), so nothing falls back to "no rule matched".
        for m in MeasureKind.allCases {
            let base = rules.rules.filter { $0.measures.contains(m) && $0.protections == nil }
            #expect(!base.isEmpty, "no base rule for \(m.rawValue)")
        }
    }

    @Test func mostRestrictiveMatchWinsAndTraceListsAllMatches() {
        let s = MeasureSituation(measure: .externalWallInsulation, protections: [.psmv], context: .street,
                                 visibleFromPublicSpace: true, wallMaterial: .stoneRubble)
        let o = RuleSet.default.evaluate(s)
        #expect(o.verdict == .forbidden)
        #expect(o.winner?.id == "ewi-protected-street")
        #expect(o.matchedRuleIDs.contains("ewi-base"))
        #expect(o.matchedRuleIDs.contains("ewi-protected-visible"))
        #expect(!o.noRuleMatched)
    }

    @Test func noMatchIsFlaggedWithTheFallbackVerdict() throws {
        let yaml = """
        schema: renovate-heritage-rules/1
        name: tiny
        version: "0"
        no-match: conditional
        rules:
          - id: only-pvc
            measure: window-replacement-pvc
            verdict: forbidden
            reason: r
            source: s
        """
        let rules = try RuleSet.parse(yaml: yaml, file: "tiny.yaml")
        let o = rules.evaluate(MeasureSituation(measure: .solarPanels, protections: [], context: nil,
                                                visibleFromPublicSpace: false, wallMaterial: .unknown))
        #expect(o.noRuleMatched)
        #expect(o.verdict == .conditional)
        #expect(o.winner == nil)
    }

    @Test func typoGivesLineFieldAndHint() throws {
        let yaml = """
        schema: renovate-heritage-rules/1
        name: typo
        version: "1"
        rules:
          - id: a
            measure: external-wall-insulation
            when:
              protection: psmv
              contxt: street
            verdict: forbidden
            reason: r
            source: s
        """
        let error = #expect(throws: HeritageError.self) { try RuleSet.parse(yaml: yaml, file: "typo.yaml") }
        guard case let .ruleFile(file, line, _, field, message, hint)? = error else {
            Issue.record("expected a rule-file error, got \(String(describing: error))")
            return
        }
        #expect(file == "typo.yaml")
        #expect(line == 9)
        #expect(field == "rules[0].when.contxt")
        #expect(message.contains("unknown key"))
        #expect(hint == "did you mean \"context\"?")
        #expect(error!.description.hasPrefix("typo.yaml:9:"))
    }

    @Test func misspeltValuesAreReportedTogether() throws {
        let yaml = """
        schema: renovate-heritage-rules/1
        name: typo
        version: "1"
        rules:
          - id: a
            measure: external-wall-insulaton
            verdict: forbiden
            reason: r
            source: s
        """
        do {
            _ = try RuleSet.parse(yaml: yaml, file: "t.yaml")
            Issue.record("expected an error")
        } catch let e as HeritageError {
            let text = e.description
            #expect(text.contains("t.yaml:6:"))
            #expect(text.contains("rules[0].measure"))
            #expect(text.contains("did you mean \"external-wall-insulation\"?"))
            #expect(text.contains("t.yaml:7:"))
            #expect(text.contains("did you mean \"forbidden\"?"))
        }
    }

    @Test func contextOnABuildingLevelMeasureIsRefused() {
        let yaml = """
        schema: renovate-heritage-rules/1
        name: x
        version: "1"
        rules:
          - id: a
            measure: solar-panels
            when: {context: street}
            verdict: forbidden
            reason: r
            source: s
        """
        #expect(throws: HeritageError.self) { try RuleSet.parse(yaml: yaml, file: "x.yaml") }
    }

    @Test func conditionalNeedsConditionsAndSchemaIsChecked() {
        let noConditions = """
        schema: renovate-heritage-rules/1
        name: x
        version: "1"
        rules:
          - {id: a, measure: shutters, verdict: conditional, reason: r, source: s}
        """
        #expect(throws: HeritageError.self) { try RuleSet.parse(yaml: noConditions, file: "x.yaml") }
        let badSchema = "schema: renovate-heritage-rules/9\nname: x\nversion: \"1\"\nrules: []\n"
        do {
            _ = try RuleSet.parse(yaml: badSchema, file: "y.yaml")
            Issue.record("expected an error")
        } catch let e as HeritageError {
            #expect(e.description.contains("y.yaml:1:"))
            #expect(e.description.contains("renovate-heritage-rules/1"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func syntaxErrorHasALine() {
        let yaml = "schema: renovate-heritage-rules/1\nname: [unclosed\nversion: 1\n"
        do {
            _ = try RuleSet.parse(yaml: yaml, file: "s.yaml")
            Issue.record("expected an error")
        } catch let e as HeritageError {
            guard case let .ruleFile(_, line, _, field, _, _) = e else { Issue.record("\(e)"); return }
            #expect(line != nil)
            #expect(field == "(syntax)")
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func extendsDefaultOverridesByIDAndAppends() throws {
        let yaml = """
        schema: renovate-heritage-rules/1
        name: child
        version: "2"
        extends: default
        rules:
          - id: solar-protected
            measure: solar-panels
            when: {protection: any}
            verdict: forbidden
            reason: "refused in this town"
            source: "local"
          - id: extra
            measure: shutters
            when: {protection: psmv}
            verdict: conditional
            conditions: ["oak"]
            reason: r
            source: s
        """
        let rules = try RuleSet.parse(yaml: yaml, file: "child.yaml")
        #expect(rules.lineage == ["child 2", "france-protected-centre 1"])
        #expect(rules.rules.count == RuleSet.default.rules.count + 1)
        let i = try #require(rules.rules.firstIndex { $0.id == "solar-protected" })
        #expect(i == RuleSet.default.rules.firstIndex { $0.id == "solar-protected" })
        #expect(rules.rules[i].verdict == .forbidden)
        #expect(rules.rules.last?.id == "extra")
    }

    /// The source hash covers the file and the files it extends: editing the parent changes the child's hash.
    @Test func sourceHashFollowsExtendedFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let parent = dir.appendingPathComponent("parent.yaml"), child = dir.appendingPathComponent("child.yaml")
        let head = "schema: renovate-heritage-rules/1\nversion: \"1\"\n"
        try (head + "name: parent\nextends: default\nrules: []\n").write(to: parent, atomically: true, encoding: .utf8)
        try (head + "name: child\nextends: parent.yaml\nrules: []\n").write(to: child, atomically: true, encoding: .utf8)
        let before = try #require(try RuleSet.load(contentsOf: child).sourceHash)
        #expect(try RuleSet.load(contentsOf: child).sourceHash == before, "the same texts, the same hash")
        #expect(RuleSet.default.sourceHash != nil && RuleSet.default.sourceHash != before)
        try (head + "name: parent\nextends: default\nno-match: conditional\nrules: []\n").write(to: parent, atomically: true, encoding: .utf8)
        #expect(try RuleSet.load(contentsOf: child).sourceHash != before)
    }

    @Test func cahorsSampleRulesLoad() throws {
        let rules = try RuleSet.load(contentsOf: HeritageFixtures.cahorsRules)
        #expect(rules.lineage == ["cahors-sample 2025.1", "france-protected-centre 1"])
        #expect(rules.rules.contains { $0.id == "cahors-iwi-hemp-lime" })
    }

    @Test func suggestionsRankByEditDistance() {
        #expect(NameSuggestions.editDistance("kitten", "sitting") == 3)
        #expect(NameSuggestions.closest(to: "B12", in: ["A1", "B11", "B13", "C99"], limit: 2) == ["B11", "B13"])
        #expect(NameSuggestions.hint(for: "contxt", in: RuleFileReader.whenKeys) == "did you mean \"context\"?")
    }
}

@Suite struct HeritageDocsTests {
    static let doc = HeritageFixtures.repositoryRoot.appendingPathComponent("docs/heritage-rules.md")

    @Test func everyDefaultRuleAndMeasureKindIsDocumented() throws {
        let text = try String(contentsOf: Self.doc, encoding: .utf8)
        for rule in RuleSet.default.rules { #expect(text.contains("`\(rule.id)`"), "\(rule.id) not in docs") }
        for m in MeasureKind.allCases { #expect(text.contains("`\(m.rawValue)`"), "\(m.rawValue) not in docs") }
        for t in ProtectionTag.allCases { #expect(text.contains("`\(t.rawValue)`"), "\(t.rawValue) not in docs") }
    }
}
