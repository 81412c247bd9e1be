import Testing
@testable import Simulator

@Suite struct ClimateGenerationTests {
    @Test func typicalYearIsDeterministicAndMatchesNormals() throws {
        let a = try TypicalYearGenerator.generate(from: .cahors), b = try TypicalYearGenerator.generate(from: .cahors)
        #expect(a.dryBulbC == b.dryBulbC && a.globalHorizontalWPerM2 == b.globalHorizontalWPerM2)
        var start = 0
        for (m, days) in ClimateData.daysPerMonth.enumerated() {
            let hours = start..<(start + days * 24)
            let meanT = a.dryBulbC[hours].reduce(0, +) / Double(hours.count)
            let dailyGHI = a.globalHorizontalWPerM2[hours].reduce(0, +) / Double(days) / 1000
            // The monthly mean of the cosine profile equals (T_min + T_max)/2 only approximately (±0.6 K).
            #expect(abs(meanT - ClimateNormals.cahors.meanTemperatureC[m]) < 0.6, "month \(m + 1)")
            #expect(abs(dailyGHI - ClimateNormals.cahors.globalHorizontalKWhPerM2Day[m]) < 0.05, "month \(m + 1)")
            start += days * 24
        }
    }

    @Test func climateShiftWarmsEveryHour() throws {
        let base = Fixtures.cahorsClimate
        let shifted = try ClimateShift(deltaTC: 2, heatWave: .init(startDay: 196, days: 10, peakAnomalyK: 6)).apply(to: base)
        #expect(abs(shifted.meanDryBulbC - base.meanDryBulbC - 2 - 6 * 10 * 24 * 0.5 / 8760) < 0.01)
        #expect(zip(shifted.dryBulbC, base.dryBulbC).allSatisfy { $0 >= $1 + 2 - 1e-9 })
        #expect(shifted.annualGlobalHorizontalKWhPerM2 >= base.annualGlobalHorizontalKWhPerM2)
    }

    @Test func rejectsBadNormals() {
        var n = ClimateNormals.cahors
        n.meanTemperatureC = [1, 2]
        #expect { try TypicalYearGenerator.generate(from: n) } throws: { "\($0)".contains("meanTemperatureC") }
    }
}
