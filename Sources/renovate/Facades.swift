import ArgumentParser
import BuildingModel
import Foundation

struct Facades: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse façades: party walls, exposed area per orientation, street or courtyard, obstruction.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case gpkg, csv, json
    }

    @Argument(help: "Building stock: GeoPackage (.gpkg) or GeoJSON (.geojson, .json).")
    var stock: String

    @Option(help: "Output file: .gpkg (layers facades and buildings), .csv or .json.")
    var out: String

    @Flag(help: "Replace the output file if it exists.")
    var overwrite = false

    @Option(help: "Layer of a GeoPackage stock (default: the first feature layer).")
    var layer: String?

    @Option(help: "Output format (default: from the extension of --out; gpkg writes both layers).")
    var format: Format?

    @Option(help: "One row per façade segment or per building (csv and json).")
    var level: FacadeTable.Level = .segment

    @Option(help: "Walls closer than this many metres are one party wall.")
    var toleranceM: Double = FacadeOptions().partyWallToleranceM

    @OptionGroup var threadOptions: ThreadOptions
    var threads: Int { threadOptions.count }

    private var resolvedFormat: Format {
        format ?? Format(rawValue: URL(fileURLWithPath: out).pathExtension.lowercased()) ?? .gpkg
    }

    func validate() throws {
        guard toleranceM >= 0 else { throw ValidationError("Please give a tolerance of 0 m or more (got \(toleranceM)).") }
    }

    func run() throws {
        let buildings = try readStock()
        let analysis = FacadeAnalyzer.analyze(
            buildings, options: FacadeOptions(partyWallToleranceM: toleranceM), threads: threads)
        for diagnostic in analysis.diagnostics {
            FileHandle.standardError.write(Data("\(stock): \(diagnostic)\n".utf8))
        }
        let url = URL(fileURLWithPath: out)
        switch resolvedFormat {
        case .gpkg:
            try FacadeLayersWriter.write(analysis.facades, buildings: buildings, to: url, overwrite: overwrite)
        case .csv, .json:
            if !overwrite, FileManager.default.fileExists(atPath: out) {
                throw ValidationError("\(out) exists: pass --overwrite to replace it.")
            }
            let table = FacadeTable(analysis.facades, level: level)
            try Data((resolvedFormat == .csv ? table.csv() : table.json()).utf8).write(to: url, options: .atomic)
        }
        let share = FacadeStatistics(analysis.facades)
        print("\(analysis.facades.count) buildings analysed, \(share.summary); wrote \(out)")
    }

    /// Reads and repairs the stock; every rejected or repaired building is reported on standard error.
    private func readStock() throws -> [Building] {
        let loaded = try StockLoader(threads: threads).load(URL(fileURLWithPath: stock), layer: layer)
        for diagnostic in loaded.diagnostics { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
        for line in loaded.inputSummary { FileHandle.standardError.write(Data("\(stock): \(line)\n".utf8)) }
        return loaded.buildings
    }
}

extension FacadeTable.Level: ExpressibleByArgument {}
