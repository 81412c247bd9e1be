/// The language of what `renovate check` says to a person (text and HTML). JSON keys and raw values stay in
/// English whatever the language: they are for tools.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case en, fr
}

/// Every sentence and word the heritage check and its reports show, one table per language (`english`,
/// `french`). French uses the vocabulary of French practice: ITE, ITI, menuiseries, avis conforme de l'ABF, PSMV,
/// PVAP, abords, PDA. Rule reasons and conditions come from the rule files (`fr:` blocks), not from here.
public struct HeritageMessages: Sendable {
    // MARK: Protections (reasons built by `HeritageCheck`)
    public var monumentLabel: @Sendable (_ protection: MonumentProtection, _ year: Int?) -> String
    public var isTheMonument: @Sendable (_ name: String, _ label: String) -> String
    public var insidePDA: @Sendable (_ name: String, _ label: String, _ distance: String) -> String
    public var withinRadiusCoVisible: @Sendable (_ distance: String, _ name: String, _ label: String, _ evidence: String) -> String
    public var withinRadiusNotCoVisible: @Sendable (_ distance: String, _ name: String, _ label: String, _ evidence: String) -> String
    public var withinRadiusUndecided: @Sendable (_ distance: String, _ name: String, _ label: String) -> String
    public var inZone: @Sendable (_ partly: Bool, _ name: String, _ plan: String, _ year: Int?) -> String
    public var abordsSetAside: @Sendable (_ names: String) -> String
    public var markProtected: String
    public var markStreetFacadesKept: String
    public var markNotProtected: @Sendable (_ from: String) -> String
    public var markFacadesKept: @Sendable (_ list: String) -> String
    public var fallbackReason: @Sendable (_ ruleSet: String) -> String
    public var fallbackSource: String

    // MARK: Legal basis of each protection
    public var lawClasse: String
    public var lawInscrit: String
    public var lawPDA: String
    public var lawRadius: String
    public var lawPSMV: String
    public var lawPVAP: String
    public var lawPlanMark: String

    // MARK: Co-visibility evidence
    public var seenFromTop: @Sendable (_ monument: String, _ height: String, _ azimuth: String, _ distance: String) -> String
    public var seenTogether: @Sendable (_ monument: String, _ at: String, _ azimuth: String, _ distance: String) -> String
    public var noSightLine: @Sendable (_ monument: String, _ viewpoints: Int) -> String

    // MARK: Report words
    public var building: String
    public var ruleSet: String
    public var geometryTitle: String
    public var geometryLine: @Sendable (_ area: String, _ storeys: Int, _ height: String, _ wall: String) -> String
    public var exposureLine: @Sendable (_ exposed: String, _ party: String, _ share: Int, _ roof: String, _ roofVisible: Bool) -> String
    public var noExposedFacade: String
    public var facadeColumns: [String]
    public var protectionsTitle: String
    public var noProtection: String
    public var abfOpinion: String
    public var law: String
    public var verdictsTitle: String
    public var verdictColumns: [String]
    public var wholeBuilding: String
    public var ifConditions: String
    public var rulesUsedTitle: String
    public var source: String
    public var noRuleMatched: String
    public var noRuleMatchedFor: @Sendable (_ measures: String) -> String
    public var yes: String
    public var no: String
    /// ": " in English, " : " in French.
    public var colon: String
    /// Between conditions: "; " or " ; ".
    public var listSeparator: String
    /// The decimal separator of numbers in sentences and tables.
    public var decimalSeparator: String
    public var orientation: @Sendable (String) -> String
    public var opinion: @Sendable (AppliedProtection.Opinion) -> String
    public var verdict: @Sendable (Verdict) -> String
    public var context: @Sendable (FacadeContext) -> String
    public var measure: @Sendable (MeasureKind) -> String
    public var wall: @Sendable (WallMaterial) -> String
    /// Words of the HTML plan page.
    public var pageTitle: @Sendable (_ building: String) -> String
    public var pageIntro: @Sendable (_ ruleSet: String, _ storeys: Int, _ height: String, _ wall: String) -> String
    public var plansTitle: @Sendable (_ measure: String?) -> String
    public var planColumns: [String]

    public static func of(_ language: Language) -> HeritageMessages {
        switch language {
        case .en: english
        case .fr: french
        }
    }

