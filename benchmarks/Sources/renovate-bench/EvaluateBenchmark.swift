import BuildingModel
import Dispatch
import Foundation
import Simulator

/// Building × scenario pairs per second through Envelope → HourlyNeedModel → Evaluator (what the batch does per
/// pair, minus the results store), 1 thread and all cores.
///   renovate-bench evaluate [--buildings N] [--epw FILE]
///
/// Buildings: synthetic narrow terraced houses (2–4 storeys, 5–8 m wide, 8–14 m deep, street façade in any of
/// 8 orientations, stone walls 45–75 cm, 12–28 % glazing, four heating systems), scenarios: the bundled
/// catalogue (catalogue/scenarios.yaml), applied in a protected centre where external insulation is refused on
/// the street. Per building the baseline balance is computed once and reused across its scenarios.
enum EvaluateBenchmark {
    static func run(_ args: [String]) throws {
        var buildingCount = 200
        var epw: String? = nil
        if let i = args.firstIndex(of: "--buildings"), i + 1 < args.count, let v = Int(args[i + 1]) { buildingCount = v }
        if let i = args.firstIndex(of: "--epw"), i + 1 < args.count { epw = args[i + 1] }
        let climate = try epw.map { try EPWReader.read(url: URL(fileURLWithPath: $0)) }
            ?? TypicalYearGenerator.generate(from: .cahors)
        let irradiance = SurfaceIrradiance(climate: climate)
        let catalogue = try MeasureCatalogue.bundled()
        let scenarios = try ScenarioSet.bundled(catalogue: catalogue)
        let verdicts = ClosureVerdictProvider { kind, facade in
            kind == .externalWallInsulation && facade?.context == .street ? .forbidden("street façade") : .allowed
        }
        let applier = ScenarioApplier(set: scenarios, catalogue: catalogue, verdicts: verdicts)
        let evaluator = Evaluator(needModel: HourlyNeedModel(irradiance: irradiance))
        let houses = (0..<buildingCount).map(house)
        let pairs = buildingCount * scenarios.scenarios.count
        print("weather: \(climate.source); \(buildingCount) buildings × \(scenarios.scenarios.count) scenarios = \(pairs) pairs")

        /// Evaluates every scenario of building i; returns a checksum (Σ primary energy) so nothing is optimised away.
        let one: @Sendable (Int) -> Double = { i in
            let (b, f) = houses[i]
            let baseline = Envelope(building: b, facades: f)
            do {
                let base = try evaluator.baselineBalance(baseline)
                var sum = 0.0
                for s in scenarios.scenarios {
                    let o = try evaluator.evaluate(applier.apply(s, to: b, facades: f, isProtected: true, baseline: baseline),
                                                   baseline: baseline, baselineBalance: base)
                    sum += o.primaryEnergyKWh + Double(o.worstOverheatingHours ?? 0)
                }
                return sum
            } catch { fatalError("building \(b.id): \(error)") }
        }
        _ = one(0)  // warm caches
        let cores = ProcessInfo.processInfo.activeProcessorCount
        for threads in Set([1, cores]).sorted() {
            let s = now()
            let checksum = [Double](unsafeUninitializedCapacity: buildingCount) { buf, done in
                nonisolated(unsafe) let out = buf
                if threads == 1 {
                    for i in 0..<buildingCount { out.initializeElement(at: i, to: one(i)) }
                } else {
                    DispatchQueue.concurrentPerform(iterations: buildingCount) { i in out.initializeElement(at: i, to: one(i)) }
                }
                done = buildingCount
            }.reduce(0, +)
            let e = now() - s
            print(String(format: "evaluate: %d pairs, %d thread(s): %.3f s → %.1f pairs/s (%.2f ms/pair), checksum %.0f",
                         pairs, threads, e, Double(pairs) / e, e / Double(pairs) * 1000, checksum))
        }
    }

    /// A deterministic varied terraced house (street façade south-ish of index i, courtyard opposite, party walls
    /// on both sides).
    static func house(_ i: Int) -> (Building, BuildingFacades) {
        let id = "bench-\(i)"
        let w = 5.0 + Double(i % 4), d = 8.0 + Double(i % 7), storeys = 2 + i % 3, sh = 3.0
        let h = Double(storeys) * sh
        let az = Double(i % 8) * 45
        let heating: [HeatingSystem] = [.electricConvector, .gasBoiler, .oilBoiler, .woodStove]
        let p = [Point2D(x: 0, y: 0), Point2D(x: w, y: 0), Point2D(x: w, y: d), Point2D(x: 0, y: d)]
        let b = Building(id: id, footprint: Polygon(exterior: p), heightM: h, storeys: storeys, period: .before1915,
                         wallMaterial: i % 2 == 0 ? .stoneRubble : .stoneDressed, wallThicknessM: 0.45 + Double(i % 4) * 0.1,
                         windowToWallRatio: 0.12 + Double(i % 5) * 0.04, heating: heating[i % 4], dwellings: storeys)
        func seg(_ k: Int, _ a: Int, _ b: Int, _ len: Double, _ azimuth: Double, party: Bool, _ ctx: FacadeContext,
                 horizon: Double) -> FacadeSegment {
            FacadeSegment(buildingID: id, index: k, start: p[a], end: p[b], lengthM: len,
                          azimuthDeg: azimuth.truncatingRemainder(dividingBy: 360), partyWallShare: party ? 1 : 0,
                          neighbourHeightM: party ? h : nil, exposedAreaM2: party ? 0 : len * h,
                          partyWallAreaM2: party ? len * h : 0, context: ctx, obstructionDistanceM: party ? nil : 6,
                          obstructionHeightM: party ? nil : 9, horizonAngleDeg: horizon)
        }
        let segs = [seg(0, 0, 1, w, az, party: false, .street, horizon: 20 + Double(i % 3) * 10),
                    seg(1, 1, 2, d, az + 90, party: true, .courtyard, horizon: 0),
                    seg(2, 2, 3, w, az + 180, party: false, .courtyard, horizon: 15),
                    seg(3, 3, 0, d, az + 270, party: true, .courtyard, horizon: 0)]
        return (b, BuildingFacades(buildingID: id, segments: segs, roofAreaM2: w * d))
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
