import BuildingModel
import Testing
@testable import Simulator

@Suite struct MoistureRiskTests {
    let eps = Insulant(material: "expanded polystyrene", isVapourOpen: false, isCapillaryActive: false,
                       thicknessMM: 100, conductivityWPerMK: 0.035)
    let woodFibre = Insulant(material: "wood fibre", isVapourOpen: true, isCapillaryActive: true, thicknessMM: 80,
                             conductivityWPerMK: 0.040)

    @Test(arguments: Orientation.allCases)
    func polystyreneOnRubbleIsHighAndWoodFibreLower(o: Orientation) {
        let a = MoistureRiskRules.assess(insulant: eps, addedResistanceM2KPerW: eps.resistanceM2KPerW,
                                         wallMaterial: .stoneRubble, orientation: o, horizonAngleDeg: 0)
        let b = MoistureRiskRules.assess(insulant: woodFibre, addedResistanceM2KPerW: woodFibre.resistanceM2KPerW,
                                         wallMaterial: .stoneRubble, orientation: o, horizonAngleDeg: 0)
        #expect(a.risk == .high, "\(a.reasons)")
        #expect(b.risk < a.risk, "\(b.reasons)")
    }

    @Test func envelopeWithInternalInsulationIsRatedPerFacade() throws {
        let (c, _) = try RetrofitFixtures.bundled()
        let (b, f) = RetrofitFixtures.terracedHouse()
        var envEPS = Envelope(building: b, facades: f)
        var envWF = envEPS
        try #require(c["int-wall-eps-100"]).apply(to: &envEPS, facadeSegments: [0, 2])
        try #require(c["int-wall-wood-fibre-80"]).apply(to: &envWF, facadeSegments: [0, 2])
        let rEPS = MoistureRiskRules.assess(envEPS)
        let rWF = MoistureRiskRules.assess(envWF)
        #expect(Set(rEPS.keys) == [0, 2])
        #expect(rEPS.values.allSatisfy { $0.risk == .high })
        #expect(rWF.values.allSatisfy { $0.risk < .high })
    }
}

@Suite struct DecencyAndOverheatingTests {
    @Test func decency() {
        #expect(DecencyCheck(floorAreaM2: 9, storeyHeightM: 2.45).passes)          // 9 m², 2.20 m clear
        #expect(!DecencyCheck(floorAreaM2: 8, storeyHeightM: 2.45).passes)         // 17.6 m³
        #expect(DecencyCheck(floorAreaM2: 8, storeyHeightM: 2.8).passes)           // 8 × 2.55 = 20.4 m³
        #expect(DecencyCheck(floorAreaM2: 20, storeyHeightM: 2.2).passes)          // 1.95 m clear, but 39 m³
        #expect(DecencyCheck(floorAreaM2: 7, storeyHeightM: 2.45).failure != nil)
    }

    @Test func overheatingCountsOnlySummerHoursAbove28() {
        var t = Array(repeating: 20.0, count: 8760)
        t[100] = 35                      // January: ignored
        let may1 = 120 * 24
        t[may1] = 30                     // 1 May 00:00: counted, 2 K·h
        t[may1 + 10] = 28                // exactly 28: not above
        t[272 * 24 + 23] = 29.5          // 30 Sept 23:00: counted, 1.5 K·h
        t[273 * 24] = 40                 // 1 Oct: ignored
        let m = OverheatingMetrics(operativeTemperaturesC: t)
        #expect(m.hoursAboveThreshold == 2)
        #expect(abs(m.degreeHoursAboveThresholdKh - 3.5) < 1e-12)
        #expect(m.maxOperativeTemperatureC == 30)
        let cooler = OverheatingMetrics(operativeTemperaturesC: Array(repeating: 20, count: 8760))
        #expect(OverheatingMetrics.worst([cooler, m, cooler]) == 1)
    }
}
