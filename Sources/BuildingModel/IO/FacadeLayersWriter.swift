import Foundation

/// Writes a façade analysis as a GeoPackage that QGIS can style: layer `facades` (one LINESTRING per footprint
/// edge, with every `FacadeTable` segment column) and layer `buildings` (footprint POLYGONs with the per-building
/// totals of `FacadeTable`'s building level). Lambert-93 (EPSG:2154).
public enum FacadeLayersWriter {
    /// - Parameters:
    ///   - facades: the analysis, one entry per building of `buildings` (matched by id).
    ///   - buildings: the analysed buildings (their footprints become the `buildings` layer).
    /// - Complexity: O(segments).
    public static func write(
        _ facades: [BuildingFacades], buildings: [Building], epsg: Int = 2154, to url: URL, overwrite: Bool = false
    ) throws(VectorFileError) {
        let sorted = facades.sorted { $0.buildingID < $1.buildingID }
        let footprints = Dictionary(buildings.map { ($0.id, $0.footprint) }, uniquingKeysWith: { first, _ in first })
        let writer = try GeoPackageWriter(url: url, overwrite: overwrite)

        let segmentTable = FacadeTable(sorted, level: .segment)
        let segments = sorted.flatMap { $0.segments.sorted { $0.index < $1.index } }
        try writer.addFeatureLayer(
            name: "facades", geometryType: .lineString, srsID: epsg, columns: columns(of: segmentTable),
            rows: zip(segments, segmentTable.rows).map { segment, cells in
                (FeatureGeometry.lineString([segment.start, segment.end]), cells.map(value))
            },
            description: "renovate façade analysis: one line per footprint edge (party-wall share, exposed area, "
                + "orientation, street or courtyard, obstruction)")

        let buildingTable = FacadeTable(sorted, level: .building)
        let rows: [(FeatureGeometry, [PropertyValue])] = zip(sorted, buildingTable.rows).compactMap { b, cells in
            footprints[b.buildingID].map { (FeatureGeometry.polygon($0), cells.map(value)) }
        }
        try writer.addFeatureLayer(
            name: "buildings", geometryType: .polygon, srsID: epsg, columns: columns(of: buildingTable), rows: rows,
            description: "renovate façade analysis: per-building totals (exposed and party-wall areas by orientation)")
        try writer.finish()
    }

    /// Column types from the table's cells: text stays TEXT, numbers printed without decimals are INTEGER,
    /// other numbers (and columns that may be null) REAL.
    static func columns(of table: FacadeTable) -> [GeoPackageColumn] {
        table.columns.enumerated().map { index, name in
            let cells = table.rows.lazy.map { $0[index] }
            let type: GeoPackageColumnType
            if cells.contains(where: { if case .text = $0 { true } else { false } }) {
                type = .text
            } else if !cells.isEmpty, cells.allSatisfy({ if case .number(_, 0) = $0 { true } else { false } }) {
                type = .integer
            } else {
                type = .real
            }
            return GeoPackageColumn(name: name, type: type)
        }
    }

    static func value(_ cell: FacadeTable.Cell) -> PropertyValue {
        switch cell {
        case .text(let s): .string(s)
        case .number(let v, 0): .int(Int(v.rounded()))
        case .number(let v, _): .double(v)
        case .null: .null
        }
    }
}
