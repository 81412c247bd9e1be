import Foundation

/// An ADEME DPE XML document (schema versions 2 to 2.6) as read, before mapping to the engine's input.
///
/// Checks what every chapter relies on: the schema version, the model (existing dwelling), the general
/// characteristics and the site. Each chapter maps its own part (`…+ADEME.swift` files).
public struct ADEMEDocument: Sendable {
    /// Schema versions read (`administratif/enum_version_id`).
    public static let supportedVersions = ["1", "1.1", "2", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]

    public let root: XMLElementNode
    /// The document's file name (for messages).
    public var file: String { root.file }
    public let numero: String
    public let schemaVersion: String
    /// `administratif/date_etablissement_dpe` ("YYYY-MM-DD"): chooses the conversion factors and class limits in force.
    public let establishedOn: String?
    public let logement: XMLElementNode
    public let dwelling: DwellingDescription

    /// Reads and checks a DPE XML file.
    public init(contentsOf url: URL) throws(ThreeCLError) {
        try self.init(root: XMLElementTreeReader.read(contentsOf: url))
    }

    public init(data: Data, file: String) throws(ThreeCLError) {
        try self.init(root: XMLElementTreeReader.read(data, file: file))
    }

    public init(root: XMLElementNode) throws(ThreeCLError) {
        guard root.name == "dpe" else {
            throw .invalidValue(file: root.file, path: root.path, value: root.name, expected: "a <dpe> document")
        }
        self.root = root
        numero = root.string("numero_dpe") ?? ""
        let admin = try root.required("administratif")
        guard let version = admin.string("enum_version_id") else {
            throw .missingElement(file: root.file, path: admin.path + "/enum_version_id")
        }
        guard Self.supportedVersions.contains(version) else {
            throw .unsupportedSchemaVersion(file: root.file, version: version, supported: Self.supportedVersions)
        }
        schemaVersion = version
        establishedOn = admin.string("date_etablissement_dpe")
        if let model = admin.string("enum_modele_dpe_id"), model != "1" {
            throw .unsupportedModel(file: root.file, modelId: model)
        }
        logement = try root.required("logement")
        dwelling = try Self.dwelling(logement)
    }

    private static func dwelling(_ logement: XMLElementNode) throws(ThreeCLError) -> DwellingDescription {
        let g = try logement.required("caracteristique_generale")
        let m = try logement.required("meteo")
        let zoneId = try m.int("enum_zone_climatique_id")
        guard let zone = ClimateZone(rawValue: zoneId) else {
            throw .unknownEnumValue(
                file: m.file, path: m.path + "/enum_zone_climatique_id", value: "\(zoneId)",
                enumeration: "zone_climatique (1–8)")
        }
        let altitudeId = try m.int("enum_classe_altitude_id")
        guard let altitude = AltitudeClass(rawValue: altitudeId) else {
            throw .unknownEnumValue(
                file: m.file, path: m.path + "/enum_classe_altitude_id", value: "\(altitudeId)",
                enumeration: "classe_altitude (1–3)")
        }
        let period = try g.int("enum_periode_construction_id")
        guard (1...10).contains(period) else {
            throw .unknownEnumValue(
                file: g.file, path: g.path + "/enum_periode_construction_id", value: "\(period)",
                enumeration: "periode_construction (1–10)")
        }
        // A building DPE (immeuble) has no dwelling area: its reference area is the building's.
        let areaField = g.string("surface_habitable_logement") != nil ? "surface_habitable_logement" : "surface_habitable_immeuble"
        let area = try g.double(areaField)
        guard area > 0 else { throw g.invalid(areaField, expected: "a positive area in m²") }
        let dwellingLevels = try g.optionalInt("nombre_niveau_logement")
        let buildingLevels = try g.optionalInt("nombre_niveau_immeuble")
        let hsp = try g.optionalDouble("hsp") ?? 2.5
        guard hsp > 0 else { throw g.invalid("hsp", expected: "a positive height in m") }
        return DwellingDescription(
            constructionPeriodId: period, constructionYear: try g.optionalInt("annee_construction"),
            applicationMethodId: try g.int("enum_methode_application_dpe_log_id"), habitableAreaM2: area,
            buildingHabitableAreaM2: try g.optionalDouble("surface_habitable_immeuble"),
            dwellingCount: try g.optionalInt("nombre_appartement"),
            levelCount: dwellingLevels ?? buildingLevels ?? 1, ceilingHeightM: hsp, climateZone: zone,
            altitude: altitude, oldMaterials: try m.optionalBool("batiment_materiaux_anciens") ?? false)
    }

    /// The certified software's recorded outputs (`logement/sortie`), for comparison.
    public var recordedOutputs: XMLElementNode? { logement.child("sortie") }
}
