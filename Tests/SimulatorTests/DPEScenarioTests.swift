import BuildingModel
import Foundation
import Testing
import TestSupport
import ThreeCL
@testable import Simulator

/// `renovate dpe FILE --scenarios S`: catalogue measures applied to the elements of a real DPE and recomputed with
/// the 3CL-DPE engine. The file is 2187E0981996L.xml, a 42.5 m² electric stone house from before 1948, class G:
/// two bare walls (stone 50 cm, U0 1.9; concrete blocks, U0 2.5), a bare ceiling under a ventilated attic, a
/// timber floor over an unheated basement, single-glazed wooden windows (one with shutters), radiant panels.
/// The real G file, when ../shared is there.
private enum GHouse {
    static let file = "data/dpe3cl/ademe-xml/2187E0981996L.xml"
    static var isAvailable: Bool { SharedData.has(file) }
}

@Suite("DPE scenarios", .enabled(if: GHouse.isAvailable, "../shared/data/dpe3cl/ademe-xml is absent"))
struct DPEScenarioTests {
    static let file = GHouse.file

    struct Fixture {
        var input: ThreeCLInput
        var baseline: ThreeCLResult
        var context: DPEMeasureContext
        var catalogue: MeasureCatalogue
        var tables: MethodTables
    }

    static func fixture() throws -> Fixture {
        let tables = try MethodTables.bundled()
        let document = try ADEMEDocument(contentsOf: SharedData.url(file))
        let input = try ThreeCLInput(document: document)
        let baseline = try ThreeCLEngine.compute(input, tables: tables)
        return Fixture(input: input, baseline: baseline,
                       context: DPEMeasureContext(input: input, baseline: baseline, tables: tables),
                       catalogue: try MeasureCatalogue.bundled(), tables: tables)
    }

    static func scenarioSet(_ yaml: String, catalogue: MeasureCatalogue) throws -> ScenarioSet {
        try ScenarioSetLoader.parse("schema: renovate-scenarios/1\nversion: \"test\"\nscenarios:\n" + yaml,
                                    file: "test.yaml", catalogue: catalogue)
    }

    @Test("Internal wall insulation: each wall's U is 1/(1/U0 + e/λ) and the walls' loss falls")
    func wallInsulationFollowsTheMethod() throws {
        let f = try Self.fixture()
        #expect(f.baseline.fiveUses.dpeClass.rawValue == "G")
        let measure = try #require(f.catalogue["int-wall-wood-fibre-80"])
        var input = f.input
        let edit = DPEMeasureApplier.apply(measure, to: &input, context: f.context)
        #expect(edit.elements == ["Mur  1 Nord, Est", "Mur  2 Sud, Ouest"])
        #expect(abs(edit.footprint.wallAreaM2 - (32.24 + 27.77)) < 1e-9)
        #expect(input.envelope.walls.allSatisfy { $0.insulationTypeId == 3 })  // ITI
        let after = try ThreeCLEngine.compute(input, tables: f.tables)

        // Hand check, wall 1: stone 50 cm, U0 = 1.9 (umur0 row 15); 80 mm wood fibre at λ 0.040 → R = 2.0;
        // U = 1 / (1/1.9 + 2.0) = 0.39583; loss = 32.24 m² × U × b (1).
        let before1 = try #require(f.baseline.envelope.elements.first { $0.kind == .wall && $0.index == 0 })
        let after1 = try #require(after.envelope.elements.first { $0.kind == .wall && $0.index == 0 })
        #expect(abs(try #require(before1.u0) - 1.9) < 1e-9)
        let expected = 1 / (1 / 1.9 + 0.080 / 0.040)
        #expect(abs(after1.u - expected) < 1e-9)
        #expect(abs(after1.u - 0.39583) < 1e-5)
        #expect(abs(after1.lossWPerK - 32.24 * expected * 1) < 1e-9)
        // Wall 2: concrete blocks, U0 2.5 → 1 / (1/2.5 + 2) = 0.41667.
        let after2 = try #require(after.envelope.elements.first { $0.kind == .wall && $0.index == 1 })
        #expect(abs(after2.u - 1 / (1 / 2.5 + 2.0)) < 1e-9)
        #expect(after.envelope.wallsWPerK < f.baseline.envelope.wallsWPerK)
        #expect(abs(after.envelope.wallsWPerK - (32.24 * expected + 27.77 / (1 / 2.5 + 2.0))) < 1e-9)
        #expect(after.fiveUses.primaryKWhPerM2 < f.baseline.fiveUses.primaryKWhPerM2)
    }

