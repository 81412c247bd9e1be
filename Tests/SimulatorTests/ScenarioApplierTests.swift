import BuildingModel
import Testing
@testable import Simulator

@Suite struct ScenarioApplierTests {
    func apply(_ scenarioID: String, verdicts: any HeritageVerdictProvider = RetrofitFixtures.protectedCentre,
               building: (Building, BuildingFacades) = RetrofitFixtures.terracedHouse()) throws -> AppliedScenario {
        let (c, s) = try RetrofitFixtures.bundled()
        let scenario = try #require(s[scenarioID])
        return ScenarioApplier(set: s, catalogue: c, verdicts: verdicts)
            .apply(scenario, to: building.0, facades: building.1, isProtected: true)
    }

    /// External insulation is forbidden on the protected street façade; the scenario declares
    /// `if_forbidden: substitute` and the chain ext → int-wood-fibre, so the street façade gets internal insulation
    /// and the courtyard façades get external insulation with conditions.
    @Test func externalInsulationOnProtectedStreetFacadeFollowsTheSubstitution() throws {
        let r = try apply("deep-external")
        #expect(r.blockedByHeritage == nil)
        let ext = try #require(r.applied.first { $0.measureID == "ext-wall-wood-fibre-120" })
        #expect(ext.facadeSegments == [2, 3])
        #expect(ext.needsABFApproval)
        let int = try #require(r.applied.first { $0.measureID == "int-wall-wood-fibre-80" })
        #expect(int.facadeSegments == [0])
        #expect(int.substitutedFor == "ext-wall-wood-fibre-120")
        let street = try #require(r.envelope.facades.first { $0.segmentIndex == 0 })
        #expect(street.wall.layers.map(\.side) == [.internal])
        #expect(r.envelope.facades.filter { $0.segmentIndex != 0 }.allSatisfy { $0.wall.layers.map(\.side) == [.external] })
        #expect(r.needsABFApproval)
        // The heat pump is forbidden on the street but conditional in the courtyard: placed there.
        let hp = try #require(r.applied.first { $0.measureID == "heat-pump-air-water" })
        #expect(hp.facadeSegments.allSatisfy { [2, 3].contains($0) })
        #expect(r.envelope.heating.system == .heatPumpAirWater)
    }

    @Test func skipFacadeLeavesTheForbiddenFacadeAlone() throws {
        let noShuttersOnStreet = ClosureVerdictProvider { kind, f in
            kind == .shutters && f?.context == .street ? .forbidden("no shutters in this street") : .allowed
        }
        let r = try apply("light-reversible", verdicts: noShuttersOnStreet)
        let shutters = try #require(r.applied.first { $0.measureID == "shutters-wood" })
        #expect(!shutters.facadeSegments.contains(0))
        #expect(r.skipped.contains { $0.measureID == "shutters-wood" && $0.facadeSegment == 0 })
        #expect(r.envelope.facades.first { $0.segmentIndex == 0 }?.windows.hasShutters == false)
        #expect(r.envelope.facades.first { $0.segmentIndex == 2 }?.windows.hasShutters == true)
    }

    @Test func blockPolicyMarksTheScenarioBlocked() throws {
        let noHeatPump = ClosureVerdictProvider { kind, _ in
            kind == .heatPumpOutdoorUnit ? .forbidden("outdoor units refused in the sector") : .allowed
        }
        let r = try apply("deep-external", verdicts: noHeatPump)
        #expect(r.blockedByHeritage?.contains("heat-pump-air-water") == true)
        let baseline = Envelope(building: RetrofitFixtures.terracedHouse().0, facades: RetrofitFixtures.terracedHouse().1)
        // The works before the blocking measure are in `envelope`, but none is carried out.
        #expect(r.envelope.heatLossCoefficientWPerK != baseline.heatLossCoefficientWPerK)
        #expect(r.builtEnvelope(baseline: baseline).heatLossCoefficientWPerK == baseline.heatLossCoefficientWPerK)
        let outcome = try Evaluator(needModel: DegreeHourNeedModel()).evaluate(r, baseline: baseline)
        guard case .blockedByHeritage = outcome.legalOutcome else {
            Issue.record("expected blocked-by-heritage, got \(outcome.legalOutcome)")
            return
        }
        #expect(outcome.capexEUR == 0)
    }

