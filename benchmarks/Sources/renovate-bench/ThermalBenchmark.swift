import BuildingModel
import Dispatch
import Foundation
import Simulator

/// Thermal kernel: zone-years (8760 h) per second on a varied stock of 3-storey town houses, 1 thread and all cores.
///   renovate-bench thermal [--buildings N] [--epw FILE]
/// With `--json`: the peer-comparison cases instead (``ThermalCasesBenchmark``).
enum ThermalBenchmark {
    static func run(_ args: [String]) throws {
        if args.contains("--json") { return try ThermalCasesBenchmark.run(args) }
        var buildingCount = 2000
        var epw: String? = nil
        if let i = args.firstIndex(of: "--buildings"), i + 1 < args.count, let v = Int(args[i + 1]) { buildingCount = v }
        if let i = args.firstIndex(of: "--epw"), i + 1 < args.count { epw = args[i + 1] }
        let t0 = now()
        let climate: ClimateData
        if let epw { climate = try EPWReader.read(url: URL(fileURLWithPath: epw)) } else {
            climate = try TypicalYearGenerator.generate(from: .cahors)
        }
        let t1 = now()
        let irradiance = SurfaceIrradiance(climate: climate)
        let t2 = now()
        print("weather: \(climate.source) (\(String(format: "%.0f", (t1 - t0) * 1000)) ms), irradiance on 17 surfaces: \(String(format: "%.0f", (t2 - t1) * 1000)) ms")

        // A varied stock of 3-storey town houses (3 zones each).
        let orientations = Orientation.allCases
        let roofUs: [Double] = [2.5, 0.3, 1.0]
        var buildings: [BuildingThermalSpec] = []
        for i in 0..<buildingCount {
            let wallU: Double = 1.2 + Double(i % 7) * 0.15
            let glazing: Double = 0.12 + Double(i % 5) * 0.04
            let horizon: Double = Double(i % 4) * 10
            let cooling: Double? = i % 2 == 0 ? nil : 26
            buildings.append(ExampleBuildings.townHouse(
                id: "b\(i)", storeys: 3, streetFacing: orientations[i % 8], roofUValue: roofUs[i % 3],
                wallUValue: wallU, glazingRatio: glazing, horizonAngleDeg: horizon, coolingSetpointC: cooling))
        }
        let zoneYears = Double(buildings.reduce(0) { $0 + $1.zones.count })
        let sim = ThermalSimulator(irradiance: irradiance)
        _ = sim.runBatch(Array(buildings.prefix(50)), threads: 1)  // warm caches

        let cores = ProcessInfo.processInfo.activeProcessorCount
        var checksum = 0.0
        for threads in [1, cores] {
            var best = Double.infinity
            for _ in 0..<3 {
                let s = now()
                let results = sim.runBatch(buildings, threads: threads)
                let e = now() - s
                best = min(best, e)
                for r in results { if case .success(let t) = r { checksum += t.heatingKWh } else { fatalError("\(r)") } }
            }
            print(String(format: "thermal 5R1C: %d buildings × 3 storeys = %.0f zone-years, %d thread(s): best of 3 %.3f s → %.0f zone-years/s",
                         buildingCount, zoneYears, threads, best, zoneYears / best))
        }
        print(String(format: "checksum %.1f", checksum))
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
