import BuildingModel
import Foundation
import Testing
import TestSupport
@testable import Simulator

/// The hourly 5R1C need model through the Envelope → BuildingThermalSpec mapping and the Evaluator.
@Suite struct HourlyNeedModelTests {
    /// One irradiance for the Cahors typical year, shared by every test (as in a batch).
    static let cahors: SurfaceIrradiance = {
        SurfaceIrradiance(climate: try! TypicalYearGenerator.generate(from: .cahors))
    }()

    static func baselineEnvelope() -> Envelope {
        let (b, f) = RetrofitFixtures.terracedHouse()
        return Envelope(building: b, facades: f)
    }

    /// Hand check: per storey, Σ U·A of the zone's walls, windows, roof and floor plus ρc·(n_inf + n_vent(1 − η))·V
    /// equals the Envelope's own `heatLossCoefficientWPerK(storey:)` (EN ISO 13789 eq. 1, same inputs), and the
    /// wall + window area equals the façades' gross area on that storey.
    @Test func mappingReproducesTheEnvelopeHeatLossPerStorey() throws {
        let env = Self.baselineEnvelope()
        let spec = env.thermalSpec()
        #expect(spec.zones.count == 3)
        #expect(spec.interZoneConductancesWPerK.count == 2)
        for (s, z) in spec.zones.enumerated() {
            let ua = z.walls.reduce(0) { $0 + $1.uValueWPerM2K * $1.areaM2 }
                + z.windows.reduce(0) { $0 + $1.uValueWPerM2K * $1.areaM2 }
                + z.roofs.reduce(0) { $0 + $1.uValueWPerM2K * $1.areaM2 }
                + z.floors.reduce(0) { $0 + $1.uValueWPerM2K * $1.areaM2 }
            let a = z.airflow
            let hVe = a.airHeatCapacityJPerM3K / 3600 * (a.infiltration.m3PerHour(volumeM3: z.volumeM3)
                + a.ventilation.m3PerHour(volumeM3: z.volumeM3) * (1 - a.heatRecoveryEfficiency))
            let expected = env.heatLossCoefficientWPerK(storey: s)
            #expect(abs(ua + hVe - expected) < 1e-9 * expected, "storey \(s): \(ua + hVe) vs \(expected) W/K")
            let gross = env.facades.reduce(0) { $0 + $1.storeyGrossAreaM2[s] }
            let mapped = z.walls.reduce(0) { $0 + $1.areaM2 } + z.windows.reduce(0) { $0 + $1.areaM2 }
            #expect(abs(mapped - gross) < 1e-9, "storey \(s): façade area \(mapped) vs \(gross) m²")
        }
        // Roof only on top, floor only at the bottom, on the ground through ISO 13370; mass from the surfaces.
        #expect(spec.zones[2].roofs.count == 1 && spec.zones[0].roofs.isEmpty)
        #expect(spec.zones[0].floors.count == 1 && spec.zones[2].floors.isEmpty)
        let g = try #require(env.groundContact)
        #expect(spec.zones[0].floors[0].boundary == .groundPeriodic(g.periodicSpec(indoorRangeC: 19...28)))
        for (s, z) in spec.zones.enumerated() {
            #expect(z.mass == .layers(env.massLayers(storey: s)))
            #expect(z.interiorSurfaceAreaM2 == env.interiorAreaM2(storey: s))
        }
    }

