/// The outputs of a DPE that `renovate dpe` computes and compares, named as the ADEME XML's `logement/sortie`
/// names them (raw value = the element name; `section` = the `sortie` child that holds it).
public enum DPEQuantity: String, Sendable, CaseIterable, Codable, Comparable {
    // §3–4 deperditions, W/K
    case deperditionMur = "deperdition_mur"
    case deperditionPlancherBas = "deperdition_plancher_bas"
    case deperditionPlancherHaut = "deperdition_plancher_haut"
    case deperditionBaieVitree = "deperdition_baie_vitree"
    case deperditionPorte = "deperdition_porte"
    case deperditionPontThermique = "deperdition_pont_thermique"
    case deperditionRenouvellementAir = "deperdition_renouvellement_air"
    case deperditionEnveloppe = "deperdition_enveloppe"
    // §6, §9–11 needs, kWh/yr
    case surfaceSudEquivalente = "surface_sud_equivalente"
    case besoinCh = "besoin_ch"
    case besoinEcs = "besoin_ecs"
    case besoinFr = "besoin_fr"
    // final energy, kWh/yr
    case consoCh = "conso_ch"
    case consoEcs = "conso_ecs"
    case consoFr = "conso_fr"
    case consoEclairage = "conso_eclairage"
    case consoTotaleAuxiliaire = "conso_totale_auxiliaire"
    case conso5Usages = "conso_5_usages"
    // primary energy, kWhEP/yr
    case epConsoCh = "ep_conso_ch"
    case epConsoEcs = "ep_conso_ecs"
    case epConso5Usages = "ep_conso_5_usages"
    case epConso5UsagesM2 = "ep_conso_5_usages_m2"
    // greenhouse gases, kgCO₂eq/yr
    case emissionGes5Usages = "emission_ges_5_usages"
    case emissionGes5UsagesM2 = "emission_ges_5_usages_m2"

    /// The `logement/sortie` child that holds the value.
    public var section: String {
        switch self {
        case .deperditionMur, .deperditionPlancherBas, .deperditionPlancherHaut, .deperditionBaieVitree,
            .deperditionPorte, .deperditionPontThermique, .deperditionRenouvellementAir, .deperditionEnveloppe:
            "deperdition"
        case .surfaceSudEquivalente, .besoinCh, .besoinEcs, .besoinFr: "apport_et_besoin"
        case .consoCh, .consoEcs, .consoFr, .consoEclairage, .consoTotaleAuxiliaire, .conso5Usages: "ef_conso"
        case .epConsoCh, .epConsoEcs, .epConso5Usages, .epConso5UsagesM2: "ep_conso"
        case .emissionGes5Usages, .emissionGes5UsagesM2: "emission_ges"
        }
    }

    /// The unit of the value.
    public var unit: String {
        switch section {
        case "deperdition": "W/K"
        case "ep_conso": self == .epConso5UsagesM2 ? "kWhEP/m²" : "kWhEP"
        case "emission_ges": self == .emissionGes5UsagesM2 ? "kgCO2/m²" : "kgCO2"
        default: self == .surfaceSudEquivalente ? "m²" : "kWh"
        }
    }

    /// Deperditions of one kind of element (the quantities that say which element of the envelope differs).
    public var isEnvelopeElement: Bool {
        section == "deperdition" && self != .deperditionEnveloppe
    }

    public static func < (l: Self, r: Self) -> Bool {
        allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)!
    }
}
