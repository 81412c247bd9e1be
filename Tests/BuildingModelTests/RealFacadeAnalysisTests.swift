import Foundation
import Testing
import TestSupport
@testable import BuildingModel

/// Façade analysis on real footprints nobody here drew: the Périgueux historic centre (BDNB, 4,117 buildings,
/// ../shared/data/stock/perigueux). Skipped when ../shared is absent.
@Suite(.enabled(if: SharedData.has("data/stock/perigueux/bdnb_batiment_construction_perigueux_centre.geojson"),
                "../shared/data/stock/perigueux is absent"))
struct RealFacadeAnalysisTests {
    static let centre = SharedData.url("data/stock/perigueux/bdnb_batiment_construction_perigueux_centre.geojson")

    /// Every building is loaded and analysed or reported; the party-wall share of the wall length agrees with an
    /// independent estimate made with GDAL/OGR on the same file (each boundary ∩ the union of the neighbours'
    /// boundaries buffered by 0.3 m: 32.7 %, which slightly over-counts the corners our per-edge test excludes).
    @Test func partyWallShareOfTheHistoricCentre() throws {
        let stock = try StockLoader(threads: 2).load(Self.centre)
        let rejected = stock.diagnostics.filter { $0.severity == .rejected }
        #expect(stock.buildings.count + rejected.count == 4117)
        let analysis = FacadeAnalyzer.analyze(stock.buildings, threads: 2)
        #expect(analysis.facades.count == stock.buildings.count - analysis.diagnostics.filter { $0.severity == .rejected }.count)
        let stats = FacadeStatistics(analysis.facades)
        #expect(stats.partyWallLengthShare > 0.28 && stats.partyWallLengthShare < 0.34, "share \(stats.partyWallLengthShare)")
        // Some façades face enclosed courtyards in a dense medieval centre; most exposed area faces streets.
        #expect(stats.courtyardExposedAreaM2 > 0)
        #expect(stats.courtyardExposedAreaM2 < stats.exposedWallAreaM2 / 2)
    }
}