    @Test("Insulation already present is kept: a second layer adds its R to the first")
    func secondLayerAddsToTheFirst() throws {
        let f = try Self.fixture()
        let measure = try #require(f.catalogue["int-wall-wood-fibre-80"])
        var input = f.input
        _ = DPEMeasureApplier.apply(measure, to: &input, context: f.context)
        _ = input.insulateWalls(side: .external, resistance: 1.0, context: f.context)
        #expect(input.envelope.walls.allSatisfy { $0.insulationTypeId == 6 })  // ITI + ITE
        let after = try ThreeCLEngine.compute(input, tables: f.tables)
        let wall1 = try #require(after.envelope.elements.first { $0.kind == .wall && $0.index == 0 })
        #expect(abs(wall1.u - 1 / (1 / 1.9 + 2.0 + 1.0)) < 1e-9)
    }

    @Test("An air-to-water heat pump replaces the radiant panels and lowers the primary energy")
    func heatPumpLowersPrimaryEnergy() throws {
        let f = try Self.fixture()
        let set = try Self.scenarioSet("""
              - id: hp
                name: heat pump
                measures:
                  - {measure: heat-pump-air-water, apply_if: {heating: [electric-convector]}}
            """, catalogue: f.catalogue)
        let report = try DPEScenarioRunner.run(
            input: f.input, file: "2187E0981996L.xml", numeroDPE: "2187E0981996L", recordedEnergyClass: "G",
            scenarios: set, catalogue: f.catalogue, tables: f.tables)
        let hp = try #require(report.scenarios.first)
        #expect(hp.failure == nil)
        #expect(hp.skipped.isEmpty)
        let applied = try #require(hp.applied.first)
        #expect(applied.measureID == "heat-pump-air-water")
        #expect(applied.capexEUR == 10_000)
        #expect(applied.notes.contains { $0.hasPrefix("SCOP") && $0.contains("scop table") })
        let before = try #require(report.baseline.primaryKWhPerM2)
        let after = try #require(hp.primaryKWhPerM2)
        #expect(after < before * 0.6, "\(after) vs \(before)")
        #expect(hp.envelopeWPerK == report.baseline.envelopeWPerK)  // the envelope is untouched

        var input = f.input
        let target = try #require(DPEGeneratorTarget.of(.heatPumpAirWater))
        _ = input.replaceHeatGenerators(with: target, catalogueEfficiency: 2.9, context: f.context)
        let generator = try #require(input.heating.installations.first?.generators.first)
        #expect(generator.generatorTypeId == 7)
        #expect(generator.energyTypeId == 1)
        #expect(input.heating.installations[0].emitters.allSatisfy { $0.emissionDistributionTypeId == 39 })
    }