    @Test func substitutionChainExhaustedSkipsTheFacade() throws {
        let noWallInsulation = ClosureVerdictProvider { kind, f in
            kind.rawValue.hasSuffix("wall-insulation") && f?.context == .street ? .forbidden("listed façade") : .allowed
        }
        let r = try apply("deep-external", verdicts: noWallInsulation)
        #expect(r.skipped.contains { $0.measureID == "ext-wall-wood-fibre-120" && $0.facadeSegment == 0 })
        #expect(r.envelope.facades.first { $0.segmentIndex == 0 }?.wall.layers.isEmpty == true)
    }

    @Test func applyLogicExcludesBuildingsOutsideItsConditions() throws {
        let modern = RetrofitFixtures.terracedHouse(period: .from1975To1988)
        let r = try apply("envelope-heritage", building: modern)
        #expect(!r.isApplicable)
        #expect(r.notApplicableReason?.contains("period") == true)
        #expect(r.applied.isEmpty)
        // Step-level condition: the heat pump step only for some heating systems.
        let wood = RetrofitFixtures.terracedHouse(heating: .woodStove)
        let r2 = try apply("deep-external", building: wood)
        #expect(!r2.applied.contains { $0.measureID == "heat-pump-air-water" })
        #expect(r2.skipped.contains { $0.measureID == "heat-pump-air-water" && $0.reason.contains("heating") })
    }

    /// Capex of a per-m² measure is proportional to the element area it touches.
    @Test func costScalesWithTheElementArea() throws {
        let (c, _) = try RetrofitFixtures.bundled()
        let m = try #require(c["int-wall-wood-fibre-80"])
        let step = Scenario(id: "t", name: "t", steps: [ScenarioStep(measureID: m.id)])
        func capex(width: Double) throws -> (Double, Double) {
            let (b, f) = RetrofitFixtures.terracedHouse(widthM: width, westNeighbourHeightM: 9)
            let r = ScenarioApplier(catalogue: c, substitutions: [:], verdicts: AllowEverything())
                .apply(step, to: b, facades: f, isProtected: false)
            let a = try #require(r.applied.first)
            return (a.capexEUR, a.footprint.wallAreaM2)
        }
        let (c1, a1) = try capex(width: 5)
        let (c2, a2) = try capex(width: 10)
        #expect(abs(a2 / a1 - 2) < 1e-9)
        #expect(abs(c2 / c1 - 2) < 1e-9)
        #expect(abs(c1 - 71 * a1) < 1e-6)
    }
}

@Suite struct MeasureCostTests {
    /// Façade-bound measures that change no U-value (draught-proofing) still cost per m² of the windows they treat.
    @Test func draughtProofingCostsPerWindowArea() throws {
        let (c, _) = try RetrofitFixtures.bundled()
        let m = try #require(c["draught-proofing"])
        let (b, f) = RetrofitFixtures.terracedHouse()
        let env = Envelope(building: b, facades: f)
        let r = ScenarioApplier(catalogue: c, substitutions: [:], verdicts: AllowEverything())
            .apply(Scenario(id: "t", name: "t", steps: [ScenarioStep(measureID: m.id)]), to: b, facades: f,
                   isProtected: false)
        let a = try #require(r.applied.first)
        #expect(abs(a.footprint.windowAreaM2 - env.windowAreaM2) < 1e-9)
        #expect(abs(a.capexEUR - m.cost.eurPerM2 * env.windowAreaM2) < 1e-6)
        #expect(r.envelope.q4PaM3PerHM2 == 2.5)
    }
}
