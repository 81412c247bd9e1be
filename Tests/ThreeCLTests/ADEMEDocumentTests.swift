import Foundation
import Testing
import TestSupport
@testable import ThreeCL

/// Reading ADEME DPE XML: what is accepted, and the error each kind of bad input gets.
@Suite("ADEME DPE XML reading")
struct ADEMEDocumentTests {
    /// A minimal but complete head of a DPE document (the parts every chapter relies on).
    static func document(version: String = "2.4", model: String = "1", zone: String = "3", area: String = "42.5") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <dpe><numero_dpe>TEST0001</numero_dpe>
          <administratif><enum_version_id>\(version)</enum_version_id><enum_modele_dpe_id>\(model)</enum_modele_dpe_id></administratif>
          <logement>
            <caracteristique_generale>
              <annee_construction>1900</annee_construction><enum_periode_construction_id>1</enum_periode_construction_id>
              <enum_methode_application_dpe_log_id>1</enum_methode_application_dpe_log_id>
              <surface_habitable_logement>\(area)</surface_habitable_logement><nombre_niveau_logement>3</nombre_niveau_logement>
              <hsp>2.7</hsp>
            </caracteristique_generale>
            <meteo><enum_zone_climatique_id>\(zone)</enum_zone_climatique_id><enum_classe_altitude_id>1</enum_classe_altitude_id>
              <batiment_materiaux_anciens>1</batiment_materiaux_anciens></meteo>
          </logement>
        </dpe>
        """
    }

    static func read(_ xml: String) throws(ThreeCLError) -> ADEMEDocument {
        try ADEMEDocument(data: Data(xml.utf8), file: "test.xml")
    }

    @Test("A well-formed document gives the dwelling's description")
    func reads() throws {
        let d = try Self.read(Self.document())
        #expect(d.numero == "TEST0001")
        #expect(d.schemaVersion == "2.4")
        #expect(d.dwelling.habitableAreaM2 == 42.5)
        #expect(d.dwelling.climateZone == .h1c)
        #expect(d.dwelling.levelCount == 3)
        #expect(d.dwelling.oldMaterials)
        #expect(d.dwelling.isHouse)
    }

    @Test("A truncated file is not well-formed XML, with the file and a position")
    func truncated() {
        let xml = Self.document()
        let cut = String(xml.prefix(xml.count / 2))
        #expect {
            _ = try Self.read(cut)
        } throws: { e in
            guard case .malformedXML(let file, let line, _, _) = e as? ThreeCLError else { return false }
            return file == "test.xml" && line > 0
        }
    }

    @Test("An unsupported schema version is refused, naming it and the supported ones")
    func version() {
        #expect(throws: ThreeCLError.unsupportedSchemaVersion(
            file: "test.xml", version: "9.9", supported: ADEMEDocument.supportedVersions)) {
            _ = try Self.read(Self.document(version: "9.9"))
        }
    }

    @Test("A DPE of a new building or a tertiary DPE is refused")
    func model() {
        #expect(throws: ThreeCLError.unsupportedModel(file: "test.xml", modelId: "2")) {
            _ = try Self.read(Self.document(model: "2"))
        }
    }

    @Test("An unknown climate zone id names the element path and the value")
    func unknownEnum() {
        #expect(throws: ThreeCLError.unknownEnumValue(
            file: "test.xml", path: "dpe/logement/meteo/enum_zone_climatique_id", value: "12",
            enumeration: "zone_climatique (1–8)")) {
            _ = try Self.read(Self.document(zone: "12"))
        }
    }

    @Test("A non-numeric area names the element path and the value")
    func badNumber() {
        #expect(throws: ThreeCLError.invalidValue(
            file: "test.xml", path: "dpe/logement/caracteristique_generale/surface_habitable_logement",
            value: "42,5m2", expected: "a finite number")) {
            _ = try Self.read(Self.document(area: "42,5m2"))
        }
    }

    @Test("Repeated elements get numbered paths, so a message points at the right wall")
    func paths() throws {
        let xml = "<dpe><a><mur>1</mur><mur>x</mur></a></dpe>"
        let root = try XMLElementTreeReader.read(Data(xml.utf8), file: "t.xml")
        let second = try root.required("a").children("mur")[1]
        #expect(second.path == "dpe/a/mur[2]")
    }

    @Test("Every real DPE of the corpus is read without error",
          .enabled(if: SharedData.has("data/dpe3cl/ademe-xml"), "../shared/data/dpe3cl/ademe-xml is absent"))
    func corpus() throws {
        let dir = SharedData.url("data/dpe3cl/ademe-xml")
        let files = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "xml" }
        #expect(files.count == 200)
        for f in files {
            let d = try ADEMEDocument(contentsOf: f)
            #expect(d.dwelling.habitableAreaM2 > 0, "\(f.lastPathComponent)")
        }
    }
}