    /// Internal insulation cuts the façades' masonry off from the rooms but not the party walls': the storey's
    /// C_m falls by the façades' share only, and stays well above what the walls' finish alone would hold.
    @Test func internalInsulationKeepsThePartyWallsMass() throws {
        let base = Self.baselineEnvelope()
        var lined = base
        let layer = InsulationLayer(side: .internal, addedResistanceM2KPerW: 2, insulant: nil, measureID: "test")
        for i in lined.facades.indices { lined.facades[i].wall.layers.append(layer) }
        for s in base.storeys.indices {
            let af = base.storeys[s].referenceAreaM2
            let before = ThermalMass.layers(base.massLayers(storey: s)).capacityAndArea(floorAreaM2: af).capacityJPerK
            let after = ThermalMass.layers(lined.massLayers(storey: s)).capacityAndArea(floorAreaM2: af).capacityJPerK
            let inner = (af / base.storeys[s].grossFloorAreaM2).squareRoot()
            let facades = base.facades.reduce(0) { $0 + $1.opaqueAreaM2(storey: s) } * inner
            let expectedDrop = facades * (InteriorCapacities.wallJPerM2K(base.wallMaterial)
                                          - InteriorCapacities.internallyInsulatedWallJPerM2K)
            #expect(abs((before - after) - expectedDrop) < 1e-6 * before, "storey \(s)")
            let party = base.partyWallAreaM2(storey: s) * inner * InteriorCapacities.wallJPerM2K(base.wallMaterial)
            #expect(party > 0 && after > party, "storey \(s): the party walls' \(party) J/K stay")
        }
    }

    /// A 2 × 3 m one-storey shop, 4.2 m high, 30 cm stone walls exposed on all four sides (like two Périgueux
    /// footprints of 6 and 8 m²), which broke ISO 13790 eq. 63 (H_tr_op < h_ms·A_m) with Table 12's class values.
    /// Its mass comes from its real surfaces (42 m² of walls on the outline, floor and ceiling), so A_m grows with
    /// them and A_t is its real interior area: it simulates.
    @Test func aTinyExposedStoreyTakesItsMassFromItsSurfaces() throws {
        let (house, _) = RetrofitFixtures.terracedHouse(
            id: "TINY", widthM: 2, depthM: 3, storeys: 1, storeyHeightM: 4.2, wallThicknessM: 0.3)
        let p = house.footprint.exterior
        let azimuths: [Double] = [180, 90, 0, 270]
        let segs = (0..<4).map { i -> FacadeSegment in
            let a = p[i], b = p[(i + 1) % 4]
            let len = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
            return FacadeSegment(buildingID: "TINY", index: i, start: a, end: b, lengthM: len, azimuthDeg: azimuths[i],
                                 partyWallShare: 0, neighbourHeightM: nil, exposedAreaM2: len * 4.2, partyWallAreaM2: 0,
                                 context: .street, obstructionDistanceM: nil, obstructionHeightM: nil, horizonAngleDeg: 0)
        }
        let env = Envelope(building: house, facades: BuildingFacades(buildingID: "TINY", segments: segs, roofAreaM2: 6))
        let zone = try #require(env.thermalSpec().zones.first)
        let af = env.storeys[0].referenceAreaM2
        let real = env.interiorAreaM2(storey: 0)
        let gross = env.storeys[0].grossFloorAreaM2
        #expect(abs(real - (42 * (af / gross).squareRoot() + 2 * af)) < 1e-9)
        #expect(zone.interiorSurfaceAreaM2 == real)
        let (_, am) = zone.mass.capacityAndArea(floorAreaM2: af)
        let hOp = zone.walls.reduce(0) { $0 + $1.uValueWPerM2K * $1.areaM2 }
            + zone.roofs.reduce(0) { $0 + $1.uValueWPerM2K * $1.areaM2 }
            + zone.floors.reduce(0) { $0 + $1.uValueWPerM2K * $1.areaM2 }
        #expect(hOp < FiveR1C.hMs * am, "the surfaces' A_m keeps eq. 63")
        let needs = try HourlyNeedModel(irradiance: Self.cahors).needs(for: env)
        #expect(needs.count == 1 && needs[0].heatingNeedKWh.isFinite && needs[0].heatingNeedKWh > 0)
    }

