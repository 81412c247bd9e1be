import Foundation
import Testing
@testable import ThreeCL

/// Hot water (§11, §14), hand-computed from the method's equations and tables.
@Suite("3CL hot water")
struct HotWaterTests {
    static let house135 = DwellingDescription(
        constructionPeriodId: 1, applicationMethodId: 1, habitableAreaM2: 135, climateZone: .h1c, altitude: .below400m)

    @Test("Nadeq: a 135 m² house, a 45 m² flat, a building of two flats on 28 m² (§11.1)")
    func adultEquivalents() {
        // House: Nmax = 0.025 × 135 = 3.375 > 1.75 → 1.75 + 0.3 × (3.375 − 1.75) = 2.2375.
        #expect(abs(HotWaterNeed.adultEquivalents(habitableAreaM2: 135, isHouse: true) - 2.2375) < 1e-12)
        // Flat: 1.75 − 0.01875 × (50 − 45) = 1.65625.
        #expect(abs(HotWaterNeed.adultEquivalents(habitableAreaM2: 45, isHouse: false) - 1.65625) < 1e-12)
        // Building: 2 × (1.75 − 0.01875 × (50 − 14)) = 2.15.
        #expect(abs(HotWaterNeed.adultEquivalents(habitableAreaM2: 28, isHouse: false, dwellingCount: 2) - 2.15) < 1e-12)
    }

    @Test("Monthly need: January and December in H1c below 400 m (§11.1)")
    func monthlyNeed() throws {
        let t = try MethodTables.bundled()
        let need = try HotWaterNeed.monthlyNeedKWh(adultEquivalents: 2.2375, zone: .h1c, altitude: .below400m, tables: t)
        // tefs January 6.1 °C: 1.163 × (2.2375 × 56) × (40 − 6.1) × 31 / 1000 = 153.1412 kWh.
        #expect(abs(need[0] - 153.14124651) < 1e-6)
        // tefs December 7.3 °C, 24 days of occupancy: 1.163 × 125.3 × 32.7 × 24 / 1000 = 114.3641 kWh.
        #expect(abs(need[11] - 114.36411672) < 1e-6)
        #expect(abs(HotWaterNeed.dailyVolume40L(adultEquivalents: 2.2375) - 125.3) < 1e-9)
    }

    @Test("Electric tank: storage losses and storage efficiency (§11.5, §14.1)")
    func storage() throws {
        let t = try MethodTables.bundled()
        // Vertical tank "autres ou inconnue" (type 69), 150 L: pertes_stockage row 6, Cr = 0.23.
        let g = HotWaterGenerator(typeId: 69, energyId: 1, storageTypeId: 3, storageVolumeL: 150)
        #expect(try HotWaterStorage.lossCoefficientRow(g, tables: t).idDescription == "#6")
        // Qg,w = 8592 × 45 / 24 × 150 × 0.23 = 555 795 Wh.
        let qgw = try HotWaterStorage.annualLossesWh(g, tables: t)
        #expect(abs(qgw - 555_795) < 1e-6)
        // With Rd = 0.83 and Becs = 1543.3764 kWh: Rs = 1 / (1 + 555 795 × 0.83 / 1 543 376.4) = 0.769884, the
        // value 2187E0982013C.xml records.
        let rs = HotWaterStorage.electricStorageEfficiency(lossesWh: qgw, distributionEfficiency: 0.83, needKWh: 1543.3763972899997, typeId: 69)
        #expect(abs(rs - 0.7698842646) < 1e-9)
        // A category C tank gains 8 %.
        let rsC = HotWaterStorage.electricStorageEfficiency(lossesWh: qgw, distributionEfficiency: 0.83, needKWh: 1543.3763972899997, typeId: 71)
        #expect(abs(rsC - 0.7698842646 * 1.08) < 1e-9)
        // No storage, no loss.
        let instant = HotWaterGenerator(typeId: 117, energyId: 1, storageTypeId: 1)
        #expect(try HotWaterStorage.annualLossesWh(instant, tables: t) == 0)
    }

