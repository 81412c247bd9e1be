import Foundation
import Testing
@testable import ThreeCL

/// The method's rules (and the certified software's conventions) the end-to-end comparison with the 200 real DPE
/// brought into the engine, on hand-computed cases (values read from the method's tables).
@Suite("3CL end-to-end conventions")
struct EndToEndConventionsTests {
    static let flatFromBuilding = DwellingDescription(
        constructionPeriodId: 2, applicationMethodId: 34, habitableAreaM2: 40, buildingHabitableAreaM2: 9231,
        dwellingCount: 149, climateZone: .h1a, altitude: .below400m)
    static let house = DwellingDescription(
        constructionPeriodId: 2, applicationMethodId: 1, habitableAreaM2: 100, climateZone: .h1a, altitude: .below400m)

    static func airValues(ventilatedAreaM2: Double) -> AirRenewalValues {
        AirRenewalValues(
            qvarep: 1.97, qvasouf: 0, smea: 2, q4pa: 2, ventilatedAreaM2: ventilatedAreaM2, hventWPerK: 0, hpermWPerK: 0)
    }

    @Test("§5: a flat carries its share key of the building's fans; without a key, its area over the ventilated one")
    func ventilationShareOfAFlat() throws {
        // VMC SF auto-réglable before 1982 (type 3), before 2013: 0.46 W/(m³/h) × 1.97 × 9231 m² × 8.76 h.
        let keyed = VentilationInput(distributionKey: 0.00433, multipleExposedFacades: true, ventilationTypeId: 3)
        let values = Self.airValues(ventilatedAreaM2: 9231)
        let building = try VentilationAuxiliaries.consumptionKWh(keyed, values: values, isHouse: false)
        #expect(abs(building - 8.76 * 0.46 * 1.97 * 9231) < 1e-6)
        #expect(VentilationAuxiliaries.dwellingShare(keyed, values: values, dwelling: Self.flatFromBuilding) == 0.00433)
        let unkeyed = VentilationInput(multipleExposedFacades: true, ventilationTypeId: 3)
        #expect(VentilationAuxiliaries.dwellingShare(unkeyed, values: values, dwelling: Self.flatFromBuilding) == 40.0 / 9231)
        // A system ventilating the flat only, a house: all of it.
        #expect(VentilationAuxiliaries.dwellingShare(
            unkeyed, values: Self.airValues(ventilatedAreaM2: 40), dwelling: Self.flatFromBuilding) == 1)
        #expect(VentilationAuxiliaries.dwellingShare(keyed, values: values, dwelling: Self.house) == 1)
    }

    @Test("§5: the fans of a building built after 2012 take the 'from 2013' power")
    func ventilationOfARecentBuilding() throws {
        // A house's humidity-controlled single-flow fans (type 15): 50 W before 2013, 15 W from 2013.
        let v = VentilationInput(multipleExposedFacades: true, ventilationTypeId: 15, installedAfter2012: false)
        let values = Self.airValues(ventilatedAreaM2: 100)
        #expect(abs(try VentilationAuxiliaries.consumptionKWh(v, values: values, isHouse: true) - 8.76 * 50) < 1e-9)
        #expect(abs(try VentilationAuxiliaries.consumptionKWh(
            v, values: values, isHouse: true, constructionPeriodId: 9) - 8.76 * 15) < 1e-9)
    }

    @Test("§3.4: bridges of walls onto common circulations and of windows in wooden walls are neglected")
    func neglectedBridges() throws {
        let t = try MethodTables.bundled()
        // Cited row #75 (window / wall, not insulated, nu intérieur): k = 0.38 on an outside wall.
        let bridge = ThermalBridgeInput(junctionTypeId: 5, lengthM: 5, kRowId: 75)
        var context = ThermalBridgeContext(wallInsulationTypeId: 2)
        context.wallAdjacencyTypeId = 1
        #expect(try ThermalBridges.k(bridge, context: context, tables: t) == 0.38)
        context.wallAdjacencyTypeId = 15  // circulation with an opening onto the outside
        #expect(try ThermalBridges.k(bridge, context: context, tables: t) == 0)
        context.wallAdjacencyTypeId = 1
        context.wallStructureMaterialId = 25  // timber frame without filling
        #expect(try ThermalBridges.k(bridge, context: context, tables: t) == 0)
        // An intermediate floor of a flat counts for half when the DPE does not say.
        #expect(ThermalBridgeInput.defaultShare(junctionTypeId: 2, flat: true) == 0.5)
        #expect(ThermalBridgeInput.defaultShare(junctionTypeId: 2, flat: false) == 1)
        #expect(ThermalBridgeInput.defaultShare(junctionTypeId: 5, flat: true) == 1)
    }

    @Test("§13.2.1: an 'autre système à combustion' gas generator is computed as a classic gas boiler before 1981")
    func otherCombustionSystem() throws {
        let t = try MethodTables.bundled()
        #expect(CombustionGenerator.equivalentBoilerTypeId(typeId: 113, installationYear: nil) == 85)
        #expect(CombustionGenerator.equivalentBoilerTypeId(typeId: 114, installationYear: 1981) == 78)
        #expect(CombustionGenerator.equivalentBoilerTypeId(typeId: 115, installationYear: 2020) == 61)
        #expect(CombustionGenerator.equivalentBoilerTypeId(typeId: 98, installationYear: nil) == 98)
        // 24 kW, citing row #79 (a gas accumulator, which does not list type 113): row #1 is used,
        // Rpn = 84 + 2 log10(24) %, Rpint = 80 + 3 log10(24) %, Qp0 = 4 % × 24 000 W.
        let g = HeatGenerator(generatorTypeId: 113, energyTypeId: 2, nominalPowerW: 24000, tvGeneratorCombustionId: 79)
        let radiator = HeatEmitter(
            heatedAreaM2: 100, emissionDistributionTypeId: 24, intermittenceEquipmentId: 1, regulationTypeId: 2,
            heatingTypeId: 1, distributionTemperatureId: 4)
        let installation = HeatingInstallation(heatedAreaM2: 100, emitters: [radiator], generators: [g])
        let c = try CombustionGenerator.characteristics(
            g, installation: installation, envelopeWPerK: 300, dwelling: Self.house, tables: t)
        #expect(c.tableRowId == 1)
        #expect(c.effectiveTypeId == 85)
        #expect(abs(c.rpn - (84 + 2 * log10(24.0)) / 100) < 1e-12)
        #expect(abs((c.rpint ?? 0) - (80 + 3 * log10(24.0)) / 100) < 1e-12)
        #expect(abs(c.qp0W - 960) < 1e-9)
    }

    @Test("§9.1.4: a wood stove with the bathroom's electric heater linked as the bathroom generator: 90 % / 10 %")
    func woodStoveAndBathroomHeater() throws {
        let t = try MethodTables.bundled()
        let stoveEmitter = HeatEmitter(
            heatedAreaM2: 100, emissionDistributionTypeId: 21, intermittenceEquipmentId: 1, regulationTypeId: 2,
            heatingTypeId: 1, distributionTemperatureId: 1, generatorLinkId: 1)
        var bathroom = stoveEmitter
        bathroom.emissionDistributionTypeId = 3
        bathroom.generatorLinkId = 3
        let installation = HeatingInstallation(
            heatedAreaM2: 100, configurationId: 4, emitters: [stoveEmitter, bathroom],
            generators: [
                HeatGenerator(generatorTypeId: 44, energyTypeId: 5, generatorLinkId: 1),
                HeatGenerator(generatorTypeId: 100, energyTypeId: 1, generatorLinkId: 3),
            ])
        let parts = try HeatingCalculation.consumption(
            HeatingInput(installations: [installation]), dwelling: Self.house, envelopeWPerK: 250, inertiaClassId: 3,
            needKWh: 10000, needSpendthriftKWh: 12000, tables: t)
        #expect(parts.generators.map(\.needShare) == [0.9, 0.1])
    }

    @Test("§15.2.1: a boiler backed by a wood stove sizes its circulator for its 75 % share")
    func circulatorOfABoilerWithATopUp() throws {
        let t = try MethodTables.bundled()
        let radiators = HeatEmitter(
            heatedAreaM2: 122, emissionDistributionTypeId: 26, intermittenceEquipmentId: 1, regulationTypeId: 2,
            heatingTypeId: 1, distributionTemperatureId: 4, generatorLinkId: 1)
        var stove = radiators
        stove.emissionDistributionTypeId = 21
        stove.distributionTemperatureId = 1
        stove.generatorLinkId = 2
        let installation = HeatingInstallation(
            heatedAreaM2: 122, configurationId: 3, emitters: [radiators, stove],
            generators: [
                HeatGenerator(generatorTypeId: 79, energyTypeId: 3, generatorLinkId: 1),
                HeatGenerator(generatorTypeId: 22, energyTypeId: 4, generatorLinkId: 2),
            ])
        let dwelling = DwellingDescription(
            constructionPeriodId: 1, applicationMethodId: 1, habitableAreaM2: 122, climateZone: .h2b, altitude: .below400m)
        func kWh(_ share: Double?) throws -> Double {
            try HeatingAuxiliaries.distributionKWh(
                installation: installation, habitableAreaM2: 122, envelopeWPerK: 698.12, dwelling: dwelling,
                generatorShare: share, tables: t)
        }
        // Above the 30 W floor Pcirc ∝ Qv^0.676, and Qv ∝ R: R = 0.75 against 1/2 (two generators).
        let half = try kWh(nil), main = try kWh(0.75)
        #expect(abs(main / half - pow(1.5, 0.676)) < 1e-9)
    }

    @Test("§9.1.3: a dwelling's only installation covers its whole need, whatever its heated area")
    func singleInstallationShare() {
        let radiator = HeatEmitter(
            heatedAreaM2: 81, emissionDistributionTypeId: 3, intermittenceEquipmentId: 1, regulationTypeId: 2,
            heatingTypeId: 1, distributionTemperatureId: 1)
        let inst = HeatingInstallation(
            heatedAreaM2: 81, emitters: [radiator], generators: [HeatGenerator(generatorTypeId: 98, energyTypeId: 1)])
        let house = DwellingDescription(
            constructionPeriodId: 1, applicationMethodId: 1, habitableAreaM2: 90, climateZone: .h1a, altitude: .below400m)
        #expect(HeatingCalculation.installationShare(inst, dwelling: house, installationCount: 1) == 1)
        #expect(HeatingCalculation.installationShare(inst, dwelling: house, installationCount: 2) == 0.9)
    }

    @Test("§15.2.1: a collective installation modelled as a heat network keeps its circulator (30 W floor)")
    func circulatorOfANetworkModelledInstallation() throws {
        let t = try MethodTables.bundled()
        let radiators = HeatEmitter(
            heatedAreaM2: 14, emissionDistributionTypeId: 24, intermittenceEquipmentId: 1, regulationTypeId: 1,
            heatingTypeId: 2, distributionTemperatureId: 4)
        let installation = HeatingInstallation(
            heatedAreaM2: 14, installationTypeId: 3, emitters: [radiators],
            generators: [HeatGenerator(generatorTypeId: 107, energyTypeId: 8)])
        let flat = DwellingDescription(
            constructionPeriodId: 1, applicationMethodId: 31, habitableAreaM2: 14, climateZone: .h1a, altitude: .below400m)
        let kWh = try HeatingAuxiliaries.distributionKWh(
            installation: installation, habitableAreaM2: 14, envelopeWPerK: 60, dwelling: flat, tables: t)
        // A small flat stays at the floor: 30 W × ΣNref19 (H1a below 400 m).
        let nref = try t.monthly("nref19", zone: .h1a, altitude: .below400m).reduce(0, +)
        #expect(abs(kWh - 30 * nref / 1000) < 1e-9)
    }
}
