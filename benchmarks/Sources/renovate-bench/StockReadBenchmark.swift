import BuildingModel
import Foundation

/// `renovate-bench read-stock FILE [LAYER]`: time to read a vector file into features and then into a Stock.
enum StockReadBenchmark {
    static func run(_ arguments: [String]) throws {
        guard let path = arguments.first else {
            print("usage: renovate-bench read-stock FILE [LAYER]")
            return
        }
        let url = URL(fileURLWithPath: path)
        let layer = arguments.dropFirst().first
        let clock = ContinuousClock()
        var features: [Feature] = []
        let tRead = try clock.measure { features = try VectorFile.read(url, layer: layer) }
        var stock = Stock(buildings: [])
        let tMap = clock.measure { stock = StockReader().stock(from: features, file: url.lastPathComponent) }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("renovate-bench-\(UUID().uuidString).gpkg")
        defer { try? FileManager.default.removeItem(at: out) }
        let tWrite = try clock.measure { try StockWriter.writeGeoPackage(stock, to: out) }
        let rejected = stock.diagnostics.filter { $0.severity == .rejected }.count
        let warnings = stock.diagnostics.count - rejected
        // Checksum so the work cannot be optimised away.
        let heightSum = stock.buildings.reduce(0) { $0 + $1.heightM }
        print("""
            \(url.lastPathComponent)\(layer.map { " [\($0)]" } ?? ""): \(features.count) features
              read + reproject: \(tRead)
              map to buildings: \(tMap)
              total:            \(tRead + tMap)
              write GeoPackage: \(tWrite) (layer buildings, R-tree)
              buildings \(stock.buildings.count), rejected \(rejected), warnings \(warnings), height sum \(heightSum) m
            """)
        for d in stock.diagnostics.prefix(5) { print("  \(d)") }
    }
}
