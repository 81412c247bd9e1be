import BuildingModel
import Yams

/// Parses a measures catalogue (schema `renovate-measures/1`, documented in docs/measures-and-scenarios.md).
public enum MeasureCatalogueLoader {
    public static let schema = "renovate-measures/1"

    /// Physically possible ranges, used to refuse impossible values.
    static let opaqueURange = 0.05...6.0
    static let windowURange = 0.4...6.5
    static let resistanceRange = 0.01...20.0

    /// Kind names the measures catalogue used before it adopted the heritage vocabulary (`MeasureKind`), so
    /// that an old catalogue's error names the new kind.
    static let formerKindNames: [String: MeasureKind] = [
        "window-pvc": .windowReplacementPVC, "window-wood-double": .windowReplacementWood,
        "ventilation-humidity-extract": .ventilationHumidityControlled,
    ]

    public static func parse(_ text: String, file: String) throws -> MeasureCatalogue {
        let y = YAMLReader(file: file)
        let root = try y.root(text)
        let top = try y.mapping(root, entry: "catalogue", field: "(root)")
        try y.rejectUnknownKeys(top, known: ["schema", "version", "measures"], entry: "catalogue")
        let schemaNode = try y.required(top, "schema", entry: "catalogue", at: root)
        let found = try y.string(schemaNode, entry: "catalogue", field: "schema")
        guard found == schema else {
            throw RetrofitInputError.unsupportedSchema(y.location(schemaNode), found: found, expected: schema)
        }
        let list = try y.sequence(try y.required(top, "measures", entry: "catalogue", at: root),
                                  entry: "catalogue", field: "measures")
        var measures: [Measure] = []
        var firstLine: [String: Int] = [:]
        for node in list {
            let m = try measure(node, y)
            if let first = firstLine[m.id] {
                throw RetrofitInputError.duplicateID(y.location(node), id: m.id, firstLine: first)
            }
            firstLine[m.id] = m.line
            measures.append(m)
        }
        return MeasureCatalogue(measures: measures, file: file)
    }

    static func measure(_ node: Node, _ y: YAMLReader) throws -> Measure {
        let m = try y.mapping(node, entry: "measure", field: "measures[]")
        let idNode = try y.required(m, "id", entry: "measure", at: node)
        let id = try y.string(idNode, entry: "measure", field: "id")
        let entry = "measure \"\(id)\""
        try y.rejectUnknownKeys(m, known: ["id", "name", "kind", "source", "estimate", "lifetime_years", "effects",
                                           "insulant", "cost", "notes"], entry: entry)
        let name = try m["name"].map { try y.string($0, entry: entry, field: "name") } ?? id
        let kindNode = try y.required(m, "kind", entry: entry, at: node)
        let kindText = try y.string(kindNode, entry: entry, field: "kind")
        guard let kind = MeasureKind(rawValue: kindText) else {
            let names = MeasureKind.allCases.map(\.rawValue)
            throw RetrofitInputError.unknownMeasureKind(
                y.location(kindNode), entry: entry, value: kindText,
                suggestion: formerKindNames[kindText]?.rawValue ?? closestMatch(kindText, in: names))
        }
        let source = try y.string(try y.required(m, "source", entry: entry, at: node), entry: entry, field: "source")
        let estimate = try m["estimate"].map { try y.bool($0, entry: entry, field: "estimate") } ?? false
        let lifeNode = try y.required(m, "lifetime_years", entry: entry, at: node)
        let life = try y.double(lifeNode, entry: entry, field: "lifetime_years")
        guard life > 0 && life <= 200 else {
            throw RetrofitInputError.impossibleValue(y.location(lifeNode), measureID: id, field: "lifetime_years",
                                                     value: life, expected: "a lifetime in (0, 200] years")
        }
        let insulant = try m["insulant"].map { try self.insulant($0, id: id, y) }
        var effects = try m["effects"].map { try self.effects($0, id: id, y) } ?? MeasureEffects()
        if let ins = insulant, effects.wallAddedResistanceM2KPerW == nil, effects.wallSide != nil {
            effects.wallAddedResistanceM2KPerW = ins.resistanceM2KPerW
        }
        let cost = try self.cost(try y.required(m, "cost", entry: entry, at: node), id: id, y)
        return Measure(id: id, name: name, kind: kind, effects: effects, insulant: insulant, cost: cost,
                       lifetimeYears: life, source: source, isEstimate: estimate, line: node.mark?.line ?? 0)
    }

