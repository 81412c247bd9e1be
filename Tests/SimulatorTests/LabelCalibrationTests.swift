import BuildingModel
import Foundation
import Testing
import ThreeCL
@testable import Simulator

@Suite("Label calibration: the posterior finds parameters that made the labels")
struct LabelCalibrationTests {
    /// A building whose engine gives `ep` kWh/m² of non-electric heating (the same on both scales), no drawn axis.
    static func grid(_ id: Int, ep: Double) -> LabelGrid {
        let e = UseEnergies(finalKWh: [.heating: ep * 100], electricityKWh: [.heating: 0], habitableAreaM2: 100,
                            greenhouseGasKgPerM2: 10)
        return LabelGrid(buildingID: "b\(id)", dwellings: 1, positions: [.wholeBuilding], positionWeights: [1],
                         windows: [.woodSingle], roofs: [.pitchedUninsulated], thicknessesM: [0.6], points: [e],
                         asGiven: [e], wholeBuildingAsGiven: e)
    }

    /// 300 buildings from 100 to 600 kWh/m² by the engine; real labels drawn with weight 0.5, bias −0.3 and
    /// spread 0.25 around the engine's mean log.
    static func synthetic() -> (grids: [LabelGrid?], observations: [LabelObservation]) {
        var rng = SplitMix64(seed: 7)
        let grids: [LabelGrid?] = (0..<300).map { grid($0, ep: 100 + 500 * Double($0) / 299) }
        let centre = grids.map { log($0!.wholeBuildingAsGiven.primaryEnergyKWhPerM2(.arrete2012, electricity2021: 2.3)) }.reduce(0, +) / 300
        let scale = PredictionScale(scale: .arrete2012, electricity2021: 2.3)
        let observations = grids.indices.map { i -> LabelObservation in
            let engine = log(grids[i]!.wholeBuildingAsGiven.primaryEnergyKWhPerM2(.arrete2012, electricity2021: 2.3))
            let ep = exp(centre + 0.5 * (engine - centre) - 0.3 + 0.25 * rng.standardNormal())
            return LabelObservation(buildingIndex: i, scale: scale,
                                    classIndex: LabelScale.arrete2012.classIndex(primaryEnergyKWhPerM2: ep, greenhouseGasKgPerM2: nil),
                                    primaryEnergyKWhPerM2: ep)
        }
        return (grids, observations)
    }

    @Test func recoversWeightBiasAndSpread() {
        let (grids, observations) = Self.synthetic()
        let posterior = LabelCalibration().posterior(grids: grids, observations: observations, seed: 3)
        #expect(posterior.draws.count == 200)
        let s = Dictionary(uniqueKeysWithValues: posterior.summary.map { ($0.name, $0) })
        #expect(abs(s["engine_weight"]!.mean - 0.5) < 0.1, "\(s["engine_weight"]!)")
        #expect(abs(s["log_bias"]!.mean + 0.3) < 0.06, "\(s["log_bias"]!)")
        #expect(abs(s["log_spread"]!.mean - 0.25) < 0.05, "\(s["log_spread"]!)")
        #expect(s["log_bias"]!.low < -0.3 && s["log_bias"]!.high > -0.3)
    }

    @Test func classesAloneAlsoCalibrate() {
        var (grids, observations) = Self.synthetic()
        for i in observations.indices { observations[i].primaryEnergyKWhPerM2 = nil }
        let posterior = LabelCalibration().posterior(grids: grids, observations: observations, seed: 3)
        let s = Dictionary(uniqueKeysWithValues: posterior.summary.map { ($0.name, $0) })
        #expect(abs(s["log_bias"]!.mean + 0.3) < 0.12, "\(s["log_bias"]!)")
        _ = grids
    }

    @Test func sameSeedSameDrawsAndMonteCarloPerBuilding() {
        let (grids, observations) = Self.synthetic()
        let a = LabelCalibration(iterations: 2_000, burnIn: 500).posterior(grids: grids, observations: observations, seed: 9)
        let b = LabelCalibration(iterations: 2_000, burnIn: 500).posterior(grids: grids, observations: observations, seed: 9)
        #expect(a == b)
        let mc = LabelMonteCarlo(posterior: a, samples: 300, seed: 5)
        let scale = PredictionScale(scale: .arrete2012, electricity2021: 2.3)
        // A building's samples depend on its index and the seed only.
        #expect(mc.classes(grids[10]!, buildingIndex: 10, scale: scale) == mc.classes(grids[10]!, buildingIndex: 10, scale: scale))
        let p = LabelMonteCarlo.probabilities(mc.classes(grids[10]!, buildingIndex: 10, scale: scale))
        #expect(abs(p.reduce(0, +) - 1) < 1e-9)
        #expect(LabelMonteCarlo.medianClass([0, 0.2, 0.2, 0.05, 0.05, 0, 0.5]) == 4)
    }

    @Test func aLabelOfThe2012MethodCountsThreeUsesWithElectricityAt258() {
        let e = UseEnergies(finalKWh: [.heating: 10_000, .hotWater: 2_000, .lighting: 500, .auxiliaries: 300],
                            electricityKWh: [.heating: 10_000, .hotWater: 2_000, .lighting: 500, .auxiliaries: 300],
                            habitableAreaM2: 100, greenhouseGasKgPerM2: 8)
        #expect(abs(e.primaryEnergyKWhPerM2(.arrete2012, electricity2021: 1.9) - 12_000 * 2.58 / 100) < 1e-9)
        #expect(abs(e.primaryEnergyKWhPerM2(.arrete2021, electricity2021: 1.9) - 12_800 * 1.9 / 100) < 1e-9)
        #expect(LabelScale.arrete2012.classIndex(primaryEnergyKWhPerM2: 422, greenhouseGasKgPerM2: 90) == 5)
        #expect(LabelScale.arrete2021.classIndex(primaryEnergyKWhPerM2: 200, greenhouseGasKgPerM2: 90) == 5)
    }
}
