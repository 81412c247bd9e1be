import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GRDB
import Testing
import TestSupport

/// The results file as QGIS opens it: every field described, one layer per scenario, a default style per layer
/// (DPE class colours, heritage-blocked hatched), still a valid GeoPackage for GDAL.
@Suite struct ResultsQGISTests {
    static let run = SimulateFixture.simulatedResults(buildings: 12)

    @Test func everyFieldOfTheBuildingsAndResultsIsDescribed() throws {
        let db = try DatabaseQueue(path: try Self.run.get().path)
        try db.read { db in
            for table in ["buildings", "results"] {
                let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\"\(table)\")").map { $0["name"] as String }
                    .filter { $0 != "fid" && $0 != "geom" }
                let described = try Row.fetchAll(
                    db, sql: "SELECT column_name, name, title, description FROM gpkg_data_columns WHERE table_name = ?",
                    arguments: [table])
                let byColumn = Dictionary(uniqueKeysWithValues: described.map { ($0["column_name"] as String, $0) })
                for c in columns {
                    let row = try #require(byColumn[c], "\(table).\(c) has no description")
                    #expect(!(row["title"] as String).isEmpty && !(row["description"] as String).isEmpty)
                }
            }
            let ext = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_schema'")
            #expect(ext == 2)
        }
    }

    @Test func eachScenarioIsALayerWithAStyle() throws {
        let db = try DatabaseQueue(path: try Self.run.get().path)
        try db.read { db in
            let scenarios = try String.fetchAll(db, sql: "SELECT id FROM scenarios ORDER BY fid")
            #expect(Set(scenarios) == SimulateFixture.scenarioIDs)
            let buildings = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM buildings") ?? 0
            for id in scenarios {
                let view = "scenario_\(id)"
                #expect(try String.fetchOne(db, sql: "SELECT data_type FROM gpkg_contents WHERE table_name = ?", arguments: [view]) == "features")
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(view)\" WHERE geom IS NOT NULL") == buildings)
                // The view's rows are that scenario's results.
                let classes = try String.fetchAll(db, sql: "SELECT class_after FROM \"\(view)\" ORDER BY building_id")
                let expected = try String.fetchAll(
                    db, sql: "SELECT class_after FROM results WHERE scenario_id = ? ORDER BY building_id", arguments: [id])
                #expect(classes == expected)
            }
            let styles = try Row.fetchAll(db, sql: "SELECT f_table_name, styleQML, useAsDefault FROM layer_styles")
            let heritageLayers: Set = ["heritage_perimeters", "heritage_monuments"]
            #expect(Set(styles.map { $0["f_table_name"] as String })
                    == Set(["buildings"] + scenarios.map { "scenario_\($0)" }).union(heritageLayers))
            for style in styles {
                let qml: String = style["styleQML"], table: String = style["f_table_name"]
                #expect(style["useAsDefault"] as Bool)
                #expect(XMLParser(data: Data(qml.utf8)).parse(), "the QML of \(table) is not well-formed XML")
                if table == "heritage_perimeters" {
                    for kind in ["spr", "pda", "abords-500m"] { #expect(qml.contains("key=\"\(kind)\"")) }
                } else if table == "heritage_monuments" {
                    #expect(qml.contains("SimpleMarker"))
                } else {
                    for c in ["A", "B", "C", "D", "E", "F", "G"] { #expect(qml.contains("label=\"\(c)\"")) }
                    #expect(qml.contains("b_diagonal"))
                }
            }
            // Every field of the heritage layers is described.
            for layer in heritageLayers {
                let described = try String.fetchAll(db, sql: "SELECT column_name FROM gpkg_data_columns WHERE table_name = ?", arguments: [layer])
                let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\"\(layer)\")").map { $0["name"] as String }
                    .filter { $0 != "fid" && $0 != "geom" }
                #expect(Set(described) == Set(columns), "\(layer)")
            }
        }
    }

    @Test(.enabled(if: ExternalTools.gdalAvailable, "GDAL tools (ogrinfo, validate_gpkg.py) are absent"))
    func gdalListsTheScenarioLayersAndTheStyles() throws {
        let check = try ExternalTools.checkGeoPackage(try Self.run.get().path)
        #expect(!check.ogrinfo.contains("Warning") && !check.ogrinfo.contains("ERROR"), "\(check.ogrinfo)")
        for layer in ["scenario_baseline", "scenario_attic-only", "layer_styles", "heritage_perimeters", "heritage_monuments"] {
            #expect(check.ogrinfo.contains("Layer name: \(layer)"), "layer \(layer)")
        }
        #expect(check.validatorStatus == 0, "\(check.validator)")
    }
}