    static func checked(_ node: Node, id: String, field: String, range: ClosedRange<Double>, expected: String,
                        _ y: YAMLReader) throws -> Double {
        let v = try y.double(node, entry: "measure \"\(id)\"", field: field)
        guard range.contains(v) else {
            throw RetrofitInputError.impossibleValue(y.location(node), measureID: id, field: field, value: v,
                                                     expected: expected)
        }
        return v
    }

    static func effects(_ node: Node, id: String, _ y: YAMLReader) throws -> MeasureEffects {
        let entry = "measure \"\(id)\""
        let m = try y.mapping(node, entry: entry, field: "effects")
        try y.rejectUnknownKeys(m, known: [
            "wall_added_resistance_m2k_per_w", "wall_side", "wall_u_value_w_per_m2k", "roof_added_resistance_m2k_per_w",
            "roof_u_value_w_per_m2k", "floor_added_resistance_m2k_per_w", "floor_u_value_w_per_m2k",
            "window_uw_w_per_m2k", "window_g_value", "window_frame_fraction", "adds_shutters", "q4pa_m3_per_h_m2",
            "ventilation", "heating",
        ], entry: entry)
        var e = MeasureEffects()
        func num(_ key: String, _ range: ClosedRange<Double>, _ expected: String) throws -> Double? {
            guard let n = m[key] else { return nil }
            return try checked(n, id: id, field: "effects.\(key)", range: range, expected: expected, y)
        }
        let r = "an added resistance in [0.01, 20] m²·K/W"
        let uo = "an opaque-element U-value in [0.05, 6] W/(m²·K)"
        e.wallAddedResistanceM2KPerW = try num("wall_added_resistance_m2k_per_w", resistanceRange, r)
        e.wallSide = try m["wall_side"].map { try y.enumValue($0, as: InsulationSide.self, entry: entry,
                                                               field: "effects.wall_side") }
        e.wallUValueWPerM2K = try num("wall_u_value_w_per_m2k", opaqueURange, uo)
        e.roofAddedResistanceM2KPerW = try num("roof_added_resistance_m2k_per_w", resistanceRange, r)
        e.roofUValueWPerM2K = try num("roof_u_value_w_per_m2k", opaqueURange, uo)
        e.floorAddedResistanceM2KPerW = try num("floor_added_resistance_m2k_per_w", resistanceRange, r)
        e.floorUValueWPerM2K = try num("floor_u_value_w_per_m2k", opaqueURange, uo)
        e.windowUwWPerM2K = try num("window_uw_w_per_m2k", windowURange, "a window U-value in [0.4, 6.5] W/(m²·K)")
        e.windowGValue = try num("window_g_value", 0...1, "a g-value in [0, 1]")
        e.windowFrameFraction = try num("window_frame_fraction", 0...0.9, "a frame fraction in [0, 0.9]")
        e.addsShutters = try m["adds_shutters"].map { try y.bool($0, entry: entry, field: "effects.adds_shutters") }
            ?? false
        e.q4PaM3PerHM2 = try num("q4pa_m3_per_h_m2", 0.05...20, "an air leakage Q4Pa in [0.05, 20] m³/(h·m²)")
        if let v = m["ventilation"] {
            let vm = try y.mapping(v, entry: entry, field: "effects.ventilation")
            let kind = try y.enumValue(try y.required(vm, "kind", entry: entry, at: v), as: VentilationKind.self,
                                       entry: entry, field: "effects.ventilation.kind")
            let ach = try checked(try y.required(vm, "air_changes_per_h", entry: entry, at: v), id: id,
                                  field: "effects.ventilation.air_changes_per_h", range: 0...5,
                                  expected: "an air-change rate in [0, 5] 1/h", y)
            let eta = try vm["heat_recovery_efficiency"].map {
                try checked($0, id: id, field: "effects.ventilation.heat_recovery_efficiency", range: 0...0.95,
                            expected: "a heat-recovery efficiency in [0, 0.95]", y)
            } ?? 0
            e.ventilation = Ventilation(kind: kind, airChangesPerH: ach, heatRecoveryEfficiency: eta)
        }
        if let h = m["heating"] {
            let hm = try y.mapping(h, entry: entry, field: "effects.heating")
            let system = try y.enumValue(try y.required(hm, "system", entry: entry, at: h), as: HeatingSystem.self,
                                         entry: entry, field: "effects.heating.system")
            let carrier = try y.enumValue(try y.required(hm, "carrier", entry: entry, at: h), as: EnergyCarrier.self,
                                          entry: entry, field: "effects.heating.carrier")
            let eff = try checked(try y.required(hm, "seasonal_efficiency", entry: entry, at: h), id: id,
                                  field: "effects.heating.seasonal_efficiency", range: 0.1...6,
                                  expected: "a seasonal efficiency or SCOP in [0.1, 6]", y)
            e.heating = HeatingSpec(system: system, carrier: carrier, seasonalEfficiency: eff)
        }
        return e
    }

