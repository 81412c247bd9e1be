import Foundation
import Testing
@testable import BuildingModel

@Suite("BDNB attributes: systems, use, real labels, unknown values, contradictions")
struct BDNBAttributeTests {
    static func read(_ features: [[String: PropertyValue]]) -> Stock {
        StockReader().stock(from: features.enumerated().map { i, p in
            Feature(id: "f\(i)", geometry: StockReaderTests.footprint, properties: p)
        }, file: "bdnb.geojson")
    }

    /// A building of the Paris BDNB v0.6 extract, as its fields come.
    static let paris: [String: PropertyValue] = [
        "annee_construction": .double(1880), "nb_logements": .int(12), "surface_habitable_estimee_m2": .double(480),
        "type_batiment_dpe": .string("Appartement"), "type_energie": .string("gaz + electricite"),
        "generateur_chauffage": .string("chaudiere gaz condensation"),
        "generateur_ecs": .string("ecs electrique a effet joule"),
        "etiquette_energie_dpe": .string("F"), "etiquette_ges_dpe": .string("D"),
        "conso_energie_dpe_kwhep_m2_an": .double(422.8), "emission_ges_dpe_kgco2eq_m2_an": .double(29.1),
        "conso_gaz_kwhef_an_dle": .double(36_000), "conso_elec_kwhef_an_dle": .double(40_000),
        "batiment_groupe_id": .string("G-1"),
    ]

    @Test func parisFieldsAreAllRead() throws {
        let b = try #require(Self.read([Self.paris]).buildings.first)
        #expect(b.dwellings == 12 && !b.assumed.contains(.dwellings))
        #expect(b.habitableAreaM2 == 480)
        // No height: 480 m² habitable over an 80 m² footprint at 0.8 net-to-gross → 7.5 → 8 storeys, assumed.
        #expect(b.storeys == 8 && b.assumed.isSuperset(of: [.storeys, .height]))
        #expect(b.use == .apartments && b.groupID == "G-1")
        #expect(b.heating == .gasBoiler && b.boiler == .condensing && !b.assumed.contains(.heating))
        #expect(b.hotWater == .electricStorage)
        #expect(b.metered == MeteredConsumption(gasKWh: 36_000, electricityKWh: 40_000))
        let label = try #require(b.observedLabel)
        #expect(label.energyClass == "F" && label.greenhouseGasClass == "D")
        #expect(label.primaryEnergyKWhPerM2 == 422.8)
        // 422.8 is F only on the 2012 scale (G on the 2021 one, above 420): the scale is inferred.
        #expect(label.scale == .arrete2012 && label.scaleInferred)
    }

    @Test func generatorTextsMapToSystems() {
        func heating(_ g: String?, _ e: String? = nil) -> String {
            switch SourceVocabulary.heating(generator: g, energy: e) {
            case .known(let (h, b)): return h.rawValue + (b.map { "/" + $0.rawValue } ?? "")
            case .unknownInSource: return "unknown"
            case .unrecognised: return "unrecognised"
            }
        }
        #expect(heating("generateurs a effet joule") == "electric-convector")
        #expect(heating("chaudiere gaz basse temperature") == "gas-boiler/low-temperature")
        #expect(heating("Chaudière fioul standard") == "oil-boiler/standard")
        #expect(heating("chaudiere energie indetermine standard", "fioul + electricite") == "oil-boiler/standard")
        #expect(heating("chaudiere energie indetermine standard", nil) == "unknown")
        #expect(heating("pac air/air") == "heat-pump-air-air")
        #expect(heating("pac indetermine") == "heat-pump-air-water")
        #expect(heating("reseau de chaleur") == "district-heat")
        #expect(heating(nil, "gaz") == "gas-boiler")
        #expect(heating("moteur a vapeur") == "unrecognised")
    }

