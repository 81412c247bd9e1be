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
  - id: monument-inscrit-works
    measure: all
    when: {protection: monument-inscrit}
    verdict: conditional
    conditions: ["declaration to the DRAC four months before the works (permit for exterior changes)"]
    reason: "works on a monument historique inscrit are declared to the State, which may object"
    source: "Code du patrimoine L.621-27"

  # --- External wall insulation -----------------------------------------------------------------------
  - id: ewi-base
    measure: external-wall-insulation
    verdict: allowed
    reason: "no heritage protection applies (ordinary planning rules still do)"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas)"
  - id: ewi-protected-street
    measure: external-wall-insulation
    when: {protection: any, context: street}
    verdict: forbidden
    reason: "changes the thickness, the window reveals and the render of a façade seen from public space"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; Code de l'urbanisme L.111-17 (the insulation exemption of L.111-16 does not apply in protected areas); EN 16883:2017"
  - id: ewi-protected-visible
    measure: external-wall-insulation
    when: {protection: any, visible: true}
    verdict: forbidden
    reason: "the façade is visible from public space"
    source: "Code du patrimoine L.621-30, II and L.621-32 (abords: visibility), L.632-1 and L.632-2 (SPR); Code de l'urbanisme L.111-17"
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
  - id: ewi-kept-or-listed
    measure: external-wall-insulation
    when: {protection: [facade-keep, building-protected, monument-classe, monument-inscrit]}
    verdict: forbidden
    reason: "the plan or the listing protects this façade as it is"
    source: "Code du patrimoine L.621-9 (classé), L.621-27 (inscrit); PSMV regulation and legend (immeuble or façade à conserver), Code de l'urbanisme L.313-1"

  # --- Internal wall insulation -----------------------------------------------------------------------
  - id: iwi-base
    measure: internal-wall-insulation
    verdict: allowed
    reason: "invisible from outside; on old walls use vapour-open, capillary-active insulants (moisture risk)"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one); RIBuild (EU H2020, 2020) and EN 16883:2017 on moisture-safe internal insulation"
  - id: iwi-psmv
    measure: internal-wall-insulation
    when: {protection: [psmv, building-protected]}
    verdict: conditional
    conditions:
      - "keep protected interior features (fireplaces, panelling, stairs, mouldings)"
      - "vapour-open, capillary-active insulant (wood fibre, hemp-lime, cork-lime, calcium silicate)"
    reason: "a PSMV also protects interiors"
    source: "Code de l'urbanisme L.313-1 (a PSMV regulates interiors too); Code du patrimoine L.632-1 (works inside a building of an SPR with a PSMV); RIBuild (EU H2020, 2020)"

  # --- Roof and floors --------------------------------------------------------------------------------
  - id: attic-floor-base
    measure: attic-floor-insulation
    verdict: allowed
    reason: "invisible from outside and reversible"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one)"
  - id: roof-outside-base
    measure: roof-insulation-outside
    verdict: allowed
    reason: "no heritage protection applies"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas)"
  - id: roof-outside-protected
    measure: roof-insulation-outside
    when: {protection: any}
    verdict: conditional
    conditions:
      - "eaves height and roof line unchanged"
      - "tiles re-laid the same (canal tiles, reclaimed where possible)"
    reason: "raises the roof and may change eaves and tiles"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; Code de l'urbanisme L.111-17"
  - id: floor-base
    measure: floor-insulation
    verdict: allowed
    reason: "invisible from outside"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one)"
  - id: floor-psmv
    measure: floor-insulation
    when: {protection: [psmv, building-protected]}
    verdict: conditional
    conditions: ["keep protected floors (tiles, parquet, vaults); insulate from below where possible"]
    reason: "a PSMV may protect floors"
    source: "Code de l'urbanisme L.313-1 (a PSMV regulates interiors too); Code du patrimoine L.632-1"

  # --- Windows ----------------------------------------------------------------------------------------
  - id: window-pvc-base
    measure: window-replacement-pvc
    verdict: allowed
    reason: "no heritage protection applies"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas)"
  - id: window-pvc-protected
    measure: window-replacement-pvc
    when: {protection: any}
    verdict: forbidden
    reason: "PVC changes the profiles and cannot take the traditional paint colours"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; ABF practice: Ministère de la Culture, fiches ATHEBA « Amélioration thermique du bâti ancien » (menuiseries)"
  - id: window-wood-base
    measure: window-replacement-wood
    verdict: allowed
    reason: "no heritage protection applies"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas)"
  - id: window-wood-protected
    measure: window-replacement-wood
    when: {protection: any}
    verdict: conditional
    conditions:
      - "wood frames with the same profiles and glazing bars"
      - "approved paint colour"
    reason: "the joinery is part of the façade's character"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; fiches ATHEBA (menuiseries)"
  - id: window-wood-kept
    measure: window-replacement-wood
    when: {protection: [facade-keep, monument-classe, monument-inscrit]}
    verdict: conditional
    conditions: ["restore surviving historic windows rather than replace them; replace only beyond repair"]
    reason: "historic windows of a kept façade are part of what is protected"
    source: "PSMV regulation and legend (façade à conserver), Code de l'urbanisme L.313-1; Code du patrimoine L.621-9, L.621-27; EN 16883:2017 (repair before replacement)"
  - id: secondary-glazing-base
    measure: secondary-glazing
    verdict: allowed
    reason: "reversible and invisible from outside: the preferred window measure"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one); fiches ATHEBA (menuiseries: survitrage, double fenêtre)"
  - id: draught-proofing-base
    measure: draught-proofing
    verdict: allowed
    reason: "reversible, no visible change: preferred"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one); fiches ATHEBA"
  - id: shutters-base
    measure: shutters
    verdict: allowed
    reason: "reversible; shutters cut window heat loss strongly (preferred)"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas)"
  - id: shutters-protected-street
    measure: shutters
    when: {protection: any, context: street}
    verdict: conditional
    conditions: ["wooden shutters of the local type in an approved colour; no roller-shutter boxes"]
    reason: "shutters seen from public space are part of the façade"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; PSMV/PVAP regulation on joinery (Code de l'urbanisme L.313-1, Code du patrimoine L.631-4)"

  # --- Airtightness and ventilation -------------------------------------------------------------------
  - id: airtightness-base
    measure: airtightness
    verdict: allowed
    reason: "inside work; keep or provide ventilation"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one)"
  - id: ventilation-base
    measure: [ventilation-humidity-controlled, ventilation-mvhr]
    verdict: allowed
    reason: "inside work"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one)"
  - id: ventilation-protected-outlets
    measure: [ventilation-humidity-controlled, ventilation-mvhr]
    when: {protection: any}
    verdict: conditional
    conditions: ["no grilles or ducts on street façades: outlets through the roof or on courtyard façades"]
    reason: "façade and roof outlets are visible changes"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2"
  - id: ventilation-psmv-ducts
    measure: ventilation-mvhr
    when: {protection: [psmv, building-protected]}
    verdict: conditional
    conditions: ["ducts routed without cutting protected interiors (ceilings, panelling)"]
    reason: "a PSMV also protects interiors"
    source: "Code de l'urbanisme L.313-1 (a PSMV regulates interiors too); Code du patrimoine L.632-1"

  # --- Systems on façades and roofs -------------------------------------------------------------------
  - id: heat-pump-base
    measure: heat-pump-outdoor-unit
    verdict: allowed
    reason: "no heritage protection applies (noise rules still do)"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas); Code de la santé publique R.1336-5 (neighbourhood noise)"
  - id: heat-pump-protected-street
    measure: heat-pump-outdoor-unit
    when: {protection: any, context: street}
    verdict: forbidden
    reason: "visible from public space and noisy"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; Code de la santé publique R.1336-5 (noise)"
  - id: heat-pump-protected-visible
    measure: heat-pump-outdoor-unit
    when: {protection: any, visible: true}
    verdict: forbidden
    reason: "visible from public space"
    source: "Code du patrimoine L.621-30, II and L.621-32 (abords: visibility), L.632-1 and L.632-2 (SPR)"
  - id: heat-pump-protected-courtyard
    measure: heat-pump-outdoor-unit
    when: {protection: any, context: courtyard}
    verdict: conditional
    conditions: ["in the courtyard, hidden from public space", "screened (painted louvres) and within noise limits"]
    reason: "acceptable only out of sight"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; Code de la santé publique R.1336-5 (noise)"
  - id: boiler-flue-base
    measure: boiler-flue
    verdict: allowed
    reason: "boiler replacement is inside work"
    source: "no heritage authorisation for inside work outside a PSMV; Code de l'urbanisme R.421-13 (works on an existing building need no authorisation unless R.421-14 to R.421-17 require one)"
  - id: boiler-flue-protected-visible
    measure: boiler-flue
    when: {protection: any, visible: true}
    verdict: conditional
    conditions: ["flue outlet through the roof or a courtyard wall rather than the street façade; discreet, painted to match"]
    reason: "a flue outlet seen from the street changes the façade"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2"
  - id: solar-base
    measure: solar-panels
    verdict: allowed
    reason: "no heritage protection applies"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas)"
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
  - id: solar-listed
    measure: solar-panels
    when: {protection: [monument-classe, monument-inscrit]}
    verdict: forbidden
    reason: "panels on a listed monument's roof alter the monument"
    source: "Code du patrimoine L.621-9, L.621-27"
  - id: roof-windows-base
    measure: roof-windows
    verdict: allowed
    reason: "no heritage protection applies"
    source: "no heritage authorisation; Code de l'urbanisme R.421-17 a) (déclaration préalable for a change of exterior appearance), L.111-16 (a local plan may not oppose it outside protected areas)"
  - id: roof-windows-protected
    measure: roof-windows
    when: {protection: any}
    verdict: conditional
    conditions: ["small flush roof windows of the traditional type (tabatière), few, on slopes not seen from public space"]
    reason: "changes the roofscape"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; PSMV/PVAP regulation on roofs (Code de l'urbanisme L.313-1, Code du patrimoine L.631-4)"

  # --- Render -----------------------------------------------------------------------------------------
  - id: render-base
    measure: render-change
    verdict: allowed
    reason: "no heritage protection applies; stone walls are exempt from the obligation to insulate when re-rendering"
    source: "CCH R.131-28-9 (no obligation to insulate when re-rendering where it would harm the walls or the protected appearance); Code de l'urbanisme R.421-17 a)"
  - id: render-protected
    measure: render-change
    when: {protection: any}
    verdict: conditional
    conditions: ["lime render", "colour from the approved palette", "stone meant to be seen stays unrendered"]
    reason: "the render is part of the façade's appearance"
    source: "Code du patrimoine L.632-1 and L.632-2 (SPR: prior authorisation, ABF agreement), L.621-32 (abords: prior authorisation, ABF agreement); Code de l'urbanisme R.425-1, R.425-2; CCH R.131-28-9"
"""#
}
