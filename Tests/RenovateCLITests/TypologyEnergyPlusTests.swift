import Foundation
import GRDB
import Testing
import TestSupport

/// Issue 16: one typology through the path users take — `renovate simulate` on its stock file with the comparison's
/// scenario set — against the committed EnergyPlus figures of the same house (benchmarks/results/
/// typologies-energyplus.json, written by `python -m peers typologies` from benchmarks/typologies/). The whole
/// comparison (3 typologies × 3 variants × 2 weathers) is benchmarks/results/typologies.md.
///
/// The target (heating within 10 %, overheating within 25 %) is **not** met today for every variant: the
/// heating bands below are the gaps measured at this commit (as-is +25.3 %, internal insulation +28.8 %, deep
/// retrofit +26.2 % with the default rated exterior films, against EnergyPlus with its frames as opaque strips),
/// kept as guards so that a change cannot widen them unnoticed; tighten them as the model improves.
@Suite struct TypologyEnergyPlusTests {
    struct Reference: Decodable {
        struct Storey: Decodable {
            var storey: Int
            var heatingKWh: Double
            var overheatingHours: Int
        }
        struct Case: Decodable {
            var typology: String
            var variant: String
            var weather: String
            var totalHeatingKWh: Double
            var storeys: [Storey]
        }
        var cases: [Case]
    }

    static let typology = "terraced-stone-3"
    static let dir = SharedData.repositoryRoot.appendingPathComponent("benchmarks/typologies")

    @Test(.enabled(if: SharedData.has("data/weather/Bordeaux.epw"), "../shared is absent (weather files)"))
    func terracedHouseThroughSimulateAgainstEnergyPlus() throws {
        let refURL = SharedData.repositoryRoot.appendingPathComponent("benchmarks/results/typologies-energyplus.json")
        let reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: refURL))
        let cases = reference.cases.filter { $0.typology == Self.typology && $0.weather == "Bordeaux.epw" }
        #expect(Set(cases.map(\.variant)) == ["as-is", "internal-insulation", "deep-retrofit"])

        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("typology-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let out = tmp.appendingPathComponent("out.gpkg")
        let run = try CLI.run([
            "simulate", Self.dir.appendingPathComponent("\(Self.typology).geojson").path,
            "--scenarios", Self.dir.appendingPathComponent("scenarios.yaml").path,
            "--weather", SharedData.url("data/weather/Bordeaux.epw").path, "--threads", "1", "--out", out.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let ours = try DatabaseQueue(path: out.path).read { db in
            try Row.fetchAll(db, sql: """
                SELECT scenario_id, storey_index, heating_need_kwh, overheating_hours FROM storeys
                WHERE building_id = ? ORDER BY scenario_id, storey_index
                """, arguments: [Self.typology])
        }
        func storeys(_ variant: String) -> [(heating: Double, hours: Double)] {
            ours.filter { ($0["scenario_id"] as String) == variant }.map { ($0["heating_need_kwh"], $0["overheating_hours"]) }
        }
        let band = ["as-is": 0.30, "internal-insulation": 0.33, "deep-retrofit": 0.32]
        var heating: [String: (ours: Double, energyPlus: Double)] = [:]
        for c in cases {
            let mine = storeys(c.variant)
            #expect(mine.count == c.storeys.count, "\(c.variant): \(mine.count) storeys")
            let total = mine.reduce(0) { $0 + $1.heating }
            heating[c.variant] = (total, c.totalHeatingKWh)
            let gap = (total - c.totalHeatingKWh) / c.totalHeatingKWh
            #expect(abs(gap) <= band[c.variant]!, "\(c.variant): heating \(total) vs EnergyPlus \(c.totalHeatingKWh) kWh")
        }
        // The variants rank the same way on both sides.
        let order = ["as-is", "internal-insulation", "deep-retrofit"]
        #expect(order.map { heating[$0]!.ours }.sorted(by: >) == order.map { heating[$0]!.ours })
        #expect(order.map { heating[$0]!.energyPlus }.sorted(by: >) == order.map { heating[$0]!.energyPlus })
        // As it is, every storey above 100 h of overheating on the EnergyPlus side is within the 25 %.
        let asIs = try #require(cases.first { $0.variant == "as-is" })
        for (ref, mine) in zip(asIs.storeys, storeys("as-is")) where ref.overheatingHours > 100 {
            let gap = (mine.hours - Double(ref.overheatingHours)) / Double(ref.overheatingHours)
            #expect(abs(gap) <= 0.25, "storey \(ref.storey): \(mine.hours) h vs EnergyPlus \(ref.overheatingHours) h")
        }
    }
}
