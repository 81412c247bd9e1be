import ArgumentParser
import BuildingModel
import Foundation

struct Facades: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse façades: party walls, exposed area per orientation, street or courtyard, obstruction.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    @Argument(help: "Building stock: GeoPackage (.gpkg) or GeoJSON (.geojson, .json).")
    var stock: String

    @Option(help: "Output file.")
    var out: String

    @Option(help: "Output format.")
    var format: Format = .csv

    @Option(help: "One row per façade segment or per building.")
    var level: FacadeTable.Level = .segment

    @Option(help: "Walls closer than this many metres are one party wall.")
    var toleranceM: Double = FacadeOptions().partyWallToleranceM

    @Option(help: "Worker threads (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard toleranceM >= 0 else { throw ValidationError("Please give a tolerance of 0 m or more (got \(toleranceM)).") }
        guard threads >= 1 else { throw ValidationError("Please give at least 1 thread (got \(threads)).") }
    }

    func run() throws {
        let buildings = try readStock()
        let analysis = FacadeAnalyzer.analyze(
            buildings, options: FacadeOptions(partyWallToleranceM: toleranceM), threads: threads)
        for diagnostic in analysis.diagnostics {
            FileHandle.standardError.write(Data("\(stock): \(diagnostic)\n".utf8))
        }
        let table = FacadeTable(analysis.facades, level: level)
        let text = format == .csv ? table.csv() : table.json()
        try Data(text.utf8).write(to: URL(fileURLWithPath: out))
    }

    /// Reads the stock file. Wired by the lead once the GeoPackage/GeoJSON stock reader lands.
    private func readStock() throws -> [Building] {
        throw ValidationError("renovate facades: reading \(stock) is not yet implemented (the stock reader is in progress)")
    }
}

extension FacadeTable.Level: ExpressibleByArgument {}
