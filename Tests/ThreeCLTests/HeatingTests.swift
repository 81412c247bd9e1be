import Foundation
import Testing
@testable import ThreeCL

/// The heating chapter (§6.1, §8, §9, §12–13) on hand-computed cases, values read from the method's tables.
@Suite("3CL heating")
struct HeatingTests {
    static let house = DwellingDescription(
        constructionPeriodId: 9, constructionYear: 2015, applicationMethodId: 1, habitableAreaM2: 100,
        ceilingHeightM: 2.5, climateZone: .h1a, altitude: .below400m)

    /// §9.1 January in H1a below 400 m (DH19 = 11712.4 °Ch, Nref19 = 744 h, e = 38.36 kWh/m²), GV = 200 W/K,
    /// Sse = 10 m², Sh = 100 m², Nadeq = 2, medium inertia (α = 2.9):
    /// Ai = (3.52 × 100 + 132/168 × 2 × 90) × 744 = 367 110.857 Wh; As = 1000 × 10 × 38.36 = 383 600 Wh;
    /// X = 750 710.857 / (200 × 11712.4) = 0.320477; F = (X − X^2.9) / (1 − X^2.9) = 0.294455;
    /// Bch = 200 × (1 − F) × 11712.4 / 1000 = 1652.724 kWh.
    @Test func januaryNeedByDegreeHours() throws {
        let tables = try MethodTables.bundled()
        let need = try HeatingNeed.compute(
            envelopeWPerK: 200, southEquivalentAreaM2ByMonth: Array(repeating: 10, count: 12), inertiaClassId: 3,
            habitableAreaM2: 100, adjustedOccupants: 2, dwelling: Self.house,
            recoverableHotWaterLossesKWhByMonth: Array(repeating: 0, count: 12), tables: tables)
        #expect(abs(need.monthlyNeedKWh[0] - 1652.7244) < 0.01)
        let ai = FreeGains.internalGainsWh(habitableAreaM2: 100, adjustedOccupants: 2, heatingHours: 744)
        #expect(abs(ai - 367_110.857) < 0.01)
        let f = HeatingNeed.freeGainFraction(
            solarGainsWh: 383_600, internalGainsWh: ai, envelopeWPerK: 200, degreeHours: 11712.4, alpha: 2.9)
        #expect(abs(f - 0.294455) < 1e-5)
    }

    /// §9.1 recovered hot-water losses reduce the month's need, never below zero.
    @Test func recoveredLossesReduceTheNeed() throws {
        let tables = try MethodTables.bundled()
        var losses = Array(repeating: 0.0, count: 12)
        losses[0] = 100
        let need = try HeatingNeed.compute(
            envelopeWPerK: 200, southEquivalentAreaM2ByMonth: Array(repeating: 10, count: 12), inertiaClassId: 3,
            habitableAreaM2: 100, adjustedOccupants: 2, dwelling: Self.house, recoverableHotWaterLossesKWhByMonth: losses,
            tables: tables)
        #expect(abs(need.monthlyNeedKWh[0] - 1552.7244) < 0.01)
        #expect(need.monthlyNeedKWh.allSatisfy { $0 >= 0 })
    }

    /// §8 I0 from the `intermittence` table by attributes: a house, individual installation, divided heating,
    /// no intermittence equipment, room-by-room regulation, blown air, medium inertia → row 1, I0 = 0.84;
    /// INT = I0 / (1 + 0.1 × (G − 1)) with G = GV / (Sh × hsp) = 250 / 250 = 1 → 0.84.
    @Test func intermittenceFromTheTable() throws {
        let tables = try MethodTables.bundled()
        let emitter = HeatEmitter(
            heatedAreaM2: 100, emissionDistributionTypeId: 5, intermittenceEquipmentId: 1, regulationTypeId: 2,
            heatingTypeId: 1, distributionTemperatureId: 1)
        let i0 = try Intermittence.i0(
            emitter: emitter, installationTypeId: 1, dwelling: Self.house, inertiaClassId: 3, tables: tables)
        #expect(i0 == 0.84)
        #expect(abs(Intermittence.factor(i0: i0, envelopeWPerK: 250, habitableAreaM2: 100, ceilingHeightM: 2.5) - 0.84) < 1e-12)
    }

    /// §12.4 SCOP of an air/air heat pump installed from 2015 (type 3): 3 in H1/H2, 3.3 in H3.
    @Test func heatPumpSCOPByZone() throws {
        let tables = try MethodTables.bundled()
        let pump = HeatGenerator(generatorTypeId: 3, energyTypeId: 1)
        #expect(try HeatPump.seasonalPerformance(pump, emissionTypeId: 5, dwelling: Self.house, tables: tables) == 3)
        var south = Self.house
        south.climateZone = .h3
        #expect(try HeatPump.seasonalPerformance(pump, emissionTypeId: 5, dwelling: south, tables: tables) == 3.3)
    }

