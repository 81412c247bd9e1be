/// Errors of the heritage module: rule files, heritage layers, unknown buildings.
///
/// Each case says where (file, line, field, feature id) and what was expected, with a "did you mean" hint
/// when a close valid name exists.
public enum HeritageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A rule file is not valid: `file:line:column: field "…": message (did you mean …?)`.
    case ruleFile(file: String, line: Int?, column: Int?, field: String, message: String, hint: String?)
    /// A feature of a heritage layer has a missing or invalid attribute or geometry.
    case layer(featureID: String, field: String, value: String?, expected: String)
    /// No building with this id; the closest ids are listed.
    case unknownBuilding(id: String, closest: [String])
    /// The façade analysis given does not belong to the building.
    case facadesMismatch(buildingID: String, facadesBuildingID: String)
    /// An error in one layer of a heritage GeoPackage.
    indirect case inLayer(String, HeritageError)

    public var description: String {
        switch self {
        case let .ruleFile(file, line, column, field, message, hint):
            var place = file
            if let line { place += ":\(line)" }
            if let column { place += ":\(column)" }
            var text = "\(place): field \"\(field)\": \(message)"
            if let hint { text += " (\(hint))" }
            return text
        case let .layer(featureID, field, value, expected):
            let shown = value.map { "\"\($0)\"" } ?? "missing"
            return "heritage layer: feature \"\(featureID)\": field \"\(field)\": \(shown) — expected \(expected)"
        case let .unknownBuilding(id, closest):
            let list = closest.isEmpty ? "the stock is empty" : "closest ids: " + closest.joined(separator: ", ")
            return "no building with id \"\(id)\" in the stock; \(list)"
        case let .facadesMismatch(buildingID, facadesBuildingID):
            return "façade analysis is for building \"\(facadesBuildingID)\", not \"\(buildingID)\""
        case let .inLayer(layer, error):
            return "layer \"\(layer)\": \(error.description)"
        }
    }
}