    public static let english = HeritageMessages(
        monumentLabel: { p, year in "monument historique \(p.rawValue)" + (year.map { ", \($0)" } ?? "") },
        isTheMonument: { name, label in "the building is (part of) \(name) (\(label))" },
        insidePDA: { name, label, d in "inside the delimited perimeter (PDA) of \(name) (\(label)); \(d) from it" },
        withinRadiusCoVisible: { d, name, label, e in "\(d) from \(name) (\(label)): within 500 m and co-visible (\(e)): binding opinion" },
        withinRadiusNotCoVisible: { d, name, label, e in "\(d) from \(name) (\(label)): within 500 m and not co-visible (\(e)): outside its abords" },
        withinRadiusUndecided: { d, name, label in "\(d) from \(name) (\(label)): within 500 m — binding opinion if in co-visibility" },
        inZone: { partly, name, plan, year in
            "\(partly ? "partly inside" : "inside") \(name) (SPR with a \(plan)\(year.map { ", \($0)" } ?? "")): ABF agreement required"
        },
        abordsSetAside: { names in "; the abords of \(names) do not apply inside an SPR (Code du patrimoine L.621-30, II)" },
        markProtected: "the plan marks the building as protected",
        markStreetFacadesKept: "the plan marks the street façades as to be kept",
        markNotProtected: { from in "the plan marks the building as not protected\(from); the zone's rules still apply" },
        markFacadesKept: { list in "the plan marks façade \(list) as to be kept" },
        fallbackReason: { set in "no rule matched: fallback verdict of rule set \(set)" },
        fallbackSource: "rule set fallback (no-match)",
        lawClasse: "Code du patrimoine L.621-9 (works on a classé monument need an authorisation)",
        lawInscrit: "Code du patrimoine L.621-27 (works on an inscrit monument are declared; permits need the préfet de région's agreement)",
        lawPDA: "Code du patrimoine L.621-30, II (delimited perimeter), L.621-32 (prior authorisation, ABF agreement); Code de l'urbanisme R.425-1",
        lawRadius: "Code du patrimoine L.621-30, II (500 m and co-visibility, never inside an SPR), L.621-32 (prior authorisation, ABF agreement); Code de l'urbanisme R.425-1",
        lawPSMV: "Code du patrimoine L.631-1, L.632-1, L.632-2 (SPR: prior authorisation, ABF agreement); Code de l'urbanisme L.313-1 (PSMV), R.425-2",
        lawPVAP: "Code du patrimoine L.631-1, L.631-4 (PVAP), L.632-1, L.632-2 (SPR: prior authorisation, ABF agreement); Code de l'urbanisme R.425-2",
        lawPlanMark: "the plan's regulation and legend (PSMV: Code de l'urbanisme L.313-1; PVAP: Code du patrimoine L.631-4)",
        seenFromTop: { m, h, az, d in "seen from the top of \(m) (\(h) m) at azimuth \(az)°, \(d) m away" },
        seenTogether: { m, at, az, d in "seen with \(m) from public space at \(at) (eye 1.6 m), azimuth \(az)°, \(d) m away" },
        noSightLine: { m, n in "no sight line: hidden from the top of \(m) and from the \(n) public viewpoints that see it" },
        building: "Building",
        ruleSet: "Rule set",
        geometryTitle: "Geometry (façade analysis)",
        geometryLine: { a, s, h, w in "footprint \(a) m², \(s) storeys, \(h) m to eaves, walls \(w)" },
        exposureLine: { e, p, share, roof, visible in
            "exposed walls \(e) m², party walls \(p) m² (\(share) % of the perimeter), roof \(roof) m²"
                + (visible ? " (taken as visible from public space)" : " (not visible from public space)")
        },
        noExposedFacade: "no exposed façade",
        facadeColumns: ["façade", "orientation", "context", "visible", "length", "exposed"],
        protectionsTitle: "Protections",
        noProtection: "none found in the heritage layers",
        abfOpinion: "ABF opinion",
        law: "law",
        verdictsTitle: "Verdicts (measure × façade)",
        verdictColumns: ["measure", "façade", "verdict", "rule"],
        wholeBuilding: "building",
        ifConditions: "if",
        rulesUsedTitle: "Rules used",
        source: "source",
        noRuleMatched: "no rule matched",
        noRuleMatchedFor: { m in "no rule matched for: \(m) (the rule set's fallback verdict applies)" },
        yes: "yes", no: "no", colon: ": ", listSeparator: "; ", decimalSeparator: ".",
        orientation: { $0 },
        opinion: { $0.rawValue },
        verdict: { $0.rawValue },
        context: { $0.rawValue },
        measure: { $0.rawValue },
        wall: { $0.rawValue },
        pageTitle: { b in "Heritage check: building \(b)" },
        pageIntro: { r, s, h, w in
            "Rule set: \(r). \(s) storeys, \(h) m, walls \(w); façade numbers as in <code>renovate check</code>'s text and JSON."
        },
        plansTitle: { m in m.map { "Plan: \($0)" } ?? "Plans, one per measure placed on façades" },
        planColumns: ["measure", "façade", "verdict", "reason", "source"])