    /// Adding only insulation (external wall layers, roof layers, both) never raises the heating need.
    @Test(arguments: [0.5, 1.5, 4.0])
    func addingInsulationNeverWorsensHeating(resistanceM2KPerW r: Double) throws {
        let model = HourlyNeedModel(irradiance: Self.cahors)
        let base = Self.baselineEnvelope()
        let baseNeed = try model.needs(for: base).reduce(0) { $0 + $1.heatingNeedKWh }
        let layer = InsulationLayer(side: .external, addedResistanceM2KPerW: r, insulant: nil, measureID: "test")
        var walls = base
        for i in walls.facades.indices { walls.facades[i].wall.layers.append(layer) }
        var roof = base
        roof.roof.layers.append(layer)
        var both = walls
        both.roof.layers.append(layer)
        for (name, env) in [("walls", walls), ("roof", roof), ("walls+roof", both)] {
            let need = try model.needs(for: env).reduce(0) { $0 + $1.heatingNeedKWh }
            #expect(need <= baseNeed + 1e-6, "\(name) R=\(r): \(need) > \(baseNeed) kWh")
        }
        let wallsNeed = try model.needs(for: walls).reduce(0) { $0 + $1.heatingNeedKWh }
        let bothNeed = try model.needs(for: both).reduce(0) { $0 + $1.heatingNeedKWh }
        #expect(bothNeed <= wallsNeed + 1e-6)
    }

    /// Under an uninsulated roof the top storey overheats more than the ground storey, through the Evaluator.
    @Test func topStoreyOverheatsMoreThroughTheEvaluator() throws {
        let (c, s) = try RetrofitFixtures.bundled()
        let (b, f) = RetrofitFixtures.terracedHouse()
        let baseline = Envelope(building: b, facades: f)
        #expect(baseline.roof.layers.isEmpty)
        let applier = ScenarioApplier(set: s, catalogue: c, verdicts: RetrofitFixtures.protectedCentre)
        let evaluator = Evaluator(needModel: HourlyNeedModel(irradiance: Self.cahors))
        let out = try evaluator.evaluate(applier.apply(try #require(s["baseline"]), to: b, facades: f, isProtected: true),
                                         baseline: baseline)
        let top = try #require(out.storeys[2].overheating)
        let ground = try #require(out.storeys[0].overheating)
        #expect(top.hoursAboveThreshold > ground.hoursAboveThreshold,
                "top \(top.hoursAboveThreshold) h vs ground \(ground.hoursAboveThreshold) h")
        #expect(out.worstOverheatingStoreyIndex == 2)
        #expect(out.heatingNeedKWh > 0)
    }

    /// The overheating counted inside the hour loop equals `OverheatingMetrics` applied to the recorded trace
    /// (one definition; May–September mask = `OverheatingMetrics.summerHours`).
    @Test func inLoopOverheatingEqualsTheTraceMetric() throws {
        let monthOfHour = ClimateData.monthOfHour
        let masked = (0..<ClimateData.hoursPerYear).filter { MonthMask.mayToSeptember[Int(monthOfHour[$0]) - 1] }
        #expect(masked.first == OverheatingMetrics.summerHours.lowerBound)
        #expect(masked.count == OverheatingMetrics.summerHours.count)
        let model = HourlyNeedModel(irradiance: Self.cahors, recordsTrace: true)
        for st in try model.needs(for: Self.baselineEnvelope()) {
            let inLoop = try #require(st.overheating)
            let fromTrace = OverheatingMetrics(operativeTemperaturesC: try #require(st.freeFloatOperativeTemperaturesC))
            #expect(inLoop.hoursAboveThreshold == fromTrace.hoursAboveThreshold)
            #expect(abs(inLoop.degreeHoursAboveThresholdKh - fromTrace.degreeHoursAboveThresholdKh)
                    < 1e-9 * max(1, fromTrace.degreeHoursAboveThresholdKh))
        }
    }

