import BuildingModel
import Foundation

/// The heritage map's two layers in a results GeoPackage: `heritage_perimeters` (MULTIPOLYGON: `kind` spr / pda /
/// abords-500m, `name`, `protection`) and `heritage_monuments` (POINT: `name`, `protection`). Written only when
/// the run had heritage layers; a results file without them reads as an empty map.
enum HeritageMapLayers {
    static let perimetersLayer = "heritage_perimeters"
    static let monumentsLayer = "heritage_monuments"

    static let perimeterColumns: [GeoPackageColumn] = [
        .init(name: "kind", type: .text), .init(name: "name", type: .text), .init(name: "protection", type: .text),
    ]
    static let monumentColumns: [GeoPackageColumn] = [
        .init(name: "name", type: .text), .init(name: "protection", type: .text),
    ]

    static func add(_ map: HeritageMap, to writer: GeoPackageWriter) throws(VectorFileError) {
        guard !map.isEmpty else { return }
        try writer.addFeatureLayer(
            name: perimetersLayer, geometryType: .multiPolygon, columns: perimeterColumns,
            rows: map.perimeters.map { p in
                (FeatureGeometry.multiPolygon(p.polygons),
                 [PropertyValue.string(p.kind.rawValue), .string(p.name), .string(p.protection)])
            },
            description: "Protected perimeters: Sites Patrimoniaux Remarquables, delimited surroundings (PDA), 500 m around monuments")
        try writer.addFeatureLayer(
            name: monumentsLayer, geometryType: .point, columns: monumentColumns,
            rows: map.monuments.map { m in
                (FeatureGeometry.point(m.point), [PropertyValue.string(m.name), .string(m.protection)])
            },
            description: "Listed monuments (monuments historiques)")
        try writer.describeColumns(of: perimetersLayer, [
            .init("kind", title: "Kind of perimeter",
                  description: "spr: Site Patrimonial Remarquable; pda: delimited surroundings of a monument; abords-500m: 500 m around a monument without a PDA (Code du patrimoine L.621-30)"),
            .init("name", title: "Name", description: "The perimeter's name, or the monument it surrounds"),
            .init("protection", title: "Protection", description: "PSMV or PVAP for an SPR, PDA, or the monument's classé / inscrit"),
        ])
        try writer.describeColumns(of: monumentsLayer, [
            .init("name", title: "Monument", description: "Name of the listed monument (its centroid for a polygon)"),
            .init("protection", title: "Protection", description: "classé or inscrit"),
        ])
        try writer.addQGISStyle(table: perimetersLayer, name: "Protected perimeters", qml: perimeterQML,
                                description: "Outlines: SPR solid, PDA dashed, 500 m dotted", isDefault: true)
        try writer.addQGISStyle(table: monumentsLayer, name: "Listed monuments", qml: monumentQML,
                                description: "A purple dot per monument", isDefault: true)
    }

    /// Rule-based outlines without fill, one rule per `HeritagePerimeter.Kind` (the report's colours).
    static var perimeterQML: String {
        let styles: [(HeritagePerimeter.Kind, String, String, String)] = [
            (.zone, "106,27,154", "solid", "0.8"), (.delimitedSurroundings, "106,27,154", "dash", "0.6"),
            (.surroundingsRadius, "31,63,115", "dot", "0.5"),
        ]
        var rules = "", symbols = ""
        for (i, (kind, colour, line, width)) in styles.enumerated() {
            rules += QGISStyleXML.rule(key: kind.rawValue, label: kind.label, symbol: i, filter: "\"kind\" = '\(kind.rawValue)'")
            symbols += QGISStyleXML.fillSymbol(i, .init(colour: colour, style: "no", outlineColour: colour,
                                                        outlineStyle: line, outlineWidthMM: width))
        }
        return QGISStyleXML.ruleRenderer(rules: rules, symbols: symbols, geometryType: 2)
    }

    static let monumentQML = """
        <!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
        <qgis version="3.34.0" styleCategories="Symbology">
          <renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0" referencescale="-1">
            <symbols>
              <symbol type="marker" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
                <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
                  <Option type="Map">
                    <Option name="name" type="QString" value="circle"/>
                    <Option name="color" type="QString" value="106,27,154,255"/>
                    <Option name="outline_color" type="QString" value="255,255,255,255"/>
                    <Option name="size" type="QString" value="3"/>
                    <Option name="size_unit" type="QString" value="MM"/>
                  </Option>
                </layer>
              </symbol>
            </symbols>
          </renderer-v2>
          <layerGeometryType>0</layerGeometryType>
        </qgis>

        """

    /// The map of a results file (empty when the file has no heritage layers).
    static func read(_ url: URL) throws(VectorFileError) -> HeritageMap {
        let names = Set(try GeoPackageReader.layers(in: url).map(\.name))
        var map = HeritageMap()
        if names.contains(perimetersLayer) {
            for f in try GeoPackageReader.read(url, layer: perimetersLayer) {
                let polygons: [Polygon]
                switch f.geometry {
                case .polygon(let p)?: polygons = [p]
                case .multiPolygon(let ps)?: polygons = ps
                default: continue
                }
                let kind = f.properties["kind"]?.stringValue.flatMap(HeritagePerimeter.Kind.init(rawValue:)) ?? .zone
                map.perimeters.append(HeritagePerimeter(
                    kind: kind, name: f.properties["name"]?.stringValue ?? "",
                    protection: f.properties["protection"]?.stringValue ?? "", polygons: polygons))
            }
        }
        if names.contains(monumentsLayer) {
            for f in try GeoPackageReader.read(url, layer: monumentsLayer) {
                guard case .point(let p)? = f.geometry else { continue }
                map.monuments.append(HeritageMonumentMark(
                    name: f.properties["name"]?.stringValue ?? "", protection: f.properties["protection"]?.stringValue ?? "",
                    point: p))
            }
        }
        return map
    }
}
