import Testing
@testable import Simulator

@Suite struct DPELabelTests {
    /// Standard table, strict "<" boundaries as in Open3CL: a value on a limit falls in the worse class.
    @Test(arguments: [
        (69.9, DPEClass.a), (70, .b), (109.9, .b), (110, .c), (179.9, .c), (180, .d), (249.9, .d), (250, .e),
        (329.9, .e), (330, .f), (419.9, .f), (420, .g), (900, .g),
    ])
    func energyClassBoundaries(ep: Double, expected: DPEClass) {
        let l = DPELabel(primaryEnergyKWhPerM2: ep, greenhouseGasKgPerM2: 0, referenceAreaM2: 80)
        #expect(l.energyClass == expected)
    }

    @Test(arguments: [
        (5.9, DPEClass.a), (6, .b), (11, .c), (30, .d), (50, .e), (70, .f), (99.9, .f), (100, .g),
    ])
    func greenhouseGasClassBoundaries(ghg: Double, expected: DPEClass) {
        let l = DPELabel(primaryEnergyKWhPerM2: 0, greenhouseGasKgPerM2: ghg, referenceAreaM2: 80)
        #expect(l.greenhouseGasClass == expected)
    }

    @Test func doubleThresholdTakesTheWorse() {
        // Energy B, GHG E (e.g. an oil boiler in a well-insulated house) → E.
        let l = DPELabel(primaryEnergyKWhPerM2: 100, greenhouseGasKgPerM2: 60, referenceAreaM2: 80)
        #expect(l.energyClass == .b)
        #expect(l.greenhouseGasClass == .e)
        #expect(l.overall == .e)
        // And the other way round: energy F, GHG A → F.
        #expect(DPELabel(primaryEnergyKWhPerM2: 400, greenhouseGasKgPerM2: 3, referenceAreaM2: 80).overall == .f)
    }

    /// Rows of the arrêté of 25 March 2024 quoted in domain.md §1 (15 m² and 30 m²): exact limits.
    @Test func smallDwellingRows() {
        let t = DPEThresholds.france2024
        #expect(t.limits(referenceAreaM2: 15).primaryEnergyKWhPerM2 == [100, 140, 263, 333, 421, 514])
        #expect(t.limits(referenceAreaM2: 15).greenhouseGasKgPerM2 == [8, 13, 36, 56, 76, 107])
        #expect(t.limits(referenceAreaM2: 30).primaryEnergyKWhPerM2 == [76, 116, 197, 267, 349, 439])
        #expect(t.limits(referenceAreaM2: 30).greenhouseGasKgPerM2 == [7, 12, 32, 52, 72, 102])
        #expect(t.limits(referenceAreaM2: 40) == .standard)
        #expect(t.limits(referenceAreaM2: 120) == .standard)
    }

    @Test func smallDwellingClassesAtTheRowBoundaries() {
        // 15 m²: 99 is A (standard table: B), 100 is B; 30 m²: 196 is C (standard: D), 197 is D.
        #expect(DPELabel(primaryEnergyKWhPerM2: 99, greenhouseGasKgPerM2: 0, referenceAreaM2: 15).energyClass == .a)
        #expect(DPELabel(primaryEnergyKWhPerM2: 100, greenhouseGasKgPerM2: 0, referenceAreaM2: 15).energyClass == .b)
        #expect(DPELabel(primaryEnergyKWhPerM2: 196, greenhouseGasKgPerM2: 0, referenceAreaM2: 30).energyClass == .c)
        #expect(DPELabel(primaryEnergyKWhPerM2: 197, greenhouseGasKgPerM2: 0, referenceAreaM2: 30).energyClass == .d)
        #expect(DPELabel(primaryEnergyKWhPerM2: 196, greenhouseGasKgPerM2: 0, referenceAreaM2: 60).energyClass == .d)
        // GHG: 15 m², 106 is F (standard: G).
        #expect(DPELabel(primaryEnergyKWhPerM2: 0, greenhouseGasKgPerM2: 106, referenceAreaM2: 15).overall == .f)
    }

    /// Between the known rows the limits never rise with the area (smaller dwellings are treated more leniently).
    @Test func smallDwellingLimitsFallWithArea() {
        let t = DPEThresholds.france2024
        for area in stride(from: 10.0, through: 45, by: 1) {
            let here = t.limits(referenceAreaM2: area)
            let next = t.limits(referenceAreaM2: area + 1)
            for k in 0..<6 {
                #expect(next.primaryEnergyKWhPerM2[k] <= here.primaryEnergyKWhPerM2[k], "EP limit \(k) at \(area) m²")
                #expect(next.greenhouseGasKgPerM2[k] <= here.greenhouseGasKgPerM2[k], "GHG limit \(k) at \(area) m²")
            }
        }
    }
}

@Suite struct RentalBanTests {
    @Test(arguments: [
        (DPEClass.a, Int?.none), (.b, nil), (.c, nil), (.d, nil), (.e, 2034), (.f, 2028), (.g, 2025),
    ])
    func banYearPerClass(c: DPEClass, year: Int?) {
        #expect(RentalBan.firstBannedYear(for: c) == year)
    }

    @Test func finalEnergyLimitForNewLeasesSince2023() {
        #expect(RentalBan.firstBannedYear(for: .g, finalEnergyKWhPerM2: 451) == 2023)
        #expect(RentalBan.firstBannedYear(for: .g, finalEnergyKWhPerM2: 450) == 2025)
        #expect(RentalBan.firstBannedYear(for: .d, finalEnergyKWhPerM2: 300) == nil)
    }

    @Test func energyFactors() {
        #expect(EnergyFactors.dpe(year: 2025).primaryFactor(.electricity) == 2.3)
        #expect(EnergyFactors.dpe(year: 2026).primaryFactor(.electricity) == 1.9)
        #expect(EnergyFactors().primaryFactor(.naturalGas) == 1)
        #expect(EnergyFactors().co2KgPerKWh(.electricity, use: .heating) == 0.079)
        #expect(EnergyFactors().co2KgPerKWh(.electricity, use: .hotWater) == 0.065)
        #expect(EnergyFactors().co2KgPerKWh(.heatingOil, use: .heating) == 0.324)
    }
}