    @Test("Distribution efficiency: cited row, or chosen from the installation (§11.2)")
    func distribution() throws {
        let t = try MethodTables.bundled()
        let outside = HotWaterInstallation(generators: [HotWaterGenerator(typeId: 69, energyId: 1, storageTypeId: 3, storageVolumeL: 150, inHeatedVolume: false)])
        #expect(try HotWaterDistribution.efficiency(outside, tables: t) == 0.83)
        let inside = HotWaterInstallation(generators: [HotWaterGenerator(typeId: 69, energyId: 1, storageTypeId: 3, storageVolumeL: 150, inHeatedVolume: true)])
        #expect(try HotWaterDistribution.efficiency(inside, tables: t) == 0.93)
        let looped = HotWaterInstallation(installationTypeId: 2, loopId: 2, networkInsulated: true, generators: inside.generators)
        #expect(try HotWaterDistribution.efficiency(looped, tables: t) == 0.55)
    }

    @Test("Oil boiler producing hot water: Rpn and Qp0 from the table, the generation efficiency (§13.2, §14.1.2)")
    func boiler() throws {
        let t = try MethodTables.bundled()
        // generateur_combustion #20, Pn 28 kW: Rpn = (84 + 2 log10 28) % = 0.868943, Qp0 = 1 % Pn = 280 W
        // (the values 2187E0982378D.xml records).
        let g = HotWaterGenerator(typeId: 39, energyId: 3, usageId: 3, storageTypeId: 1, combustionTableId: 20, nominalPowerW: 28_000)
        let c = try HotWaterGenerators.combustionCharacteristics(g, tables: t)
        #expect(abs(c.rpn - 0.8689431606) < 1e-9)
        #expect(abs(c.qp0 - 280) < 1e-9)
        // Instantaneous (no tank), Becs = 1000 kWh: Rg = 1 / (1 / 0.868943 + 1790 × 280 / 10⁶) = 0.605318.
        let rg = HotWaterGenerators.boilerEfficiency(rpn: c.rpn, qp0: c.qp0, pveil: 0, storageLossesWh: 0, needKWh: 1000)
        #expect(abs(rg - 0.6053183541) < 1e-9)
    }

    @Test("A house with one electric tank: need, consumption, recovered losses")
    func house() throws {
        let t = try MethodTables.bundled()
        let input = HotWaterInput(installations: [HotWaterInstallation(
            servedAreaM2: 135, distributionTableId: 3,
            generators: [HotWaterGenerator(typeId: 69, energyId: 1, storageTypeId: 3, storageVolumeL: 150, inHeatedVolume: true, storageLossTableId: 6)])])
        let r = try HotWaterCalculation.compute(input, dwelling: Self.house135, tables: t)
        #expect(abs(r.adultEquivalents - 2.2375) < 1e-12)
        let need = try HotWaterNeed.monthlyNeedKWh(adultEquivalents: 2.2375, zone: .h1c, altitude: .below400m, tables: t).reduce(0, +)
        #expect(abs(r.needKWh - need) < 1e-9)
        let rs = HotWaterStorage.electricStorageEfficiency(lossesWh: 555_795, distributionEfficiency: 0.83, needKWh: need, typeId: 69)
        #expect(abs(r.consumptionKWh - need / (0.83 * rs)) < 1e-6)
        #expect(r.consumptionByGenerator.count == 1 && r.consumptionByGenerator[0].energyId == 1)
        #expect(r.recoverableLossesKWhByMonth.count == 12)
        // Storage in the heated volume: 0.48 × 555 795 Wh / 8760 h per heating hour.
        #expect(abs(r.recoverableStorageLossesKWh / r.recoverableDistributionLossesKWh - 555.795 / (0.1 * need)) < 1e-9)
    }
}
