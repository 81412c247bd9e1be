import Foundation

/// What a source's text value means for one of renovate's attributes.
enum SourceValue<T: Sendable>: Sendable {
    case known(T)
    /// The source says it does not know (INDETERMINE, "autre", "yes"…): the default applies, with no warning.
    case unknownInSource
    /// A value renovate does not recognise: the default applies, and the value is reported per field with counts.
    case unrecognised
}

/// The vocabularies of BDNB (simplified enums of `batiment_groupe_dpe_representatif_logement` and the v0.6
/// derived fields), BD TOPO and OSM for the attributes that bear on the label (docs/stock-input.md has the tables).
enum SourceVocabulary {
    /// Lower case, accents folded, spaces collapsed: "Chaudière gaz  condensation" → "chaudiere gaz condensation".
    static func normalised(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR"))
            .lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static let unknownWords: Set<String> = ["indetermine", "inconnu", "inconnue", "non renseigne", "autre", "autres",
                                            "nc", "n/a", "na", "sans objet", "yes"]

    /// The heating system (and boiler technology) named by a generator text; `energy` is the heating energy
    /// text, for "chaudiere energie indetermine" and for a source with an energy but no generator.
    static func heating(generator: String?, energy: String?) -> SourceValue<(HeatingSystem, BoilerType?)> {
        let e = energy.map(normalised).map(mainEnergy)
        guard let raw = generator else {
            guard let e else { return .unknownInSource }
            return heatingFromEnergy(e)
        }
        let g = normalised(raw)
        if let own = HeatingSystem(rawValue: raw) { return .known((own, nil)) }
        if unknownWords.contains(g) { return e.map(heatingFromEnergy) ?? .unknownInSource }
        let boiler: BoilerType? = g.contains("condensation") ? .condensing
            : g.contains("basse temperature") ? .lowTemperature : g.contains("standard") || g.contains("classique") ? .standard : nil
        if g.contains("effet joule") || g.contains("convecteur") || g.contains("radiateur electrique")
            || g.contains("panneau rayonnant") || g.contains("plancher rayonnant") || g.contains("chaudiere electrique")
            || g.contains("accumulation") {
            return .known((.electricConvector, nil))
        }
        if g.hasPrefix("pac") || g.contains("pompe a chaleur") {
            return .known((g.contains("air/air") ? .heatPumpAirAir : .heatPumpAirWater, nil))
        }
        if g.contains("reseau de chaleur") { return .known((.districtHeat, nil)) }
        if g.contains("poele") || g.contains("insert") || g.contains("foyer") { return .known((.woodStove, nil)) }
        if g.contains("chaudiere") {
            let energyOfBoiler = g.contains("gaz") ? "gaz" : g.contains("fioul") ? "fioul"
                : g.contains("bois") || g.contains("granule") || g.contains("biomasse") ? "bois" : e
            switch energyOfBoiler {
            case "gaz"?: return .known((.gasBoiler, boiler))
            case "fioul"?: return .known((.oilBoiler, boiler))
            case "bois"?: return .known((.pelletBoiler, nil))
            case "electricite"?: return .known((.electricConvector, nil))
            case "reseau de chaleur"?: return .known((.districtHeat, nil))
            default: return .unknownInSource
            }
        }
        return .unrecognised
    }

    /// The first energy of a BDNB list ("gaz + electricite" → "gaz"), the main one.
    static func mainEnergy(_ e: String) -> String {
        (e.components(separatedBy: "+").first ?? e).trimmingCharacters(in: .whitespaces)
    }

    static func heatingFromEnergy(_ e: String) -> SourceValue<(HeatingSystem, BoilerType?)> {
        switch e {
        case "gaz", "gaz naturel", "gpl", "butane", "propane": .known((.gasBoiler, nil))
        case "fioul", "fioul domestique": .known((.oilBoiler, nil))
        case "electricite": .known((.electricConvector, nil))
        case "reseau de chaleur": .known((.districtHeat, nil))
        case "bois", "bois - buches": .known((.woodStove, nil))
        case "bois - granules", "granules": .known((.pelletBoiler, nil))
        case _ where unknownWords.contains(e) || e.hasPrefix("ecs "): .unknownInSource
        default: .unrecognised
        }
    }

    /// How the hot water is made.
    static func hotWater(_ raw: String) -> SourceValue<HotWaterSystem> {
        if let own = HotWaterSystem(rawValue: raw) { return .known(own) }
        let g = normalised(raw)
        if unknownWords.contains(g) || g.contains("indetermine") { return .unknownInSource }
        if g.contains("thermodynamique") || g.hasPrefix("pac") { return .known(.heatPump) }
        if g.contains("solaire") { return .known(.solar) }
        if g.contains("reseau de chaleur") { return .known(.districtHeat) }
        if g.contains("chauffe-eau gaz") || g.contains("accumulateur gaz") { return .known(.gasWaterHeater) }
        if g.contains("chaudiere electrique") || g.contains("effet joule") || g.contains("ballon electrique")
            || g.contains("chauffe-eau electrique") {
            return .known(.electricStorage)
        }
        if g.contains("chaudiere") { return .known(.heatingBoiler) }
        return .unrecognised
    }

    /// What the building is used for.
    static func use(_ raw: String) -> SourceValue<BuildingUse> {
        if let own = BuildingUse(rawValue: raw) { return .known(own) }
        let u = normalised(raw)
        switch u {
        case "appartement", "logements collectifs", "immeuble", "residentiel collectif", "apartments", "residential":
            return .known(.apartments)
        case "maison", "residentiel individuel", "house", "detached", "semidetached_house", "terrace", "bungalow":
            return .known(.house)
        case "residentiel", "indifferencie", "mixte", "yes", "batiment", "building": return .unknownInSource
        case _ where unknownWords.contains(u): return .unknownInSource
        default: break
        }
        let nonResidential = ["non residentiel", "commerc", "tertiaire", "industri", "agricole", "religieux", "sportif",
                              "annexe", "dependance", "garage", "shed", "office", "retail", "church", "chapel",
                              "school", "warehouse", "public", "civic", "hospital", "hotel", "service",
                              "enseignement", "sante", "bureau"]
        if nonResidential.contains(where: { u.contains($0) }) { return .known(.nonResidential) }
        return .unrecognised
    }

    /// The existing windows' glazing.
    static func windows(_ raw: String) -> SourceValue<WindowKind> {
        if let own = WindowKind(rawValue: raw) { return .known(own) }
        let v = normalised(raw)
        if unknownWords.contains(v) || v.contains("indetermine") { return .unknownInSource }
        if v.contains("simple") { return .known(.woodSingle) }
        if v.contains("double") || v.contains("triple") { return .known(.woodDouble) }
        return .unrecognised
    }

    /// A class letter ("A"…"G").
    static func classLetter(_ raw: String) -> SourceValue<String> {
        let v = raw.trimmingCharacters(in: .whitespaces).uppercased()
        if ObservedLabel.letters.contains(v) { return .known(v) }
        if ["N", "NC", "NON CALCULE", "VIERGE", "INCONNU", "INCONNUE"].contains(v) { return .unknownInSource }
        return .unrecognised
    }

    /// The method of a label from renovate's `observed_scale` ("2012"/"2021") or BDNB `type_dpe`
    /// ("DPE arrêté 2012 logement…").
    static func scale(_ raw: String) -> SourceValue<LabelScale> {
        let v = normalised(raw)
        if v.contains("2012") { return .known(.arrete2012) }
        if v.contains("2021") { return .known(.arrete2021) }
        return unknownWords.contains(v) ? .unknownInSource : .unrecognised
    }
}
