import Foundation
import BuildingModel
@testable import Simulator

/// Seeded, repeatable generator of report inputs: a grid of town-centre-like footprints near Cahors (Lambert-93),
/// classes skewed towards E–G, scenarios that improve classes at a cost, and a protected area around a monument
/// where some scenarios are blocked. Synthetic demo data, not a model of any real building.
enum SyntheticReportInput {

    static let scenarioNames = [
        "Roof insulation and double glazing", "Internal wall insulation and windows",
        "Full envelope and heat pump", "Heat pump only", "Ventilation and roof", "Windows only",
        "Envelope light", "Envelope deep", "Heat network connection", "Solar water heating",
        "Roof and heat pump", "Everything allowed",
    ]

    /// - Parameters: `columns × rows` buildings, `scenarioCount` ≤ 12 scenarios.
    static func make(columns: Int = 20, rows: Int = 15, scenarioCount: Int = 4, seed: UInt64 = 46) -> ReportInput {
        var rng = SplitMix64(seed: seed)
        let x0 = 574_300.0, y0 = 6_371_200.0
        let cellW = 15.0, cellH = 13.0
        let monument = Point2D(x: x0 + Double(columns) * cellW * 0.62, y: y0 + Double(rows) * cellH * 0.55)
        let protectedRadiusM = Double(min(columns, rows)) * 13 * 0.3
        let classWeights: [(DPEClass, Double)] = [(.b, 0.02), (.c, 0.06), (.d, 0.17), (.e, 0.3), (.f, 0.25), (.g, 0.2)]
        var buildings: [ReportBuilding] = []
        for r in 0..<rows {
            for c in 0..<columns {
                let n = r * columns + c
                // Streets every 4 columns and every 3 rows.
                let sx = x0 + Double(c) * cellW + Double(c / 4) * 6
                let sy = y0 + Double(r) * cellH + Double(r / 3) * 5
                let w = cellW - rng.unit() * 3, h = cellH - rng.unit() * 3.5
                var ring: [Point2D]
                if n % 7 == 3 {  // L-shape
                    ring = [Point2D(x: sx, y: sy), Point2D(x: sx + w, y: sy), Point2D(x: sx + w, y: sy + h * 0.5),
                            Point2D(x: sx + w * 0.5, y: sy + h * 0.5), Point2D(x: sx + w * 0.5, y: sy + h),
                            Point2D(x: sx, y: sy + h), Point2D(x: sx, y: sy)]
                } else {
                    let skew = (rng.unit() - 0.5) * 2
                    ring = [Point2D(x: sx, y: sy), Point2D(x: sx + w, y: sy + skew), Point2D(x: sx + w, y: sy + h),
                            Point2D(x: sx + skew, y: sy + h), Point2D(x: sx, y: sy)]
                }
                var holes: [[Point2D]] = []
                if n % 23 == 5 {  // courtyard
                    let cx = sx + w * 0.35, cy = sy + h * 0.35
                    holes = [[Point2D(x: cx, y: cy), Point2D(x: cx, y: cy + h * 0.3), Point2D(x: cx + w * 0.3, y: cy + h * 0.3),
                              Point2D(x: cx + w * 0.3, y: cy), Point2D(x: cx, y: cy)]]
                }
                let footprint = Polygon(exterior: ring, holes: holes)
                var u = rng.unit(), klass = DPEClass.g
                for (k, p) in classWeights { if u < p { klass = k; break }; u -= p }
                let storeys = rng.int(2...5)
                let dwellings = n % 11 == 0 ? 0 : rng.int(1...6)
                buildings.append(ReportBuilding(
                    id: "46042000A\(String(format: "%04d", n))", footprint: footprint, dwellings: dwellings,
                    floorAreaM2: footprint.areaM2 * Double(storeys), classBefore: klass,
                    primaryEnergyBeforeKWhPerM2Year: midPE(klass) * (0.9 + 0.2 * rng.unit())))
            }
        }
        let scenarios = (0..<min(scenarioCount, scenarioNames.count)).map {
            ReportScenario(id: "S\($0 + 1)", name: scenarioNames[$0])
        }
        var outcomes: [ReportOutcome] = []
        var blockedCount = 0
        for (sIndex, scenario) in scenarios.enumerated() {
            let strength = [1, 2, 3, 1, 1, 1, 2, 3, 2, 1, 2, 3][sIndex]
            let costPerM2 = [90.0, 180, 420, 110, 70, 60, 150, 380, 140, 50, 200, 450][sIndex]
            let touchesFacade = [false, true, true, false, false, true, true, true, false, false, false, true][sIndex]
            for b in buildings {
                let isProtected = b.footprint.centroid.distance(to: monument) < protectedRadiusM
                let blocked = isProtected && touchesFacade
                let gain = max(0, strength - (blocked ? 1 : 0) + (rng.unit() < 0.3 ? 1 : 0) - (rng.unit() < 0.2 ? 1 : 0))
                let all = DPEClass.allCases
                let after = all[max(0, all.firstIndex(of: b.classBefore)! - gain)]
                var reasons: [String] = []
                if blocked {
                    reasons.append("Within 500 m of a listed monument (Pont Valentré): external wall insulation forbidden")
                    if rng.unit() < 0.3 { reasons.append("Street façade marked for conservation: windows must keep wooden frames") }
                    blockedCount += 1
                    if blockedCount % 5 == 1 { reasons.append("Façade listed <\"Maison Henri-IV\"> & carved lintels") }
                }
                outcomes.append(ReportOutcome(
                    buildingID: b.id, scenarioID: scenario.id, classAfter: after,
                    capexEUR: (b.floorAreaM2 * costPerM2 * (0.8 + 0.4 * rng.unit())).rounded(),
                    primaryEnergyKWhPerM2Year: midPE(after) * (0.9 + 0.2 * rng.unit()),
                    blockedByHeritage: blocked, blockedReasons: reasons, needsABFApproval: isProtected))
            }
        }
        return ReportInput(
            title: "Synthetic demo district — retrofit scenarios",
            generatedNote: "Synthetic demo data (\(buildings.count) buildings, \(scenarios.count) scenarios, seed \(seed)); renovate report.",
            buildings: buildings, scenarios: scenarios, outcomes: outcomes)
    }

    /// Middle of each class's primary-energy band, kWh/(m²·year) (DPE 2021 thresholds 70/110/180/250/330/420).
    static func midPE(_ c: DPEClass) -> Double {
        switch c {
        case .a: return 55
        case .b: return 90
        case .c: return 145
        case .d: return 215
        case .e: return 290
        case .f: return 375
        case .g: return 480
        }
    }
}

extension SplitMix64 {
    /// Uniform integer by modulo (kept so the committed golden report stays byte-identical).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}
