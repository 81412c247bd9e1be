import Foundation

/// The one entry point that turns a stock file into buildings ready for analysis: read and map the attributes
/// (`StockReader`: GeoJSON or GeoPackage, reprojected to Lambert-93), then check and repair every footprint
/// (`FootprintRepair`: GEOS MakeValid, one context per worker). Every building is either loaded or reported in
/// `Stock.diagnostics` with the file, its id and why.
public struct StockLoader: Sendable {
    public var readerOptions: StockReaderOptions
    /// Worker threads for the footprint repair.
    public var threads: Int

    public init(readerOptions: StockReaderOptions = StockReaderOptions(),
                threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.readerOptions = readerOptions
        self.threads = threads
    }

    /// Reads `url` (layer `layer` of a GeoPackage, default the first feature layer) and repairs the footprints.
    /// - Complexity: O(features × points).
    public func load(_ url: URL, layer: String? = nil) throws(VectorFileError) -> Stock {
        let read = try StockReader(options: readerOptions).read(url, layer: layer)
        let repaired = FootprintRepair.repairAll(read.buildings, threads: threads)
        let file = url.lastPathComponent
        return Stock(
            buildings: repaired.buildings, epsg: read.epsg,
            diagnostics: read.diagnostics + repaired.diagnostics.map { StockDiagnostic($0, file: file) })
    }
}

extension StockDiagnostic {
    /// A geometry diagnostic located in its file.
    public init(_ geometry: GeometryDiagnostic, file: String) {
        self.init(
            severity: geometry.severity == .rejected ? .rejected : .warning, file: file,
            featureID: geometry.buildingID, message: geometry.message)
    }
}
