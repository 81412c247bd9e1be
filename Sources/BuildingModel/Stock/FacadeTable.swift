import Foundation

/// Façade analysis results as a table for CSV or JSON output: one row per segment or per building,
/// sorted by building id then segment index, numbers with fixed decimals so output is reproducible.
public struct FacadeTable: Sendable, Hashable {
    /// What one row describes.
    public enum Level: String, Sendable, CaseIterable, Codable {
        case segment, building
    }

    /// A table cell: text, a number with its decimals, or missing.
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Double, decimals: Int)
        case null

        /// The cell as CSV/JSON number text (no quoting).
        var formatted: String {
            switch self {
            case .text(let s): s
            case .number(let v, let decimals):
                // No "-0.00": a value that rounds to zero prints without a sign.
                { $0.hasPrefix("-") && Double($0) == 0 ? String($0.dropFirst()) : $0 }(
                    String(format: "%.\(decimals)f", v))
            case .null: ""
            }
        }
    }

    public var columns: [String]
    public var rows: [[Cell]]

    public init(_ facades: [BuildingFacades], level: Level = .segment) {
        let sorted = facades.enumerated().sorted {
            $0.element.buildingID != $1.element.buildingID
                ? $0.element.buildingID < $1.element.buildingID : $0.offset < $1.offset
        }.map(\.element)
        switch level {
        case .segment:
            columns = [
                "building_id", "segment", "start_x", "start_y", "end_x", "end_y", "length_m", "azimuth_deg",
                "orientation", "context", "party_wall_share", "neighbour_height_m", "exposed_area_m2",
                "party_wall_area_m2", "obstruction_distance_m", "obstruction_height_m", "horizon_angle_deg",
            ]
            rows = sorted.flatMap { b in
                b.segments.sorted { $0.index < $1.index }.map { s in
                    [
                        .text(s.buildingID), .number(Double(s.index), decimals: 0),
                        .number(s.start.x, decimals: 3), .number(s.start.y, decimals: 3),
                        .number(s.end.x, decimals: 3), .number(s.end.y, decimals: 3),
                        .number(s.lengthM, decimals: 3), .number(s.azimuthDeg, decimals: 1),
                        .text(s.orientation.rawValue), .text(s.context.rawValue),
                        .number(s.partyWallShare, decimals: 3), Self.optional(s.neighbourHeightM, 2),
                        .number(s.exposedAreaM2, decimals: 2), .number(s.partyWallAreaM2, decimals: 2),
                        Self.optional(s.obstructionDistanceM, 2), Self.optional(s.obstructionHeightM, 2),
                        .number(s.horizonAngleDeg, decimals: 1),
                    ]
                }
            }
        case .building:
            columns =
                ["building_id", "roof_area_m2", "exposed_wall_area_m2", "party_wall_area_m2", "party_wall_length_share"]
                + Orientation.allCases.map { "exposed_\($0.rawValue)_m2" }
                + ["courtyard_exposed_area_m2", "street_exposed_area_m2"]
            rows = sorted.map { b in
                let byOrientation = b.exposedAreaByOrientation
                let courtyard = b.segments.filter { $0.context == .courtyard }.reduce(0) { $0 + $1.exposedAreaM2 }
                return [
                    .text(b.buildingID), .number(b.roofAreaM2, decimals: 2), .number(b.exposedWallAreaM2, decimals: 2),
                    .number(b.partyWallAreaM2, decimals: 2), .number(b.partyWallLengthShare, decimals: 3),
                ]
                    + Orientation.allCases.map { .number(byOrientation[$0] ?? 0, decimals: 2) }
                    + [
                        .number(courtyard, decimals: 2), .number(b.exposedWallAreaM2 - courtyard, decimals: 2),
                    ]
            }
        }
    }

    /// RFC 4180 CSV with a header line; text is quoted when it holds a comma, quote or line break.
    public func csv() -> String {
        var out = columns.joined(separator: ",") + "\n"
        for row in rows {
            out += row.map { cell in
                guard case .text(let s) = cell else { return cell.formatted }
                return TextEscaping.csvField(s)
            }.joined(separator: ",") + "\n"
        }
        return out
    }

    /// A JSON array of objects, keys in column order, one object per line.
    public func json() -> String {
        guard !rows.isEmpty else { return "[]\n" }
        let objects = rows.map { row in
            "  {" + zip(columns, row).map { name, cell in
                let value: String =
                    switch cell {
                    case .text(let s): TextEscaping.jsonString(s)
                    case .number: cell.formatted
                    case .null: "null"
                    }
                return "\(TextEscaping.jsonString(name)): \(value)"
            }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    private static func optional(_ v: Double?, _ decimals: Int) -> Cell {
        v.map { .number($0, decimals: decimals) } ?? .null
    }
}
