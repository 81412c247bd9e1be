/// The catalogue and scenario set shipped with renovate, embedded so the CLI needs no resource lookup.
///
/// Generated from catalogue/measures.yaml and catalogue/scenarios.yaml by scripts/embed-catalogues.py; a test
/// (`DefaultCataloguesTests`) fails when they drift apart.
public enum DefaultCatalogues {
    public static let measuresYAML = #"""
# renovate measures catalogue. Schema: docs/measures-and-scenarios.md.
# Costs excl. VAT. "estimate: true" marks figures not taken from a cited source.
schema: renovate-measures/1
version: "2026-11-28"
measures:
  - id: ext-wall-wood-fibre-120
    name: External wall insulation, wood fibre 120 mm under lime render
    kind: external-wall-insulation
    source: "cost: Je rénove BBC, 108 €/m² (domain.md §5); λ 0.042 typical wood-fibre board (estimate)"
    lifetime_years: 40
    insulant: {material: wood fibre, vapour_open: true, capillary_active: true, thickness_mm: 120, conductivity_w_per_mk: 0.042}
    effects: {wall_side: external}
    cost: {eur_per_m2: 108, element: wall}

  - id: int-wall-wood-fibre-80
    name: Internal wall insulation, wood fibre 80 mm with lime plaster
    kind: internal-wall-insulation
    source: "cost: Je rénove BBC, internal insulation 71 €/m² (domain.md §5); λ 0.040 typical (estimate)"
    lifetime_years: 40
    insulant: {material: wood fibre, vapour_open: true, capillary_active: true, thickness_mm: 80, conductivity_w_per_mk: 0.040}
    effects: {wall_side: internal}
    cost: {eur_per_m2: 71, element: wall}

  - id: int-wall-hemp-lime-60
    name: Internal wall insulation, hemp-lime 60 mm
    kind: internal-wall-insulation
    source: "λ 0.067 (domain.md §4, ENERPAT demonstrator); cost taken as internal insulation 71 €/m² (domain.md §5)"
    lifetime_years: 50
    insulant: {material: hemp-lime, vapour_open: true, capillary_active: true, thickness_mm: 60, conductivity_w_per_mk: 0.067}
    effects: {wall_side: internal}
    cost: {eur_per_m2: 71, element: wall}

  - id: int-wall-eps-100
    name: Internal wall insulation, expanded polystyrene 100 mm glued to the wall (reference of bad practice)
    kind: internal-wall-insulation
    source: "λ 0.035 typical EPS; cost below the 71 €/m² average (estimate)"
    estimate: true
    lifetime_years: 30
    insulant: {material: expanded polystyrene, vapour_open: false, capillary_active: false, thickness_mm: 100, conductivity_w_per_mk: 0.035}
    effects: {wall_side: internal}
    cost: {eur_per_m2: 60, element: wall}

  - id: attic-floor-300
    name: Attic floor insulation, 300 mm blown cellulose
    kind: attic-floor-insulation
    source: "cost: Je rénove BBC, attic floor 47 €/m² (domain.md §5); R ≈ 7 m²K/W for 300 mm at λ 0.042"
    lifetime_years: 40
    effects: {roof_added_resistance_m2k_per_w: 7.0}
    cost: {eur_per_m2: 47, element: roof}

  - id: roof-outside-200
    name: Roof insulation from outside (sarking), 200 mm wood fibre, tiles re-laid
    kind: roof-insulation-outside
    source: "cost: Je rénove BBC, roof from outside 193 €/m² (domain.md §5); R ≈ 4.8 m²K/W"
    lifetime_years: 40
    effects: {roof_added_resistance_m2k_per_w: 4.8}
    cost: {eur_per_m2: 193, element: roof}

  - id: floor-from-below-100
    name: Ground-floor insulation from the cellar, 100 mm
    kind: floor-insulation
    source: "cost: Je rénove BBC, ground floor from below 43 €/m² (domain.md §5); R 2.5 m²K/W (estimate)"
    lifetime_years: 40
    effects: {floor_added_resistance_m2k_per_w: 2.5}
    cost: {eur_per_m2: 43, element: floor}

  - id: window-wood-double
    name: Wooden double-glazed windows, same profiles and bars
    kind: window-replacement-wood
    source: "Uw 1.6 (domain.md §4, Ug 1.1); cost: Je rénove BBC, double glazing 557 €/m² of window (domain.md §5)"
    lifetime_years: 30
    effects: {window_uw_w_per_m2k: 1.6, window_g_value: 0.6, window_frame_fraction: 0.3, q4pa_m3_per_h_m2: 2.5}
    cost: {eur_per_m2: 557, element: window}

  - id: window-pvc
    name: PVC double-glazed windows
    kind: window-replacement-pvc
    source: "Uw 1.4, g 0.6 typical; cost below the 557 €/m² average (estimate)"
    estimate: true
    lifetime_years: 30
    effects: {window_uw_w_per_m2k: 1.4, window_g_value: 0.6, window_frame_fraction: 0.25, q4pa_m3_per_h_m2: 2.5}
    cost: {eur_per_m2: 450, element: window}

