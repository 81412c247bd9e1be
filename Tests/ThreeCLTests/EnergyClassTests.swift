import Foundation
import Testing
@testable import ThreeCL

/// Conversions and classes (the method's annex and the arrêté's class limits), hand-computed.
@Suite("3CL conversions and classes")
struct EnergyClassTests {
    @Test("A value equal to a limit is in the worse class")
    func atLimit() throws {
        let t = try MethodTables.bundled()
        // Above 40 m², below 400 m: A < 70 ≤ B.
        #expect(try EnergyClasses.primaryEnergyClass(kWhPerM2: 69, habitableAreaM2: 80, zone: .h2b, altitude: .below400m, tables: t) == .A)
        #expect(try EnergyClasses.primaryEnergyClass(kWhPerM2: 70, habitableAreaM2: 80, zone: .h2b, altitude: .below400m, tables: t) == .B)
        #expect(try EnergyClasses.primaryEnergyClass(kWhPerM2: 420, habitableAreaM2: 80, zone: .h2b, altitude: .below400m, tables: t) == .G)
        #expect(try EnergyClasses.greenhouseGasClass(kgPerM2: 50, habitableAreaM2: 80, zone: .h2b, altitude: .below400m, tables: t) == .E)
    }

    @Test("Small surfaces: the 10 m² limits from 1 July 2024, the standard ones before")
    func smallSurface() throws {
        let t = try MethodTables.bundled()
        // 10 m²: A < 124, B < 164 (dpe_class_limit row 10); the standard B limit is 110, C 180.
        #expect(try EnergyClasses.primaryEnergyClass(kWhPerM2: 150, habitableAreaM2: 10, zone: .h2b, altitude: .below400m, dpeDate: "2025-03-01", tables: t) == .B)
        #expect(try EnergyClasses.primaryEnergyClass(kWhPerM2: 150, habitableAreaM2: 10, zone: .h2b, altitude: .below400m, dpeDate: "2023-03-01", tables: t) == .C)
        // The area is rounded: 10.4 m² uses row 10.
        #expect(try EnergyClasses.limits(greenhouseGas: false, habitableAreaM2: 10.4, zone: .h2b, altitude: .below400m, tables: t)[0] == 124)
        // GES 10 m²: A < 10, B < 15.
        #expect(try EnergyClasses.greenhouseGasClass(kgPerM2: 12, habitableAreaM2: 10, zone: .h2b, altitude: .below400m, dpeDate: "2025-03-01", tables: t) == .B)
    }

    @Test("Double threshold: the worse of the energy and GHG classes")
    func doubleThreshold() throws {
        let t = try MethodTables.bundled()
        // 100 kWh/m² is B, 40 kg/m² is D (C < 30 ≤ D < 50): the DPE class is D.
        #expect(try EnergyClasses.dpeClass(primaryKWhPerM2: 100, emissionKgPerM2: 40, habitableAreaM2: 80, zone: .h2b, altitude: .below400m, tables: t) == .D)
        // 300 kWh/m² is E, 5 kg/m² is A: E.
        #expect(try EnergyClasses.dpeClass(primaryKWhPerM2: 300, emissionKgPerM2: 5, habitableAreaM2: 80, zone: .h2b, altitude: .below400m, tables: t) == .E)
    }

    @Test("Above 800 m: raised E/F limits in H1b, H1c, H2d only")
    func mountain() throws {
        let t = try MethodTables.bundled()
        // E < 390, F < 500 in H1c above 800 m; elsewhere E < 330, F < 420.
        #expect(try EnergyClasses.primaryEnergyClass(kWhPerM2: 350, habitableAreaM2: 80, zone: .h1c, altitude: .above800m, tables: t) == .E)
        #expect(try EnergyClasses.primaryEnergyClass(kWhPerM2: 350, habitableAreaM2: 80, zone: .h2a, altitude: .above800m, tables: t) == .F)
        #expect(try EnergyClasses.primaryEnergyClass(kWhPerM2: 150, habitableAreaM2: 80, zone: .h1c, altitude: .above800m, tables: t) == .C)
    }

    @Test("Primary energy factor of electricity by DPE date")
    func factors() {
        #expect(PrimaryEnergyFactors.inForce(onDPEDate: "2025-12-31").factor(energyId: 1) == 2.3)
        #expect(PrimaryEnergyFactors.inForce(onDPEDate: "2026-01-02").factor(energyId: 1) == 1.9)
        #expect(PrimaryEnergyFactors.inForce(onDPEDate: "2026-01-02").factor(energyId: 2) == 1)
    }

    @Test("Five uses: primary energy, emissions, per m² rounded down, classes")
    func fiveUses() throws {
        let t = try MethodTables.bundled()
        let d = DwellingDescription(constructionPeriodId: 3, applicationMethodId: 1, habitableAreaM2: 100, climateZone: .h2b, altitude: .below400m)
        let r = try FiveUses.compute([
            FinalEnergyEntry(use: .heating, energyId: 1, kWh: 10_000),
            FinalEnergyEntry(use: .hotWater, energyId: 2, kWh: 3_000),
            FinalEnergyEntry(use: .lighting, energyId: 1, kWh: 200),
        ], dwelling: d, dpeDate: "2024-05-01", tables: t)
        // EP = 2.3 × 10 200 + 3 000 = 26 460 → 264 kWh/m² (rounded down): E (D < 250 ≤ E < 330).
        #expect(abs(r.total.primaryKWh - 26_460) < 1e-6)
        #expect(r.primaryKWhPerM2 == 264)
        // GES = 0.079 × 10 000 + 0.227 × 3 000 + 0.069 × 200 = 1 484.8 → 14 kg/m²: C.
        #expect(abs(r.total.emissionKgCO2 - 1484.8) < 1e-6)
        #expect(r.emissionKgPerM2 == 14)
        #expect(r.greenhouseGasClass == .C)
        #expect(r.dpeClass == .E)
    }

    @Test("Five uses sum in the order of the uses, whatever the order of the entries and the hash seed")
    func fiveUsesSumInAFixedOrder() throws {
        let t = try MethodTables.bundled()
        let d = DwellingDescription(constructionPeriodId: 3, applicationMethodId: 1, habitableAreaM2: 100, climateZone: .h2b, altitude: .below400m)
        // Values whose floating sum depends on its order: (0.1 + 0.2) + 0.3 ≠ 0.1 + (0.2 + 0.3).
        let entries = [
            FinalEnergyEntry(use: .auxiliaries, energyId: 2, kWh: 0.3),
            FinalEnergyEntry(use: .hotWater, energyId: 2, kWh: 0.2),
            FinalEnergyEntry(use: .heating, energyId: 2, kWh: 0.1),
        ]
        let r = try FiveUses.compute(entries, dwelling: d, dpeDate: "2024-05-01", tables: t)
        let inUseOrder = EnergyUse.allCases.reduce(0.0) { sum, u in sum + (r.byUse[u]?.finalKWh ?? 0) }
        #expect(r.total.finalKWh == inUseOrder)
        #expect(r.total.finalKWh == (0.1 + 0.2) + 0.3)
        let reversed = try FiveUses.compute(entries.reversed(), dwelling: d, dpeDate: "2024-05-01", tables: t)
        #expect(reversed.total == r.total && reversed.byUse == r.byUse)
        #expect(r.byEnergy.count == 1 && r.byEnergy[2]?.finalKWh == (0.3 + 0.2) + 0.1)
    }
}
