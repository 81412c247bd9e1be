import BuildingModel

/// The QGIS hand-off of a results file: field titles and descriptions (`gpkg_data_columns`), one features view per
/// scenario (`scenario_<id>`: each building's footprint with its results under that scenario), and a default
/// QGIS style on the `buildings` layer and on every scenario view, so that the file opens as a map of DPE classes
/// with the heritage-blocked buildings hatched instead of grey polygons.
enum ResultsQGIS {
    /// The official DPE colours (A dark green … G red, as on the label), RGB.
    static let classColours: [(DPEClass, String)] = [
        (.a, "0,156,109"), (.b, "82,177,83"), (.c, "120,189,118"), (.d, "244,231,15"), (.e, "240,181,15"),
        (.f, "235,130,53"), (.g, "215,34,31"),
    ]

    /// The name of a scenario's view.
    static func viewName(scenario id: String) -> String { "scenario_\(id)" }

    /// Adds the descriptions, the scenario views and the styles to a results file being written (after its
    /// `buildings` layer and `results` table).
    static func add(to writer: GeoPackageWriter, resultColumns: [String], scenarios: [ReportScenario],
                    storeyColumns: [String] = []) throws(VectorFileError) {
        try writer.describeColumns(of: "buildings", ResultsColumnDescriptions.buildings)
        try writer.describeColumns(of: "results", resultColumns.compactMap(ResultsColumnDescriptions.describe(resultsColumn:)))
        if !storeyColumns.isEmpty {
            try writer.describeColumns(of: "storeys", (["building_id", "scenario_id"] + storeyColumns)
                .compactMap(ResultsColumnDescriptions.describe(storeyColumn:)))
        }
        try writer.addQGISStyle(
            table: "buildings", name: "DPE class today",
            qml: qml(classField: "class_before", hatchWhere: "\"blocked\" = 1",
                     hatchLabel: "a scenario is blocked by the heritage rules"),
            description: "Buildings coloured by today's DPE class; hatched where the heritage rules block a scenario",
            isDefault: true)
        let attributes = resultColumns.filter { $0 != "building_id" }.map { "r.\"\($0)\"" }.joined(separator: ", ")
        for s in scenarios {
            let view = viewName(scenario: s.id)
            try writer.addFeatureView(
                name: view,
                select: "SELECT r.fid AS fid, b.geom AS geom, b.id AS building_id, \(attributes) FROM results r "
                    + "JOIN buildings b ON b.id = r.building_id WHERE r.scenario_id = '\(s.id.replacingOccurrences(of: "'", with: "''"))'",
                geometryType: .polygon, extentOf: "buildings",
                description: "Scenario \(s.id) (\(s.name)): each building with its results")
            try writer.describeColumns(of: view, (["building_id"] + resultColumns.filter { $0 != "building_id" })
                .compactMap(ResultsColumnDescriptions.describe(resultsColumn:)))
            try writer.addQGISStyle(
                table: view, name: "DPE class after \(s.id)",
                qml: qml(classField: "class_after", hatchWhere: "\"heritage\" = 'blocked'",
                         hatchLabel: "blocked by the heritage rules (stays as today)"),
                description: "Buildings coloured by their DPE class after \(s.name); hatched where it is blocked",
                isDefault: true)
        }
    }

    /// A QGIS rule-based style: one fill per DPE class of `classField`, and a black diagonal hatch over the
    /// features matching `hatchWhere` (a QGIS expression).
    static func qml(classField: String, hatchWhere: String, hatchLabel: String) -> String {
        var rules = ""
        var symbols = ""
        for (i, (c, colour)) in classColours.enumerated() {
            rules += QGISStyleXML.rule(key: "class-\(c.rawValue)", label: c.rawValue, symbol: i,
                                       filter: "\"\(classField)\" = '\(c.rawValue)'")
            symbols += QGISStyleXML.fillSymbol(i, .init(colour: colour, style: "solid"))
        }
        let hatch = classColours.count
        rules += QGISStyleXML.rule(key: "hatch", label: hatchLabel, symbol: hatch, filter: hatchWhere)
        symbols += QGISStyleXML.fillSymbol(hatch, .init(colour: "0,0,0", style: "b_diagonal", outlineStyle: "no"))
        return QGISStyleXML.ruleRenderer(rules: rules, symbols: symbols, geometryType: 2)
    }
}