    @Test func nonResidentialHoldsNoDwelling() throws {
        var p = Self.paris
        p["nb_logements"] = nil
        p["type_batiment_dpe"] = .string("Non résidentiel")
        let b = try #require(Self.read([p]).buildings.first)
        #expect(b.use == .nonResidential && b.dwellings == 0 && b.assumed.contains(.dwellings))
        p["type_batiment_dpe"] = .string("Maison")
        #expect(Self.read([p]).buildings.first?.dwellings == 1)
        p["type_batiment_dpe"] = .null
        // 480 m² habitable / 60 m² a dwelling.
        #expect(Self.read([p]).buildings.first?.dwellings == 8)
    }

    @Test func unknownValuesAreCountedPerField() {
        var a = Self.paris, b = Self.paris, c = Self.paris
        a["generateur_chauffage"] = .string("moteur a vapeur")
        b["generateur_chauffage"] = .string("moteur a vapeur")
        c["generateur_ecs"] = .string("bouilloire")
        c["etiquette_energie_dpe"] = .string("Z")
        let s = Self.read([a, b, c])
        #expect(s.unrecognisedValues == [
            UnrecognisedValue(field: "etiquette_energie_dpe", value: "Z", count: 1),
            UnrecognisedValue(field: "generateur_chauffage", value: "moteur a vapeur", count: 2),
            UnrecognisedValue(field: "generateur_ecs", value: "bouilloire", count: 1),
        ])
        #expect(s.buildings[0].assumed.contains(.heating) && s.buildings[0].heating == .electricConvector)
        #expect(s.buildings[2].observedLabel == nil)
        #expect(s.inputSummary.contains("field \"generateur_chauffage\": \"moteur a vapeur\" not recognised on 2 building(s); default used"))
        #expect(s.inputSummary.contains { $0.hasPrefix("defaulted: ") && $0.contains("heating for 2 of 3") })
    }

    @Test func contradictoryHeightAndStoreysAreFlagged() throws {
        let s = Self.read([["hauteur": .double(30), "nb_niveau": .int(3)], ["hauteur": .double(9), "nb_niveau": .int(3)]])
        let flagged = s.diagnostics.filter { $0.message.hasPrefix("contradictory:") }
        #expect(flagged.map(\.featureID) == ["f0"])
        #expect(flagged.first?.message.contains("3 storeys but 30 m high (10 m a storey") == true)
        #expect(s.buildings.count == 2)
    }

    @Test func labelScaleFromDateTypeOrTheStockMajority() throws {
        var dated = Self.paris
        dated["date_etablissement_dpe"] = .string("2022-03-01")
        dated["conso_energie_dpe_kwhep_m2_an"] = .double(400)
        #expect(Self.read([dated]).buildings.first?.observedLabel?.scale == .arrete2021)
        var typed = Self.paris
        typed["type_dpe"] = .string("DPE arrêté 2021 logement")
        #expect(Self.read([typed]).buildings.first?.observedLabel?.scale == .arrete2021)
        // 200 kWh/m² is D on both scales: the stock's majority (2012, from the first building) settles it.
        var ambiguous = Self.paris
        ambiguous["etiquette_energie_dpe"] = .string("D")
        ambiguous["conso_energie_dpe_kwhep_m2_an"] = .double(200)
        ambiguous["emission_ges_dpe_kgco2eq_m2_an"] = .double(20)
        let s = Self.read([Self.paris, ambiguous])
        #expect(s.buildings[1].observedLabel?.scale == .arrete2012)
        #expect(s.buildings[1].assumed.contains(.labelScale) && !s.buildings[0].assumed.contains(.labelScale))
    }

    @Test func ownColumnsRoundTripTheNewAttributes() throws {
        let stock = Self.read([Self.paris])
        let data = try StockWriter.geoJSON(stock)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bdnb-roundtrip-\(UUID().uuidString).geojson")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let back = try StockReader().read(url)
        let a = try #require(stock.buildings.first), b = try #require(back.buildings.first)
        #expect(b.groupID == a.groupID && b.use == a.use && b.habitableAreaM2 == a.habitableAreaM2)
        #expect(b.heating == a.heating && b.boiler == a.boiler && b.hotWater == a.hotWater && b.metered == a.metered)
        #expect(b.observedLabel?.energyClass == "F" && b.observedLabel?.scale == .arrete2012)
        #expect(b.assumed == a.assumed)
    }
}