    public static let french = HeritageMessages(
        monumentLabel: { p, year in
            "monument historique \(p == .classe ? "classé" : "inscrit")" + (year.map { ", \($0)" } ?? "")
        },
        isTheMonument: { name, label in "le bâtiment est (une partie de) « \(name) » (\(label))" },
        insidePDA: { name, label, d in "dans le périmètre délimité des abords (PDA) de « \(name) » (\(label)) ; à \(d)" },
        withinRadiusCoVisible: { d, name, label, e in
            "à \(d) de « \(name) » (\(label)) : dans les 500 m et en covisibilité (\(e)) : avis conforme de l'ABF"
        },
        withinRadiusNotCoVisible: { d, name, label, e in
            "à \(d) de « \(name) » (\(label)) : dans les 500 m mais hors covisibilité (\(e)) : hors de ses abords"
        },
        withinRadiusUndecided: { d, name, label in
            "à \(d) de « \(name) » (\(label)) : dans les 500 m — avis conforme de l'ABF en cas de covisibilité"
        },
        inZone: { partly, name, plan, year in
            "\(partly ? "en partie dans" : "dans") le SPR « \(name) » (couvert par un \(plan)\(year.map { ", \($0)" } ?? "")) : accord de l'ABF requis"
        },
        abordsSetAside: { names in
            " ; les abords de \(names) ne s'appliquent pas dans un SPR (Code du patrimoine L.621-30, II)"
        },
        markProtected: "le plan désigne l'immeuble comme à conserver",
        markStreetFacadesKept: "le plan désigne les façades sur rue comme à conserver",
        markNotProtected: { from in "le plan désigne l'immeuble comme non protégé\(from) ; les règles de la zone s'appliquent" },
        markFacadesKept: { list in "le plan désigne la façade \(list) comme à conserver" },
        fallbackReason: { set in "aucune règle applicable : verdict par défaut du jeu de règles \(set)" },
        fallbackSource: "verdict par défaut du jeu de règles (no-match)",
        lawClasse: "Code du patrimoine L.621-9 (travaux sur un monument classé soumis à autorisation)",
        lawInscrit: "Code du patrimoine L.621-27 (travaux sur un monument inscrit déclarés ; permis soumis à l'accord du préfet de région)",
        lawPDA: "Code du patrimoine L.621-30, II (périmètre délimité des abords), L.621-32 (autorisation préalable, accord de l'ABF) ; Code de l'urbanisme R.425-1",
        lawRadius: "Code du patrimoine L.621-30, II (500 m et covisibilité, jamais dans un SPR), L.621-32 (autorisation préalable, accord de l'ABF) ; Code de l'urbanisme R.425-1",
        lawPSMV: "Code du patrimoine L.631-1, L.632-1, L.632-2 (SPR : autorisation préalable, accord de l'ABF) ; Code de l'urbanisme L.313-1 (PSMV), R.425-2",
        lawPVAP: "Code du patrimoine L.631-1, L.631-4 (PVAP), L.632-1, L.632-2 (SPR : autorisation préalable, accord de l'ABF) ; Code de l'urbanisme R.425-2",
        lawPlanMark: "règlement et légende du plan (PSMV : Code de l'urbanisme L.313-1 ; PVAP : Code du patrimoine L.631-4)",
        seenFromTop: { m, h, az, d in "vu du sommet de \(m) (\(h) m), azimut \(az)°, à \(d) m" },
        seenTogether: { m, at, az, d in
            "vu en même temps que \(m) depuis l'espace public en \(at) (œil à 1,6 m), azimut \(az)°, à \(d) m"
        },
        noSightLine: { m, n in
            "aucune ligne de vue : caché du sommet de \(m) et des \(n) points de vue publics d'où on le voit"
        },
        building: "Bâtiment",
        ruleSet: "Jeu de règles",
        geometryTitle: "Géométrie (analyse des façades)",
        geometryLine: { a, s, h, w in "emprise \(a) m², \(s) niveaux, \(h) m à l'égout, murs \(w)" },
        exposureLine: { e, p, share, roof, visible in
            "murs exposés \(e) m², murs mitoyens \(p) m² (\(share) % du périmètre), toiture \(roof) m²"
                + (visible ? " (considérée comme visible depuis l'espace public)" : " (non visible depuis l'espace public)")
        },
        noExposedFacade: "aucune façade exposée",
        facadeColumns: ["façade", "orientation", "situation", "visible", "longueur", "exposée"],
        protectionsTitle: "Protections",
        noProtection: "aucune dans les couches patrimoniales",
        abfOpinion: "avis de l'ABF",
        law: "droit",
        verdictsTitle: "Verdicts (mesure × façade)",
        verdictColumns: ["mesure", "façade", "verdict", "règle"],
        wholeBuilding: "bâtiment",
        ifConditions: "si",
        rulesUsedTitle: "Règles appliquées",
        source: "source",
        noRuleMatched: "aucune règle applicable",
        noRuleMatchedFor: { m in "aucune règle applicable pour : \(m) (verdict par défaut du jeu de règles)" },
        yes: "oui", no: "non", colon: " : ", listSeparator: " ; ", decimalSeparator: ",",
        orientation: { o in o.map { $0 == "W" ? "O" : $0 }.map(String.init).joined() },
        opinion: { o in
            switch o {
            case .binding: "avis conforme"
            case .bindingIfCoVisible: "avis conforme en cas de covisibilité"
            case .none: "aucun"
            }
        },
        verdict: { v in
            switch v {
            case .allowed: "autorisé"
            case .conditional: "sous conditions"
            case .forbidden: "interdit"
            }
        },
        context: { c in c == .street ? "rue" : "cour" },
        measure: { m in
            switch m {
            case .externalWallInsulation: "isolation par l'extérieur (ITE)"
            case .internalWallInsulation: "isolation par l'intérieur (ITI)"
            case .atticFloorInsulation: "isolation des combles perdus"
            case .roofInsulationOutside: "isolation de toiture par l'extérieur (sarking)"
            case .floorInsulation: "isolation du plancher bas"
            case .windowReplacementPVC: "menuiseries PVC (remplacement)"
            case .windowReplacementWood: "menuiseries bois (remplacement)"
            case .secondaryGlazing: "survitrage ou double fenêtre"
            case .draughtProofing: "calfeutrement des menuiseries"
            case .shutters: "volets"
            case .airtightness: "étanchéité à l'air"
            case .ventilationHumidityControlled: "VMC hygroréglable"
            case .ventilationMVHR: "VMC double flux"
            case .heatPumpOutdoorUnit: "unité extérieure de PAC"
            case .boilerFlue: "conduit ou ventouse de chaudière"
            case .solarPanels: "panneaux solaires"
            case .roofWindows: "fenêtres de toit"
            case .renderChange: "réfection d'enduit"
            }
        },
        wall: { w in
            switch w {
            case .stoneRubble: "moellons"
            case .stoneDressed: "pierre de taille"
            case .timberFrame: "pan de bois"
            case .solidBrick: "brique pleine"
            case .concrete: "béton"
            case .unknown: "inconnus"
            }
        },
        pageTitle: { b in "Contrôle patrimonial : bâtiment \(b)" },
        pageIntro: { r, s, h, w in
            "Jeu de règles : \(r). \(s) niveaux, \(h) m, murs \(w) ; numéros de façade identiques au texte et au JSON de <code>renovate check</code>."
        },
        plansTitle: { m in m.map { "Plan : \($0)" } ?? "Plans, un par mesure posée en façade" },
        planColumns: ["mesure", "façade", "verdict", "motif", "source"])
}