    static func insulant(_ node: Node, id: String, _ y: YAMLReader) throws -> Insulant {
        let entry = "measure \"\(id)\""
        let m = try y.mapping(node, entry: entry, field: "insulant")
        try y.rejectUnknownKeys(m, known: ["material", "vapour_open", "capillary_active", "thickness_mm",
                                           "conductivity_w_per_mk"], entry: entry)
        func req(_ k: String) throws -> Node { try y.required(m, k, entry: entry, at: node) }
        return Insulant(
            material: try y.string(try req("material"), entry: entry, field: "insulant.material"),
            isVapourOpen: try y.bool(try req("vapour_open"), entry: entry, field: "insulant.vapour_open"),
            isCapillaryActive: try y.bool(try req("capillary_active"), entry: entry,
                                          field: "insulant.capillary_active"),
            thicknessMM: try checked(try req("thickness_mm"), id: id, field: "insulant.thickness_mm",
                                     range: 1...1000, expected: "a thickness in [1, 1000] mm", y),
            conductivityWPerMK: try checked(try req("conductivity_w_per_mk"), id: id,
                                            field: "insulant.conductivity_w_per_mk", range: 0.015...2,
                                            expected: "a conductivity λ in [0.015, 2] W/(m·K)", y))
    }

    static func cost(_ node: Node, id: String, _ y: YAMLReader) throws -> CostModel {
        let entry = "measure \"\(id)\""
        let m = try y.mapping(node, entry: entry, field: "cost")
        try y.rejectUnknownKeys(m, known: ["eur_per_m2", "element", "eur_per_unit", "unit", "eur_per_kw",
                                           "eur_fixed"], entry: entry)
        func eur(_ k: String) throws -> Double {
            guard let n = m[k] else { return 0 }
            let v = try y.double(n, entry: entry, field: "cost.\(k)")
            guard v >= 0 else { throw RetrofitInputError.negativeCost(y.location(n), measureID: id, field: "cost.\(k)",
                                                                      value: v) }
            return v
        }
        var c = CostModel()
        c.eurPerM2 = try eur("eur_per_m2")
        c.eurPerUnit = try eur("eur_per_unit")
        c.eurPerKW = try eur("eur_per_kw")
        c.eurFixed = try eur("eur_fixed")
        c.element = try m["element"].map { try y.enumValue($0, as: CostElement.self, entry: entry,
                                                            field: "cost.element") }
        c.unit = try m["unit"].map { try y.enumValue($0, as: CostUnit.self, entry: entry, field: "cost.unit") }
        if c.eurPerM2 > 0 && c.element == nil {
            throw RetrofitInputError.missingField(y.location(node), entry: entry, field: "cost.element")
        }
        if c.eurPerUnit > 0 && c.unit == nil {
            throw RetrofitInputError.missingField(y.location(node), entry: entry, field: "cost.unit")
        }
        return c
    }
}