    /// The building's energy balance closes through the mapping (conditioned and free-float runs).
    @Test func energyBalanceClosesThroughTheMapping() throws {
        let (c, f) = try HourlyNeedModel(irradiance: Self.cahors).thermalResults(for: Self.baselineEnvelope())
        for r in [c, f] {
            let e = r.energyBalance
            let scale = e.internalGainsKWh + e.solarGainsKWh + abs(e.hvacKWh)
            #expect(abs(e.residualKWh) < 1e-6 * scale, "residual \(e.residualKWh) kWh of \(scale) kWh")
            #expect(abs(e.interZoneKWh) < 1e-6 * scale)
        }
        #expect(c.heatingKWh > 0)
        #expect(f.heatingKWh == 0 && f.coolingKWh == 0)
    }

    /// Worked example of docs/worked-example.md: prints the table (re-run with
    /// `swift test --filter HourlyNeedModelTests/workedExample`), and checks the scenarios lower the need.
    @Test func workedExample() throws {
        try Self.printWorkedExample(irradiance: Self.cahors, label: "Cahors typical year (TypicalYearGenerator .cahors)")
    }

    @Test(.enabled(if: SharedData.isAvailable, "../shared is absent"))
    func workedExampleBordeaux() throws {
        let climate = try EPWReader.read(url: SharedData.url("data/weather/Bordeaux.epw"))
        try Self.printWorkedExample(irradiance: SurfaceIrradiance(climate: climate), label: "Bordeaux.epw")
    }

    static func printWorkedExample(irradiance: SurfaceIrradiance, label: String) throws {
        let (c, s) = try RetrofitFixtures.bundled()
        let (b, f) = RetrofitFixtures.terracedHouse()
        let baseline = Envelope(building: b, facades: f)
        let applier = ScenarioApplier(set: s, catalogue: c, verdicts: RetrofitFixtures.protectedCentre)
        let evaluator = Evaluator(needModel: HourlyNeedModel(irradiance: irradiance))
        let base = try evaluator.baselineBalance(baseline)
        var lines = ["worked example — \(label)",
                     "| scenario | H W/K | heating kWh | kWh/m² heat | final kWh | primary kWh/m² | CO₂ kg/m² | class | ban | capex € | payback y | top h>28 | top K·h |",
                     "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        var baseNeed = 0.0
        for id in ["baseline", "light-reversible", "envelope-heritage", "deep-external"] {
            let o = try evaluator.evaluate(applier.apply(try #require(s[id]), to: b, facades: f, isProtected: true),
                                           baseline: baseline, baselineBalance: base)
            if id == "baseline" { baseNeed = o.heatingNeedKWh } else { #expect(o.heatingNeedKWh < baseNeed, "\(id)") }
            let top = try #require(o.storeys.last?.overheating)
            lines.append(String(format: "| %@ | %.1f | %.0f | %.0f | %.0f | %.0f | %.1f | %@ | %@ | %.0f | %@ | %d | %.0f |",
                                id, o.heatLossCoefficientWPerK, o.heatingNeedKWh, o.heatingNeedKWh / o.referenceAreaM2,
                                o.finalEnergyKWh, o.primaryEnergyKWhPerM2, o.co2KgPerM2, "\(o.label.overall)",
                                o.rentalBanYear.map { "\($0)" } ?? "—", o.capexEUR,
                                o.simplePaybackYears.map { String(format: "%.0f", $0) } ?? "—",
                                top.hoursAboveThreshold, top.degreeHoursAboveThresholdKh))
            lines.append("|  ↳ measures | \(o.appliedMeasures.joined(separator: ", ")) |")
        }
        lines.append(String(format: "reference area %.1f m² (3 storeys), per storey heat loss %@ W/K", baseline.referenceAreaM2,
                            baseline.storeys.indices.map { String(format: "%.1f", baseline.heatLossCoefficientWPerK(storey: $0)) }
                                .joined(separator: " / ")))
        print(lines.joined(separator: "\n"))
    }
}
