import Foundation
import Testing
import TestSupport

/// Whether Python's geopandas is importable (scripts/test.sh installs it from PyPI when it can).
private let geopandasAvailable: Bool = {
    (try? ExternalTools.run("/usr/bin/env", ["python3", "-c", "import geopandas"]).status) == 0
}()

/// Researchers load our outputs in geopandas: the shipped sample and a results GeoPackage open with the right
/// CRS and row counts.
@Suite(.enabled(if: geopandasAvailable, "python3 with geopandas is absent"))
struct GeoPandasTests {
    @Test func sampleAndResultsLoadInGeoPandas() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 12)
        let out = dir.appendingPathComponent("r.gpkg")
        let run = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: out))
        #expect(run.status == 0, "\(run.stderr)")
        let sample = SharedData.repositoryRoot.appendingPathComponent("samples/cahors/buildings.gpkg").path
        let script = """
            import geopandas as gpd, sys
            s = gpd.read_file(sys.argv[1], layer="buildings")
            b = gpd.read_file(sys.argv[2], layer="buildings")
            r = gpd.read_file(sys.argv[2], layer="results")
            print(len(s), s.crs.to_epsg(), len(b), b.crs.to_epsg(), len(r), int(r["building_id"].nunique()))
            """
        let py = try ExternalTools.run("/usr/bin/env", ["python3", "-c", script, sample, out.path])
        #expect(py.status == 0, "\(py.output)")
        let fields = py.output.split(whereSeparator: \.isWhitespace).suffix(6).map(String.init)
        #expect(fields == ["2151", "2154", "12", "2154", "\(12 * 4)", "12"], "\(py.output)")
    }
}