    /// §13.2.1 a gas condensing boiler after 2015 (type 97), Pn = 24 kW: Rpn = (91 + 3 log10 24) / 100 = 0.951406,
    /// Rpint = (103 + 2.5 log10 24) / 100 = 1.064505, Qp0 = 0.5 % × 24 kW = 120 W; medium-temperature emitters
    /// after 2000 → 32 °C and 60 °C. With GV = 150 W/K in H1a (Tbase −9.5 °C), Cdimref = 24000 / (150 × 28.5)
    /// = 5.614, and the load-ratio method with k = 1.11 gives Rg = 0.958309 (computed by hand from §13.2.1).
    @Test func condensingBoilerEfficiency() throws {
        let tables = try MethodTables.bundled()
        let boiler = HeatGenerator(generatorTypeId: 97, energyTypeId: 2, nominalPowerW: 24000)
        let emitter = HeatEmitter(
            heatedAreaM2: 100, emissionDistributionTypeId: 31, networkInsulated: true, intermittenceEquipmentId: 1,
            regulationTypeId: 2, heatingTypeId: 1, distributionTemperatureId: 3, installationPeriodId: 3)
        let installation = HeatingInstallation(heatedAreaM2: 100, emitters: [emitter], generators: [boiler])
        let c = try CombustionGenerator.characteristics(
            boiler, installation: installation, envelopeWPerK: 150, dwelling: Self.house, tables: tables)
        #expect(abs(c.rpn - 0.951406) < 1e-6)
        #expect(abs((c.rpint ?? 0) - 1.064505) < 1e-6)
        #expect(abs(c.qp0W - 120) < 1e-9)
        #expect(c.operatingTemperature30C == 32)
        #expect(c.operatingTemperature100C == 60)
        let cdim = 24000 / (150 * (19 - CombustionGenerator.baseTemperature(Self.house)))
        let rg = try CombustionGenerator.generationEfficiency(boiler, characteristics: c, sizingRatio: cdim, tables: tables)
        #expect(abs(rg - 0.958309) < 1e-5)
    }

    /// §9.1.4 a wood stove as top-up covers 25 %, the main generator 75 %.
    @Test func woodStoveTopUpShares() throws {
        let tables = try MethodTables.bundled()
        let radiator = HeatEmitter(
            heatedAreaM2: 100, emissionDistributionTypeId: 1, intermittenceEquipmentId: 1, regulationTypeId: 2,
            heatingTypeId: 1, distributionTemperatureId: 1, generatorLinkId: 1)
        var stoveEmitter = radiator
        stoveEmitter.emissionDistributionTypeId = 21
        stoveEmitter.generatorLinkId = 2
        let installation = HeatingInstallation(
            heatedAreaM2: 100, configurationId: 3, emitters: [radiator, stoveEmitter],
            generators: [
                HeatGenerator(generatorTypeId: 98, energyTypeId: 1, generatorLinkId: 1),
                HeatGenerator(generatorTypeId: 38, energyTypeId: 4, generatorLinkId: 2),
            ])
        let parts = try HeatingCalculation.consumption(
            HeatingInput(installations: [installation]), dwelling: Self.house, envelopeWPerK: 250, inertiaClassId: 3,
            needKWh: 10000, needSpendthriftKWh: 12000, tables: tables)
        #expect(parts.generators.map(\.needShare) == [0.75, 0.25])
        // Stove: 2500 kWh × INT / (Re Rd Rr) / Rg with the table's rows (type 21: 0.95, 1, 0.8; Rg 0.7).
        let stove = parts.generators[1]
        let int = parts.emitters[1].intermittence
        #expect(abs(stove.consumptionKWh - 2500 * int / (0.95 * 1 * 0.8) / 0.7) < 1e-6)
    }

    /// The compiler of the table's formulas: values, a missing variable, texts that are no formula.
    @Test func tableFormulas() {
        #expect(TableFormula(text: "84+2*log10(Pn)")?.evaluate(["Pn": 100]) == 88)
        let q = TableFormula(text: "0.085*Pn*(Pn)^-0.4")?.evaluate(["Pn": 32])
        #expect(abs((q ?? 0) - 0.085 * 32 * pow(32, -0.4)) < 1e-12)
        #expect(TableFormula(text: "Pn*(E+F*log10(Pn))/100")?.evaluate(["Pn": 24, "E": 2.5, "F": -0.8])
                    == 24 * (2.5 + -0.8 * log10(24)) / 100)
        #expect(TableFormula(text: "2*Pn")?.evaluate([:]) == nil)
        #expect(TableFormula(text: "70<Pn≤400") == nil)
        #expect(TableFormula(text: "(84+2") == nil)
        #expect(PowerCriterion(text: "70<Pn≤400").holds(for: 100))
        #expect(!PowerCriterion(text: "Pn≤70").holds(for: 100))
    }
}
