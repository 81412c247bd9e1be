import ArgumentParser
import BuildingModel
import Foundation

/// `renovate sample cahors --out DIR [--seed N] [--buildings N]`: generates the synthetic Cahors-style district.
struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate a synthetic sample district (footprints are synthetic, not real data).",
        discussion: """
            cahors: ≈ 2,100 terraced buildings on ≈ 32 ha between the boulevard Gambetta and the Lot, in \
            Lambert-93 (EPSG:2154), placed around the real cathedral Saint-Étienne. Same seed, same stock. \
            See docs/sample-cahors.md.
            """)

    enum District: String, ExpressibleByArgument, CaseIterable {
        case cahors
    }

    @Argument(help: "The district to generate.")
    var district: District

    @Option(help: "Output directory: buildings.gpkg and buildings.geojson are generated there, beside the sample's heritage.geojson, rules.yaml, scenarios.yaml and README.md.")
    var out: String

    @Option(help: "Random seed; the same seed gives the same files.")
    var seed: UInt64 = CahorsSampleGenerator.defaultSeed

    @Option(help: "Exact number of buildings for a scaled stock (benchmarks); the district then extends north.")
    var buildings: Int?

    func validate() throws {
        if let buildings, buildings < 1 {
            throw ValidationError("--buildings must be at least 1 (got \(buildings)).")
        }
    }

    func run() throws {
        let sample = CahorsSampleGenerator(seed: seed, targetBuildings: buildings).generateSample()
        var err = SampleStandardError()
        let b = sample.bounds
        func m(_ x: Double) -> String { String((x * 1000).rounded() / 1000) }
        print("generated \(sample.stock.buildings.count) SYNTHETIC buildings (seed \(seed)), footprint area "
              + "\(Int(sample.builtAreaM2.rounded())) m² in a district of \(Int(sample.outline.areaM2.rounded())) m²; "
              + "Lambert-93 bounds x \(m(b.minX))…\(m(b.maxX)), y \(m(b.minY))…\(m(b.maxY))", to: &err)
        let shares = StockShares(sample.stock)
        print("dwellings \(shares.dwellings), of which in vacant buildings \(shares.vacantDwellings)", to: &err)
        print("buildings sharing a party wall \(sample.buildingsSharingAWall), with a back yard "
              + "\(sample.buildingsWithYard), with a 1–5 cm digitising gap \(sample.buildingsWithDigitisingGap)", to: &err)
        print(shares.description, to: &err)
        try SampleWriting.write(sample, to: out)
    }
}

/// The one place where a generated sample becomes files: `DIR/buildings.gpkg` (layer `buildings`, plus an attribute
/// table `sample_metadata` with the synthetic notice), `DIR/buildings.geojson` (RFC 7946, WGS 84), and the sample's
/// hand-written files (`SampleFiles`).
enum SampleWriting {
    static func write(_ sample: CahorsSample, to directory: String) throws {
        let dir = URL(fileURLWithPath: directory, isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let notice = sample.metadata.first { $0.key == "notice" }?.value ?? "SYNTHETIC footprints"
        let gpkg = dir.appendingPathComponent("buildings.gpkg")
        let geojson = dir.appendingPathComponent("buildings.geojson")
        let writer = try GeoPackageWriter(url: gpkg, overwrite: true)
        writer.lastChange = CahorsSampleGenerator.fixedTimestamp  // same seed → same bytes
        try StockWriter.addBuildings(
            sample.stock, to: writer, description: "SYNTHETIC Cahors-style district (seed \(sample.seed)). \(notice)")
        try writer.addAttributeTable(
            name: "sample_metadata",
            columns: [GeoPackageColumn(name: "key", type: .text), GeoPackageColumn(name: "value", type: .text)],
            rows: sample.metadata.map { [PropertyValue.string($0.key), .string($0.value)] },
            description: "How this synthetic sample was generated")
        try writer.finish()
        try StockWriter.writeGeoJSON(sample.stock, to: geojson, overwrite: true)
        print("wrote \(gpkg.path) and \(geojson.path)")
        // The hand-written files beside them (heritage, rules, scenarios, README), so that the directory runs the
        // sample's commands on its own.
        for (name, text) in SampleFiles.cahors {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        print("wrote \(SampleFiles.cahors.map(\.name).joined(separator: ", ")) in \(dir.path)")
    }
}

/// Standard error as a `TextOutputStream`, for the summary (private: other commands may have their own).
private struct SampleStandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
