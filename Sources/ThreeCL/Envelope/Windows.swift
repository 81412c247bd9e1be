/// §3.3 — windows and French windows: Ug of the glazing, Uw of the window (table by frame and Ug, interpolated),
/// Ujn with the closure's additional resistance ΔR, double windows, and (§6.2.1, §6.2.2) the solar factor Sw and the
/// shading factors Fe1 (near masks) and Fe2 (far masks).
public struct WindowInput: Sendable, Hashable, Codable {
    /// The glazing and frame of a window (the main one, or the second of a double window).
    public struct Glazing: Sendable, Hashable, Codable {
        /// ADEME `enum_type_vitrage_id` (1 single, 2 double, 3 triple, 4 secondary glazing…).
        public var glazingTypeId: Int
        /// ADEME `enum_inclinaison_vitrage_id` (1 < 25°, 2 25–75°, 3 > 75°, 4 horizontal).
        public var tiltId: Int
        /// ADEME `enum_type_gaz_lame_id` (1 air, 2 argon or krypton, 3 unknown) and gap thickness, mm.
        public var gasId: Int?
        public var gapMm: Double?
        /// Low-emissivity coating (VIR).
        public var lowEmissivity: Bool?
        /// ADEME `enum_type_materiaux_menuiserie_id`, `enum_type_baie_id`, `enum_type_pose_id`.
        public var frameMaterialId: Int
        public var windowTypeId: Int
        public var poseTypeId: Int?
        /// Rows cited (`tv_ug_id`, `tv_uw_id`, `tv_sw_id`).
        public var ugRowId: Int?
        public var uwRowId: Int?
        public var swRowId: Int?
        /// Values entered from justified documents.
        public var enteredUg: Double?
        public var enteredUw: Double?
        public var enteredSw: Double?

        public init(
            glazingTypeId: Int, tiltId: Int = 3, gasId: Int? = nil, gapMm: Double? = nil, lowEmissivity: Bool? = nil,
            frameMaterialId: Int, windowTypeId: Int, poseTypeId: Int? = nil, ugRowId: Int? = nil,
            uwRowId: Int? = nil, swRowId: Int? = nil, enteredUg: Double? = nil, enteredUw: Double? = nil,
            enteredSw: Double? = nil
        ) {
            self.glazingTypeId = glazingTypeId
            self.tiltId = tiltId
            self.gasId = gasId
            self.gapMm = gapMm
            self.lowEmissivity = lowEmissivity
            self.frameMaterialId = frameMaterialId
            self.windowTypeId = windowTypeId
            self.poseTypeId = poseTypeId
            self.ugRowId = ugRowId
            self.uwRowId = uwRowId
            self.swRowId = swRowId
            self.enteredUg = enteredUg
            self.enteredUw = enteredUw
            self.enteredSw = enteredSw
        }
    }

    public var origin: ElementOrigin
    /// The element's identifier in its DPE (`reference`), which thermal bridges use to name the elements they join.
    public var reference: String?
    public var description: String
    public var adjacency: AdjacencyInput
    /// Total area of the bays (all `nb_baie` of them), m².
    public var areaM2: Double
    public var count: Int
    public var glazing: Glazing
    /// The second window of a double window (§3.3.2), nil for a single one.
    public var secondWindow: Glazing?
    /// ADEME `enum_type_fermeture_id` (1 none), and the ΔR / Ujn rows cited.
    public var closureTypeId: Int
    public var deltaRRowId: Int?
    public var ujnRowId: Int?
    public var enteredUjn: Double?
    /// ADEME `enum_orientation_id` (1 south, 2 north, 3 east, 4 west, 5 horizontal).
    public var orientationId: Int
    /// Masks (§6.2.2): near mask row (`tv_coef_masque_proche_id`), homogeneous far mask row, non-homogeneous far
    /// mask rows (one per obstructed sector).
    public var nearMaskRowId: Int?
    public var farMaskHomogeneousRowId: Int?
    public var farMaskSectorRowIds: [Int]
    /// Seals on the frame (`presence_joint`, §4 air permeability).
    public var hasSeals: Bool
    /// Frame width (`largeur_dormant`, cm) and insulation return in the reveal (`presence_retour_isolation`), for the
    /// window/wall thermal bridge (§3.4).
    public var frameWidthCm: Double?
    public var insulationReturn: Bool?