  - id: secondary-glazing
    name: Secondary glazing inside the existing windows
    kind: secondary-glazing
    source: "Uw ≈ 2.5 for single glazing + secondary pane (Historic England research on traditional windows, estimate); cost estimate"
    estimate: true
    lifetime_years: 30
    effects: {window_uw_w_per_m2k: 2.5, window_g_value: 0.75}
    cost: {eur_per_m2: 300, element: window}

  - id: draught-proofing
    name: Draught-proofing of windows and doors
    kind: draught-proofing
    source: "Q4Pa 2.5 m³/(h·m²) with sealed windows (domain.md §4, DPE default); cost estimate"
    estimate: true
    lifetime_years: 15
    effects: {q4pa_m3_per_h_m2: 2.5}
    cost: {eur_per_m2: 40, element: window}

  - id: airtightness-works
    name: Airtightness works (sealed floor and roof junctions, membranes, service penetrations), with sealed windows
    kind: airtightness
    source: "Q4Pa 1.2 m³/(h·m²): a renovation target looser than the RT 2012 new-build limits (0.6 houses, 1.0 flats; estimate); cost estimate per dwelling"
    estimate: true
    lifetime_years: 30
    effects: {q4pa_m3_per_h_m2: 1.2}
    cost: {eur_per_unit: 3000, unit: dwelling}

  - id: shutters-wood
    name: Wooden shutters (persiennes or solid)
    kind: shutters
    source: "ΔR 0.2 m²K/W closed half the time (EN ISO 10077-1); cost estimate"
    estimate: true
    lifetime_years: 30
    effects: {adds_shutters: true}
    cost: {eur_per_m2: 400, element: window}

  - id: vmc-hygro
    name: Humidity-controlled extract ventilation (VMC hygro B)
    kind: ventilation-humidity-controlled
    source: "0.3 1/h mean extract (estimate); cost estimate per dwelling"
    estimate: true
    lifetime_years: 20
    effects: {ventilation: {kind: humidity-extract, air_changes_per_h: 0.3}}
    cost: {eur_per_unit: 2500, unit: dwelling}

  - id: mvhr
    name: Balanced ventilation with heat recovery
    kind: ventilation-mvhr
    source: "0.4 1/h, 75 % heat recovery (typical EN 13141-7 test values, estimate); cost estimate per dwelling"
    estimate: true
    lifetime_years: 20
    effects: {ventilation: {kind: mvhr, air_changes_per_h: 0.4, heat_recovery_efficiency: 0.75}}
    cost: {eur_per_unit: 6000, unit: dwelling}

  - id: heat-pump-air-water
    name: Air-to-water heat pump
    kind: heat-pump-outdoor-unit
    source: "≈ 10,000 € per dwelling (domain.md §5, range 8–20 k€); SCOP 2.9 (estimate, zone H2 radiators)"
    lifetime_years: 17
    effects: {heating: {system: heat-pump-air-water, carrier: electricity, seasonal_efficiency: 2.9}}
    cost: {eur_per_unit: 10000, unit: dwelling}

  - id: pellet-boiler
    name: Wood-pellet boiler
    kind: boiler-flue
    source: "seasonal efficiency 0.85 and cost per dwelling (estimates)"
    estimate: true
    lifetime_years: 20
    effects: {heating: {system: pellet-boiler, carrier: wood-pellets, seasonal_efficiency: 0.85}}
    cost: {eur_per_unit: 15000, unit: dwelling}
"""#

    public static let scenariosYAML = #"""
# renovate scenario set. Schema: docs/measures-and-scenarios.md.
schema: renovate-scenarios/1
version: "2026-11-28"
# When a measure is forbidden and its entry says "if_forbidden: substitute", the chain below is followed
# until a measure is allowed (or conditional) on that façade.
substitutions:
  ext-wall-wood-fibre-120: int-wall-wood-fibre-80
  int-wall-wood-fibre-80: int-wall-hemp-lime-60
  window-pvc: window-wood-double
  window-wood-double: secondary-glazing
scenarios:
  - id: baseline
    name: No works
    measures: []

  - id: light-reversible
    name: Reversible light works (attic, draught-proofing, secondary glazing, shutters)
    measures:
      - {measure: attic-floor-300}
      - {measure: draught-proofing}
      - {measure: secondary-glazing, if_forbidden: skip-facade}
      - {measure: shutters-wood, if_forbidden: skip-facade}

  - id: envelope-heritage
    name: Heritage-compatible envelope (internal wood fibre, wooden windows, attic, floor, VMC)
    apply_if:
      period: [before-1915, 1915-1948]
    measures:
      - {measure: int-wall-wood-fibre-80, if_forbidden: substitute}
      - {measure: window-wood-double, if_forbidden: substitute}
      - {measure: attic-floor-300}
      - {measure: floor-from-below-100}
      - {measure: vmc-hygro}

  - id: deep-external
    name: Deep renovation with external insulation, falling back to internal insulation where refused
    measures:
      - {measure: ext-wall-wood-fibre-120, if_forbidden: substitute}
      - {measure: window-wood-double, if_forbidden: substitute}
      - {measure: attic-floor-300}
      - {measure: floor-from-below-100}
      - {measure: mvhr}
      - {measure: heat-pump-air-water, if_forbidden: block, apply_if: {heating: [electric-convector, oil-boiler, gas-boiler]}}
"""#
}