    @Test("Skipped measures are reported with their reason, element by element")
    func skippedMeasuresAreReported() throws {
        let f = try Self.fixture()
        let pv = Measure(id: "pv", name: "Photovoltaic panels", kind: .solarPanels, effects: MeasureEffects(),
                         cost: CostModel(eurPerUnit: 8000, unit: .dwelling), lifetimeYears: 25, source: "test",
                         isEstimate: true)
        var measures = Array(f.catalogue.measures.values)
        measures.append(pv)
        let catalogue = MeasureCatalogue(measures: measures)
        let set = try Self.scenarioSet("""
              - id: mixed
                name: shutters, panels, district heat condition
                measures:
                  - {measure: shutters-wood}
                  - {measure: pv}
                  - {measure: pellet-boiler, apply_if: {heating: [gas-boiler]}}
              - id: protected-only
                name: only under protection
                apply_if: {protected: true}
                measures: [{measure: attic-floor-300}]
            """, catalogue: catalogue)
        let report = try DPEScenarioRunner.run(
            input: f.input, file: "f.xml", numeroDPE: "x", recordedEnergyClass: nil, scenarios: set,
            catalogue: catalogue, tables: f.tables)
        let mixed = report.scenarios[0]
        // The north window gets shutters, the south one has some already.
        #expect(mixed.applied.map(\.measureID) == ["shutters-wood"])
        #expect(mixed.applied[0].elements == ["Fenêtre  1 Nord"])
        #expect(abs(mixed.applied[0].capexEUR - 400 * 1.76) < 1e-9)
        #expect(mixed.skipped.contains { $0.measureID == "shutters-wood" && $0.element == "Fenêtre  2 Sud"
            && $0.reason == "already has a closure" })
        #expect(mixed.skipped.contains { $0.measureID == "pv" && $0.element == nil
            && $0.reason.contains("has no effect the 3CL-DPE method models") })
        #expect(mixed.skipped.contains { $0.measureID == "pellet-boiler"
            && $0.reason == "heating electric-convector not in apply_if.heating" })
        let protected = report.scenarios[1]
        #expect(!protected.isApplicable)
        #expect(protected.notApplicableReason?.contains("does not say whether the building is under a heritage protection") == true)
        #expect(protected.energyClass == report.baseline.energyClass)
        #expect(protected.capexEUR == 0)
    }

    @Test("The sample scenarios on the G house: baseline first, every scenario computed, the deep ones leave G")
    func sampleScenarios() throws {
        let scenarios = SharedData.repositoryRoot.appendingPathComponent("samples/cahors/scenarios.yaml").path
        let text = try DPEScenarioRunner.report(
            files: [SharedData.url(Self.file)], scenarios: scenarios, catalogue: nil, format: .json)
        struct Doc: Decodable { var files: [DPEScenarioReport] }
        let report = try #require(try JSONDecoder().decode(Doc.self, from: Data(text.utf8)).files.first)
        #expect(report.baseline.scenarioID == "as-is")
        #expect(report.baseline.energyClass == "G")
        #expect(report.recordedEnergyClass == "G")
        #expect(report.scenarios.count == 11)
        #expect(report.scenarios.allSatisfy { $0.failure == nil })
        let deep = try #require(report.scenarios.first { $0.scenarioID == "deep-internal" })
        #expect(deep.energyClass != "G" && deep.energyClass != "F")
        #expect(deep.capexEUR > 0)
        let attic = try #require(report.scenarios.first { $0.scenarioID == "attic-only" })
        #expect(abs(attic.capexEUR - 47 * 42.5) < 1e-9)
        #expect(try #require(attic.lossesWPerK["deperdition_plancher_haut"])
            < (try #require(report.baseline.lossesWPerK["deperdition_plancher_haut"])))

        let csv = try DPEScenarioRunner.report(
            files: [SharedData.url(Self.file)], scenarios: scenarios, catalogue: nil, format: .csv)
        let lines = csv.split(separator: "\n")
        #expect(lines.first?.hasPrefix("file,numero_dpe,scenario,applicable,energy_class") == true)
        #expect(lines.count == 1 + 12)
        #expect(lines[1].hasPrefix("2187E0981996L.xml,2187E0981996L,as-is,1,G,"))
    }

    @Test("A bad scenario file is refused with the loader's error, before any DPE is computed")
    func badScenarioFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dpe-scen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("s.yaml")
        try """
            schema: renovate-scenarios/1
            version: "x"
            scenarios:
              - id: a
                name: a
                measures: [{measure: attic-floor-30}]
            """.write(to: bad, atomically: true, encoding: .utf8)
        do {
            _ = try DPEScenarioRunner.loadInputs(scenarios: bad.path, catalogue: nil)
            Issue.record("a scenario naming an unknown measure was accepted")
        } catch {
            guard case .scenarioInputs(.unknownMeasure(let loc, _, let id, let suggestion)) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(loc.file == bad.path && loc.line == 6)
            #expect(id == "attic-floor-30")
            #expect(suggestion == "attic-floor-300")
        }
        do {
            _ = try DPEScenarioRunner.loadInputs(scenarios: dir.appendingPathComponent("none.yaml").path, catalogue: nil)
            Issue.record("a missing scenario file was accepted")
        } catch {
            guard case .scenarioInputs(.unreadable) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
        }
    }

    @Test("External insulation: the window/wall bridges of the insulated walls select the ITE row, with the insulation returned into the reveals",
          .enabled(if: SharedData.has("data/dpe3cl/ademe-xml/2321E1081706Z.xml"), "2321E1081706Z.xml is absent"))
    func bridgesFollowTheWalls() throws {
        // An apartment: two walls to the outside, one to a heated neighbour (22); window/wall bridges named by
        // reference_1 / reference_2, windows fitted at the inner face (enum_type_pose_id 2).
        let tables = try MethodTables.bundled()
        let document = try ADEMEDocument(contentsOf: SharedData.url("data/dpe3cl/ademe-xml/2321E1081706Z.xml"))
        let input = try ThreeCLInput(document: document)
        let baseline = try ThreeCLEngine.compute(input, tables: tables)
        let context = DPEMeasureContext(input: input, baseline: baseline, tables: tables)
        var after = input
        let edit = after.insulateWalls(side: .external, resistance: 120.0 / 1000 / 0.042, context: context)
        #expect(edit.elements.count == 2)
        #expect(after.envelope.walls.filter { $0.adjacency.typeAdjacenceId == 22 }.allSatisfy { $0.insulationTypeId != 4 })
        let treated = Set(after.envelope.walls.filter { $0.insulationTypeId == 4 }.compactMap(\.reference))
        let bridges = after.envelope.thermalBridges.filter {
            $0.junctionTypeId == 5 && $0.wallReference.map(treated.contains) == true
        }
        #expect(!bridges.isEmpty)
        let result = try ThreeCLEngine.compute(after, tables: tables)
        for t in bridges {
            #expect(t.kRowId == nil)
            let c = after.envelope.bridgeContext(t)
            #expect(c.wallInsulationTypeId == 4)
            #expect(c.insulationReturn == true)
            // pont_thermique: ITE, "nu intérieur", insulation return: 0.25 (frame 5 cm) or 0.2 (10 cm) W/(m·K).
            let k = try ThermalBridges.k(t, context: c, tables: tables)
            #expect(k == 0.25 || k == 0.2, "k \(k)")
        }
        #expect(result.envelope.wallsWPerK < baseline.envelope.wallsWPerK)
        #expect(edit.notes.contains { $0.contains("presence_retour_isolation") })
    }
}