    public init(
        origin: ElementOrigin = ElementOrigin(), reference: String? = nil, description: String = "",
        adjacency: AdjacencyInput, areaM2: Double,
        count: Int = 1, glazing: Glazing, secondWindow: Glazing? = nil, closureTypeId: Int = 1,
        deltaRRowId: Int? = nil, ujnRowId: Int? = nil, enteredUjn: Double? = nil, orientationId: Int,
        nearMaskRowId: Int? = nil, farMaskHomogeneousRowId: Int? = nil, farMaskSectorRowIds: [Int] = [],
        hasSeals: Bool = false, frameWidthCm: Double? = nil, insulationReturn: Bool? = nil
    ) {
        self.origin = origin
        self.reference = reference
        self.description = description
        self.adjacency = adjacency
        self.areaM2 = areaM2
        self.count = count
        self.glazing = glazing
        self.secondWindow = secondWindow
        self.closureTypeId = closureTypeId
        self.deltaRRowId = deltaRRowId
        self.ujnRowId = ujnRowId
        self.enteredUjn = enteredUjn
        self.orientationId = orientationId
        self.nearMaskRowId = nearMaskRowId
        self.farMaskHomogeneousRowId = farMaskHomogeneousRowId
        self.farMaskSectorRowIds = farMaskSectorRowIds
        self.hasSeals = hasSeals
        self.frameWidthCm = frameWidthCm
        self.insulationReturn = insulationReturn
    }
}

/// The thermal and solar values of one window.
public struct WindowValues: Sendable, Hashable, Codable {
    public var ug: Double?
    public var uw: Double
    /// Ujn when the window has a closure, else nil.
    public var ujn: Double?
    /// The U the loss uses: Ujn with a closure, Uw without (W/(m²·K)).
    public var u: Double
    public var sw: Double
    public var fe1: Double
    public var fe2: Double
}

public enum Windows {
    /// §3.3.2: the air-gap resistance between the two windows of a double window, m²·K/W.
    static let doubleWindowGapResistance = 0.07

    /// §3.3 and §6.2: all values of a window.
    public static func values(_ w: WindowInput, tables: MethodTables) throws(ThreeCLError) -> WindowValues {
        let first = try glazingValues(w.glazing, origin: w.origin, tables: tables)
        var uw = first.uw
        var sw = first.sw
        if let second = w.secondWindow {
            let s = try glazingValues(second, origin: w.origin, tables: tables)
            // §3.3.2 and §6.2.1: a double window, unless its combined values were entered.
            if w.glazing.enteredUw == nil { uw = 1 / (1 / first.uw + 1 / s.uw + doubleWindowGapResistance) }
            if w.glazing.enteredSw == nil { sw = first.sw * s.sw }
        }
        var ujn: Double?
        if w.closureTypeId != 1 {
            ujn = try Self.ujn(w, uw: uw, tables: tables)
        }
        var fe1 = 1.0
        if let id = w.nearMaskRowId { fe1 = try tables.columns.nearMaskFe1.value(id, in: tables) }
        var fe2 = 1.0
        if let id = w.farMaskHomogeneousRowId {
            fe2 = try tables.columns.farMaskFe2.value(id, in: tables)
        } else if !w.farMaskSectorRowIds.isEmpty {
            // §6.2.2: non-homogeneous far masks: Fe2 = max(0, 1 − Σ Omb/100) over the obstructed sectors.
            var shade = 0.0
            // The table's key is shortened ("…non_homoge") but its rows' ids are `tv_coef_masque_lointain_non_homogene_id`.
            let rows = try tables.rows("coef_masque_lointain_non_homoge")
            for id in w.farMaskSectorRowIds {
                guard let row = rows.first(where: { $0.string("tv_coef_masque_lointain_non_homogene_id") == "\(id)" }) else {
                    throw .missingTableRow(table: "coef_masque_lointain_non_homogene", key: "tv id \(id)")
                }
                shade += try row.number("omb")
            }
            fe2 = max(0, 1 - shade / 100)
        }
        return WindowValues(ug: first.ug, uw: uw, ujn: ujn, u: ujn ?? uw, sw: sw, fe1: fe1, fe2: fe2)
    }

    /// §3.3.1–§3.3.2 and §6.2.1 for one glazing: Ug, Uw, Sw.
    static func glazingValues(
        _ g: WindowInput.Glazing, origin: ElementOrigin, tables: MethodTables
    ) throws(ThreeCLError) -> (ug: Double?, uw: Double, sw: Double) {
        var ug: Double? = g.enteredUg
        if ug == nil, ![1, 2, 3].contains(g.windowTypeId) {
            if let id = g.ugRowId {
                ug = try tables.columns.ug.value(id, in: tables)
            } else {
                ug = try ugRow(g, origin: origin, tables: tables)?.number("ug")
            }
        }
        let uw: Double
        if let v = g.enteredUw {
            uw = v
        } else {
            uw = try Self.uw(g, ug: ug, origin: origin, tables: tables)
        }
        let sw: Double
        if let v = g.enteredSw {
            sw = v
        } else if let id = g.swRowId {
            sw = try tables.columns.sw.value(id, in: tables)
        } else {
            sw = try swRow(g, origin: origin, tables: tables).number("sw")
        }
        return (ug, uw, sw)
    }

