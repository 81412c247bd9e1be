/// The built-in default rule set for French protected centres, after the table of `domain.md` §3.
///
/// Embedded as text so that the library needs no resource bundle; `docs/heritage-rules.md` shows it as a table
/// and a test checks that every rule id there is documented. A rule file uses it with `extends: default`.
enum DefaultRuleSet {
    static let fileName = "<built-in default rules>"

    static let yaml = #"""
schema: renovate-heritage-rules/1
name: france-protected-centre
version: "1"
description: >-
  Default verdicts for retrofit measures in French protected centres (monuments historiques and their
  surroundings, Sites Patrimoniaux Remarquables with a PSMV or a PVAP). Each rule cites the texts it rests on:
  the Code du patrimoine (L.621-9, L.621-27 monuments; L.621-30, L.621-32 abords; L.631-1, L.632-1, L.632-2 SPR),
  the Code de l'urbanisme (L.313-1 PSMV, L.111-16/17, R.421-17, R.425-1/2), and guidance (EN 16883:2017, ATHEBA,
  CREBA, RIBuild).
  Each measure has a base rule (no protection condition) so that no verdict falls back to "no rule matched".
no-match: allowed
rules:
  # --- Any work on a listed monument itself ------------------------------------------------------------
  - id: monument-classe-works
    measure: all
    when: {protection: monument-classe}
    verdict: conditional
    conditions: ["authorisation of the préfet de région (DRAC) before any work on a classé monument"]
    reason: "works on a monument historique classé need an authorisation and the State's scientific control"
    source: "Code du patrimoine L.621-9"
    fr:
      reason: "les travaux sur un monument historique classé sont soumis à autorisation et au contrôle scientifique de l'État"
      conditions: ["autorisation du préfet de région (DRAC) avant tout travail sur un monument classé"]
  - id: monument-inscrit-works
    measure: all
    when: {protection: monument-inscrit}
    verdict: conditional
    conditions: ["declaration to the DRAC four months before the works (permit for exterior changes)"]
    reason: "works on a monument historique inscrit are declared to the State, which may object"
    source: "Code du patrimoine L.621-27"
    fr:
      reason: "les travaux sur un monument historique inscrit sont déclarés à l'État, qui peut s'y opposer"
      conditions: ["déclaration à la DRAC quatre mois avant les travaux (permis pour les modifications extérieures)"]

  # --- External wall insulation -----------------------------------------------------------------------
  - id: ewi-base
    measure: external-wall-insulation
    verdict: allowed
    reason: "no heritage protection applies (ordinary planning rules still do)"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas)"
    fr:
      reason: "aucune protection patrimoniale ne s'applique (les règles d'urbanisme ordinaires, si)"
  - id: ewi-protected-street
    measure: external-wall-insulation
    when: {protection: any, context: street}
    verdict: forbidden
    reason: "changes the thickness, the window reveals and the render of a façade seen from public space"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; Code de l'urbanisme L.111-17 (the insulation exemption of L.111-16 does not apply in protected areas); EN 16883:2017"
    fr:
      reason: "modifie l'épaisseur, les tableaux des baies et l'enduit d'une façade vue depuis l'espace public"
  - id: ewi-protected-visible
    measure: external-wall-insulation
    when: {protection: any, visible: true}
    verdict: forbidden
    reason: "the façade is visible from public space"
    source: "Code du patrimoine L.621-30, II and L.621-32 (abords: visibility), L.632-1 and L.632-2 (SPR); Code de l'urbanisme L.111-17"
    fr:
      reason: "la façade est visible depuis l'espace public"
  - id: ewi-protected-courtyard
    measure: external-wall-insulation
    when: {protection: any, context: courtyard}
    verdict: conditional
    conditions:
      - "courtyard façade not visible from public space"
      - "ABF agreement"
      - "vapour-open insulating lime render (e.g. hemp-lime) rather than ETICS on stone or timber frame"
    reason: "conditional at best on a courtyard: changes thickness, reveals and render"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; EN 16883:2017; CREBA guidance on insulating old walls (vapour-open renders)"
    fr:
      reason: "au mieux sous conditions sur cour : modifie l'épaisseur, les tableaux et l'enduit"
      conditions: ["façade sur cour non visible depuis l'espace public", "accord de l'ABF", "enduit isolant à la chaux perspirant (par ex. chaux-chanvre) plutôt qu'un ITE sous enduit mince sur pierre ou pan de bois"]
  - id: ewi-kept-or-listed
    measure: external-wall-insulation
    when: {protection: [facade-keep, building-protected, monument-classe, monument-inscrit]}
    verdict: forbidden
    reason: "the plan or the listing protects this façade as it is"
    source: "Code du patrimoine L.621-9 (classé), L.621-27 (inscrit); PSMV regulation and legend (immeuble or façade à conserver), Code de l'urbanisme L.313-1"
    fr:
      reason: "le plan ou la protection au titre des monuments historiques protège cette façade telle qu'elle est"

  # --- Internal wall insulation -----------------------------------------------------------------------
  - id: iwi-base
    measure: internal-wall-insulation
    verdict: allowed
    reason: "invisible from outside; on old walls use vapour-open, capillary-active insulants (moisture risk)"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one); RIBuild (EU H2020, 2020) and EN 16883:2017 on moisture-safe internal insulation"
    fr:
      reason: "invisible de l'extérieur ; sur murs anciens, isolants perspirants et capillaires (risque d'humidité)"
  - id: iwi-psmv
    measure: internal-wall-insulation
    when: {protection: [psmv, building-protected]}
    verdict: conditional
    conditions:
      - "keep protected interior features (fireplaces, panelling, stairs, mouldings)"
      - "vapour-open, capillary-active insulant (wood fibre, hemp-lime, cork-lime, calcium silicate)"
    reason: "a PSMV also protects interiors"
    source: "Code de l'urbanisme L.313-1 (a PSMV regulates interiors too); Code du patrimoine L.632-1 (works inside a building of an SPR with a PSMV); RIBuild (EU H2020, 2020)"
    fr:
      reason: "un PSMV protège aussi les intérieurs"
      conditions: ["conserver les éléments intérieurs protégés (cheminées, lambris, escaliers, moulures)", "isolant perspirant et capillaire (fibre de bois, chaux-chanvre, liège-chaux, silicate de calcium)"]

  # --- Roof and floors --------------------------------------------------------------------------------
  - id: attic-floor-base
    measure: attic-floor-insulation
    verdict: allowed
    reason: "invisible from outside and reversible"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one)"
    fr:
      reason: "invisible de l'extérieur et réversible"
  - id: roof-outside-base
    measure: roof-insulation-outside
    verdict: allowed
    reason: "no heritage protection applies"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas)"
    fr:
      reason: "aucune protection patrimoniale ne s'applique"
  - id: roof-outside-protected
    measure: roof-insulation-outside
    when: {protection: any}
    verdict: conditional
    conditions:
      - "eaves height and roof line unchanged"
      - "tiles re-laid the same (canal tiles, reclaimed where possible)"
    reason: "raises the roof and may change eaves and tiles"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; Code de l'urbanisme L.111-17"
    fr:
      reason: "surélève la toiture et peut modifier l'égout et les tuiles"
      conditions: ["hauteur d'égout et ligne de toit inchangées", "tuiles reposées à l'identique (tuiles canal, de réemploi si possible)"]
  - id: floor-base
    measure: floor-insulation
    verdict: allowed
    reason: "invisible from outside"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one)"
    fr:
      reason: "invisible de l'extérieur"
  - id: floor-psmv
    measure: floor-insulation
    when: {protection: [psmv, building-protected]}
    verdict: conditional
    conditions: ["keep protected floors (tiles, parquet, vaults); insulate from below where possible"]
    reason: "a PSMV may protect floors"
    source: "Code de l'urbanisme L.313-1 (a PSMV regulates interiors too); Code du patrimoine L.632-1"
    fr:
      reason: "un PSMV peut protéger les sols"
      conditions: ["conserver les sols protégés (tomettes, parquets, voûtes) ; isoler par-dessous si possible"]

  # --- Windows ----------------------------------------------------------------------------------------
  - id: window-pvc-base
    measure: window-replacement-pvc
    verdict: allowed
    reason: "no heritage protection applies"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas)"
    fr:
      reason: "aucune protection patrimoniale ne s'applique"
  - id: window-pvc-protected
    measure: window-replacement-pvc
    when: {protection: any}
    verdict: forbidden
    reason: "PVC changes the profiles and cannot take the traditional paint colours"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; ABF practice: Ministère de la Culture, fiches ATHEBA « Amélioration thermique du bâti ancien » (menuiseries)"
    fr:
      reason: "le PVC change les profils et ne prend pas les teintes traditionnelles"
  - id: window-wood-base
    measure: window-replacement-wood
    verdict: allowed
    reason: "no heritage protection applies"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas)"
    fr:
      reason: "aucune protection patrimoniale ne s'applique"
  - id: window-wood-protected
    measure: window-replacement-wood
    when: {protection: any}
    verdict: conditional
    conditions:
      - "wood frames with the same profiles and glazing bars"
      - "approved paint colour"
    reason: "the joinery is part of the façade's character"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; fiches ATHEBA (menuiseries)"
    fr:
      reason: "les menuiseries font partie du caractère de la façade"
      conditions: ["menuiseries bois aux mêmes profils et petits-bois", "teinte de peinture approuvée"]
  - id: window-wood-kept
    measure: window-replacement-wood
    when: {protection: [facade-keep, monument-classe, monument-inscrit]}
    verdict: conditional
    conditions: ["restore surviving historic windows rather than replace them; replace only beyond repair"]
    reason: "historic windows of a kept façade are part of what is protected"
    source: "PSMV regulation and legend (façade à conserver), Code de l'urbanisme L.313-1; Code du patrimoine L.621-9, L.621-27; EN 16883:2017 (repair before replacement)"
    fr:
      reason: "les fenêtres anciennes d'une façade à conserver font partie de ce qui est protégé"
      conditions: ["restaurer les fenêtres anciennes conservées plutôt que les remplacer ; ne remplacer que l'irréparable"]
  - id: secondary-glazing-base
    measure: secondary-glazing
    verdict: allowed
    reason: "reversible and invisible from outside: the preferred window measure"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one); fiches ATHEBA (menuiseries: survitrage, double fenêtre)"
    fr:
      reason: "réversible et invisible de l'extérieur : la mesure préférée sur les fenêtres"
  - id: draught-proofing-base
    measure: draught-proofing
    verdict: allowed
    reason: "reversible, no visible change: preferred"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one); fiches ATHEBA"
    fr:
      reason: "réversible, sans changement visible : à privilégier"
  - id: shutters-base
    measure: shutters
    verdict: allowed
    reason: "reversible; shutters cut window heat loss strongly (preferred)"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas)"
    fr:
      reason: "réversible ; les volets réduisent fortement les pertes par les fenêtres (à privilégier)"
  - id: shutters-protected-street
    measure: shutters
    when: {protection: any, context: street}
    verdict: conditional
    conditions: ["wooden shutters of the local type in an approved colour; no roller-shutter boxes"]
    reason: "shutters seen from public space are part of the façade"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; PSMV/PVAP regulation on joinery (Code de l'urbanisme L.313-1, Code du patrimoine L.631-4)"
    fr:
      reason: "les volets vus depuis l'espace public font partie de la façade"
      conditions: ["volets bois du modèle local dans une teinte approuvée ; pas de coffre de volet roulant"]

  # --- Airtightness and ventilation -------------------------------------------------------------------
  - id: airtightness-base
    measure: airtightness
    verdict: allowed
    reason: "inside work; keep or provide ventilation"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one)"
    fr:
      reason: "travaux intérieurs ; conserver ou assurer la ventilation"
  - id: ventilation-base
    measure: [ventilation-humidity-controlled, ventilation-mvhr]
    verdict: allowed
    reason: "inside work"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one)"
    fr:
      reason: "travaux intérieurs"
  - id: ventilation-protected-outlets
    measure: [ventilation-humidity-controlled, ventilation-mvhr]
    when: {protection: any}
    verdict: conditional
    conditions: ["no grilles or ducts on street façades: outlets through the roof or on courtyard façades"]
    reason: "façade and roof outlets are visible changes"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2"
    fr:
      reason: "les sorties en façade et en toiture sont des changements visibles"
      conditions: ["ni grille ni gaine sur les façades sur rue : sorties en toiture ou sur cour"]
  - id: ventilation-psmv-ducts
    measure: ventilation-mvhr
    when: {protection: [psmv, building-protected]}
    verdict: conditional
    conditions: ["ducts routed without cutting protected interiors (ceilings, panelling)"]
    reason: "a PSMV also protects interiors"
    source: "Code de l'urbanisme L.313-1 (a PSMV regulates interiors too); Code du patrimoine L.632-1"
    fr:
      reason: "un PSMV protège aussi les intérieurs"
      conditions: ["gaines passées sans entailler les intérieurs protégés (plafonds, lambris)"]

  # --- Systems on façades and roofs -------------------------------------------------------------------
  - id: heat-pump-base
    measure: heat-pump-outdoor-unit
    verdict: allowed
    reason: "no heritage protection applies (noise rules still do)"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas); Code de la santé publique R.1336-5 (neighbourhood noise)"
    fr:
      reason: "aucune protection patrimoniale ne s'applique (les règles sur le bruit, si)"
  - id: heat-pump-protected-street
    measure: heat-pump-outdoor-unit
    when: {protection: any, context: street}
    verdict: forbidden
    reason: "visible from public space and noisy"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; Code de la santé publique R.1336-5 (noise)"
    fr:
      reason: "visible depuis l'espace public et bruyant"
  - id: heat-pump-protected-visible
    measure: heat-pump-outdoor-unit
    when: {protection: any, visible: true}
    verdict: forbidden
    reason: "visible from public space"
    source: "Code du patrimoine L.621-30, II and L.621-32 (abords: visibility), L.632-1 and L.632-2 (SPR)"
    fr:
      reason: "visible depuis l'espace public"
  - id: heat-pump-protected-courtyard
    measure: heat-pump-outdoor-unit
    when: {protection: any, context: courtyard}
    verdict: conditional
    conditions: ["in the courtyard, hidden from public space", "screened (painted louvres) and within noise limits"]
    reason: "acceptable only out of sight"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; Code de la santé publique R.1336-5 (noise)"
    fr:
      reason: "acceptable seulement hors de vue"
      conditions: ["dans la cour, caché de l'espace public", "habillé (persiennes peintes) et dans les limites de bruit"]
  - id: boiler-flue-base
    measure: boiler-flue
    verdict: allowed
    reason: "boiler replacement is inside work"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one)"
    fr:
      reason: "le remplacement de chaudière est un travail intérieur"
  - id: boiler-flue-protected-visible
    measure: boiler-flue
    when: {protection: any, visible: true}
    verdict: conditional
    conditions: ["flue outlet through the roof or a courtyard wall rather than the street façade; discreet, painted to match"]
    reason: "a flue outlet seen from the street changes the façade"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2"
    fr:
      reason: "une ventouse vue de la rue modifie la façade"
      conditions: ["sortie par la toiture ou un mur sur cour plutôt que par la façade sur rue ; discrète, peinte dans la teinte du mur"]
  - id: solar-base
    measure: solar-panels
    verdict: allowed
    reason: "no heritage protection applies"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas)"
    fr:
      reason: "aucune protection patrimoniale ne s'applique"
  - id: solar-protected
    measure: solar-panels
    when: {protection: any}
    verdict: conditional
    conditions:
      - "not visible from public space"
      - "flush-mounted and colour-matched to the tiles"
      - "often refused in practice: ask the ABF early"
    reason: "changes the roofscape"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; Code de l'urbanisme L.111-17 (the renewable-energy exemption of L.111-16 does not apply in protected areas)"
    fr:
      reason: "modifie le paysage des toits"
      conditions: ["non visible depuis l'espace public", "encastrés et de la teinte des tuiles", "souvent refusés en pratique : consulter l'ABF tôt"]
  - id: solar-listed
    measure: solar-panels
    when: {protection: [monument-classe, monument-inscrit]}
    verdict: forbidden
    reason: "panels on a listed monument's roof alter the monument"
    source: "Code du patrimoine L.621-9, L.621-27"
    fr:
      reason: "des panneaux sur le toit d'un monument historique altèrent le monument"
  - id: roof-windows-base
    measure: roof-windows
    verdict: allowed
    reason: "no heritage protection applies"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas)"
    fr:
      reason: "aucune protection patrimoniale ne s'applique"
  - id: roof-windows-protected
    measure: roof-windows
    when: {protection: any}
    verdict: conditional
    conditions: ["small flush roof windows of the traditional type (tabatière), few, on slopes not seen from public space"]
    reason: "changes the roofscape"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; PSMV/PVAP regulation on roofs (Code de l'urbanisme L.313-1, Code du patrimoine L.631-4)"
    fr:
      reason: "modifie le paysage des toits"
      conditions: ["petites fenêtres de toit encastrées du type traditionnel (tabatière), peu nombreuses, sur des pans non vus depuis l'espace public"]

  # --- Render -----------------------------------------------------------------------------------------
  - id: render-base
    measure: render-change
    verdict: allowed
    reason: "no heritage protection applies; stone walls are exempt from the obligation to insulate when re-rendering"
    source: "CCH R.131-28-9 (no obligation to insulate when re-rendering where it would harm the walls or the protected appearance); Code de l'urbanisme R.421-17 a)"
    fr:
      reason: "aucune protection patrimoniale ne s'applique ; les murs en pierre sont dispensés de l'obligation d'isoler lors d'un ravalement"
  - id: render-protected
    measure: render-change
    when: {protection: any}
    verdict: conditional
    conditions: ["lime render", "colour from the approved palette", "stone meant to be seen stays unrendered"]
    reason: "the render is part of the façade's appearance"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; CCH R.131-28-9"
    fr:
      reason: "l'enduit fait partie de l'aspect de la façade"
      conditions: ["enduit à la chaux", "teinte de la palette approuvée", "la pierre destinée à être vue reste apparente"]
"""#
}
