import ArgumentParser
import BuildingModel
import Dispatch
import Foundation

/// `renovate covisibility STOCK --heritage H`: which buildings within 500 m of each monument without a PDA are
/// co-visible with it (sight lines over the stock in 2.5D), with the evidence and the time taken.
struct CoVisibilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "covisibility",
        abstract: "Decide co-visibility with the listed monuments by line of sight (2.5D), building by building.",
        discussion: """
            For every monument without a delimited perimeter (PDA), every building within 500 m is co-visible when \
            it is seen from the monument's top or together with it from public space; the method and its choices \
            are in docs/heritage-rules.md. text: one line per monument; csv: one row per (building, monument) with \
            the evidence.
            """)

    @Argument(help: "Building stock: GeoPackage (.gpkg) or GeoJSON (.geojson, .json).")
    var stock: String

    @Option(help: "Heritage layers (GeoPackage or GeoJSON); repeat for several files.")
    var heritage: [String] = []

    @Option(help: "Layer of the stock GeoPackage to read.")
    var layer: String?

    @Option(help: "Output: text or csv.")
    var format: OutputFormat = .text

    @Option(help: "Threads (default: the machine's cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, csv }

    func validate() throws {
        for path in [stock] + heritage where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("\(path): no such file. Please check the path.")
        }
        guard !heritage.isEmpty else { throw ValidationError("give the monuments with --heritage FILE") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        var layers = HeritageLayers()
        for path in heritage { layers = layers.merged(with: try HeritageLayers.read(URL(fileURLWithPath: path))) }
        let loaded = try StockLoader(threads: threads).load(URL(fileURLWithPath: stock), layer: layer)
        let start = DispatchTime.now()
        let analysis = CoVisibilityAnalysis(buildings: loaded.buildings, layers: layers, threads: threads)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let monuments = layers.monuments.filter { analysis.monuments[$0.id] != nil }
        switch format {
        case .text:
            var pairs = 0, coVisible = 0
            var buildingsNear = Set<String>(), buildingsCoVisible = Set<String>()
            for m in monuments {
                let v = analysis.verdicts[m.id] ?? [:], sight = analysis.monuments[m.id]!
                let fromTop = v.values.filter { $0.kind == .visibleFromMonument }.count
                let together = v.values.filter { $0.kind == .visibleTogether }.count
                pairs += v.count
                coVisible += fromTop + together
                buildingsNear.formUnion(v.keys)
                buildingsCoVisible.formUnion(v.filter { $0.value.isCoVisible }.keys)
                print("\(m.name): \(fromTop + together) of \(v.count) buildings within 500 m co-visible "
                      + "(\(Self.percent(fromTop + together, v.count))): \(fromTop) seen from its top, \(together) only with it from public space; "
                      + "height \(String(format: "%.1f", sight.heightM)) m (\(sight.heightSource)), "
                      + "\(sight.viewpointsSeeingIt) of \(sight.viewpointsTried) public viewpoints see it")
            }
            print("\(buildingsCoVisible.count) of \(buildingsNear.count) buildings within 500 m of a monument without a PDA are "
                  + "co-visible with at least one (\(Self.percent(buildingsCoVisible.count, buildingsNear.count))); "
                  + "\(coVisible) of \(pairs) (building, monument) pairs; \(loaded.buildings.count) buildings in the stock; "
                  + "\(String(format: "%.2f", seconds)) s on \(threads) thread\(threads == 1 ? "" : "s")")
        case .csv:
            print("building_id,monument_id,monument,verdict,viewpoint_x,viewpoint_y,viewpoint_height_m,azimuth_deg,sight_distance_m,evidence")
            for m in monuments {
                for (id, v) in (analysis.verdicts[m.id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                    let fields: [String] = [
                        id, m.id, m.name, v.kind.rawValue,
                        v.viewpoint.map { String(format: "%.1f", $0.x) } ?? "", v.viewpoint.map { String(format: "%.1f", $0.y) } ?? "",
                        v.viewpointHeightM.map { String(format: "%.1f", $0) } ?? "", v.azimuthDeg.map { String(format: "%.2f", $0) } ?? "",
                        v.sightDistanceM.map { String(format: "%.1f", $0) } ?? "", v.evidence,
                    ]
                    print(fields.map(TextEscaping.csvField).joined(separator: ","))
                }
            }
        }
    }

    static func percent(_ n: Int, _ total: Int) -> String {
        total == 0 ? "n/a" : String(format: "%.1f %%", 100 * Double(n) / Double(total))
    }
}