    /// §3.3.1: the `ug` row for the glazing type, gas, tilt, low-emissivity coating and gap (the largest tabulated
    /// gap not above the actual one).
    public static func ugRow(_ g: WindowInput.Glazing, origin: ElementOrigin, tables: MethodTables) throws(ThreeCLError) -> TableRow? {
        let rows = try tables.rows("ug", where: "enum_type_vitrage_id", contains: g.glazingTypeId)
        guard !rows.isEmpty else { throw origin.unknown("enum_type_vitrage_id", g.glazingTypeId, "type_vitrage") }
        if rows.count == 1 { return rows[0] }
        // The rows of this gas, tilt and coating, in increasing gap (prepared at load).
        let lowE = g.lowEmissivity ?? false
        let sorted = tables.ugRows(glazingTypeId: g.glazingTypeId, gasId: g.gasId ?? 3, tiltId: g.tiltId, lowEmissivity: lowE)
        guard let first = sorted.first else {
            throw .missingTableRow(
                table: "ug", key: "vitrage \(g.glazingTypeId), gaz \(g.gasId ?? 3), tilt \(g.tiltId), vir \(lowE ? "1" : "0")")
        }
        let gap = g.gapMm ?? 0
        return (sorted.last(where: { $0.gapMm <= gap + 1e-9 }) ?? first).row
    }

    /// §3.3.2: Uw from the `uw` table for the window type and frame material, interpolated linearly between the two
    /// tabulated Ug around the glazing's Ug (glass bricks and polycarbonate: one value per type).
    static func uw(
        _ g: WindowInput.Glazing, ug: Double?, origin: ElementOrigin, tables: MethodTables
    ) throws(ThreeCLError) -> Double {
        // Fast path: the tabulated (Ug, Uw) curve of this window type and frame (prepared at load).
        if let ug, let v = TableLookup.interpolate(
            tables.uwCurve(windowTypeId: g.windowTypeId, frameMaterialId: g.frameMaterialId), at: ug, extrapolate: true)
        {
            return v
        }
        let rows = try tables.rows("uw", where: "enum_type_baie_id", contains: g.windowTypeId).filter {
            $0.matches("enum_type_materiaux_menuiserie_id", g.frameMaterialId)
        }
        if rows.isEmpty, let id = g.uwRowId { return try tables.columns.uw.value(id, in: tables) }
        guard let firstRow = rows.first else {
            throw .missingTableRow(table: "uw", key: "baie \(g.windowTypeId), menuiserie \(g.frameMaterialId)")
        }
        guard let ug else { return try firstRow.number("uw") }
        let points = tables.uwCurve(windowTypeId: g.windowTypeId, frameMaterialId: g.frameMaterialId)
        guard let v = TableLookup.interpolate(points, at: ug, extrapolate: true) else { return try firstRow.number("uw") }
        return v
    }

    /// §6.2.1: the `sw` row for glazing type, window type, frame, coating and fitting.
    static func swRow(_ g: WindowInput.Glazing, origin: ElementOrigin, tables: MethodTables) throws(ThreeCLError) -> TableRow {
        let rows = try tables.rows("sw", where: "enum_type_baie_id", contains: g.windowTypeId)
        let simple = [1, 2].contains(g.frameMaterialId)
        let vir = (g.lowEmissivity ?? false) ? "1" : "0"
        guard let row = rows.first(where: {
            $0.matches("enum_type_baie_id", g.windowTypeId) && $0.matches("enum_type_materiaux_menuiserie_id", g.frameMaterialId)
                && (simple || ($0.matches("enum_type_vitrage_id", g.glazingTypeId)
                    && $0.string("vitrage_vir") == vir && $0.matches("enum_type_pose_id", g.poseTypeId ?? 0)))
        }) else {
            throw .missingTableRow(table: "sw", key: "baie \(g.windowTypeId), menuiserie \(g.frameMaterialId), vitrage \(g.glazingTypeId), vir \(vir), pose \(g.poseTypeId ?? 0)")
        }
        return row
    }

    /// §3.3.3: Ujn, the mean U of a window with its closure (day and night), from ΔR of the closure type and Uw
    /// (interpolated between tabulated Uw), or entered.
    static func ujn(_ w: WindowInput, uw: Double, tables: MethodTables) throws(ThreeCLError) -> Double {
        if let v = w.enteredUjn { return v }
        let deltaR: Double
        if let id = w.deltaRRowId {
            deltaR = try tables.columns.deltaR.value(id, in: tables)
        } else {
            guard (2...8).contains(w.closureTypeId) else {
                throw w.origin.unknown("enum_type_fermeture_id", w.closureTypeId, "type_fermeture (1–8)")
            }
            deltaR = try tables.firstRow("deltar", matching: ["enum_type_fermeture_id": w.closureTypeId]).number("deltar")
        }
        guard let v = TableLookup.interpolate(tables.ujnCurve(deltaR: deltaR), at: uw) else {
            throw .missingTableRow(table: "ujn", key: "deltar \(deltaR)")
        }
        return v
    }
}
