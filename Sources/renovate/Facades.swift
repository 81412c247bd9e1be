import ArgumentParser
import BuildingModel

struct Facades: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse façades: party walls, exposed area per orientation, street or courtyard, obstruction.")

    @Argument(help: "Building stock: GeoPackage (.gpkg) or GeoJSON (.geojson, .json).")
    var stock: String

    @Option(help: "Output file.")
    var out: String

    func run() throws {
        throw ValidationError("renovate facades: not yet implemented (issue 2 in progress)")
    }
}
