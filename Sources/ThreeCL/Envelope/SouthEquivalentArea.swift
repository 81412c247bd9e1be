/// §6.2 — the south-equivalent area Sse of the glazing, month by month: Σ S × C1 × Sw × Fe1 × Fe2 over the windows
/// to the outside, plus (§6.3) the gains through a sunspace (espace tampon solarisé).
public struct BufferSpaceInput: Sendable, Hashable, Codable {
    /// One glazed bay of the sunspace to the outside.
    public struct Bay: Sendable, Hashable, Codable {
        public var areaM2: Double
        public var orientationId: Int
        public var tiltId: Int
        public init(areaM2: Double, orientationId: Int, tiltId: Int = 3) {
            self.areaM2 = areaM2
            self.orientationId = orientationId
            self.tiltId = tiltId
        }
    }

    public var origin: ElementOrigin
    public var description: String
    /// The sunspace's own reduction coefficient (bver, §3.1 for adjacency 10).
    public var adjacency: AdjacencyInput
    /// The `coef_transparence_ets` row cited, or the attributes of its glazing.
    public var transparencyRowId: Int?
    public var frameMaterialId: Int?
    public var glazingTypeId: Int?
    public var lowEmissivity: Bool?
    public var bays: [Bay]

    public init(
        origin: ElementOrigin = ElementOrigin(), description: String = "", adjacency: AdjacencyInput,
        transparencyRowId: Int? = nil, frameMaterialId: Int? = nil, glazingTypeId: Int? = nil,
        lowEmissivity: Bool? = nil, bays: [Bay]
    ) {
        self.origin = origin
        self.description = description
        self.adjacency = adjacency
        self.transparencyRowId = transparencyRowId
        self.frameMaterialId = frameMaterialId
        self.glazingTypeId = glazingTypeId
        self.lowEmissivity = lowEmissivity
        self.bays = bays
    }
}

public enum SouthEquivalentArea {
    /// §6.3: the solar factor of a sunspace's bays is 0.8 × T + 0.024.
    static let bufferSolarFactorSlope = 0.8
    static let bufferSolarFactorOffset = 0.024

    /// §6.2: the key of table C1 for an orientation and a tilt ("sud sup75°", "horizontal"…).
    public static func c1Key(orientationId: Int, tiltId: Int, origin: ElementOrigin) throws(ThreeCLError) -> String {
        C1Grid.keys[try c1Slot(orientationId: orientationId, tiltId: tiltId, origin: origin)]
    }

    /// The slot of that key in `C1Grid`.
    static func c1Slot(orientationId: Int, tiltId: Int, origin: ElementOrigin) throws(ThreeCLError) -> Int {
        if let slot = C1Grid.slot(orientationId: orientationId, tiltId: tiltId) { return slot }
        guard (1...5).contains(orientationId) else {
            throw origin.unknown("enum_orientation_id", orientationId, "orientation (1–5)")
        }
        throw origin.unknown("enum_inclinaison_vitrage_id", tiltId, "inclinaison_vitrage (1–4)")
    }

    /// §6.3: the transparency T of a sunspace's glazing.
    public static func transparency(_ ets: BufferSpaceInput, tables: MethodTables) throws(ThreeCLError) -> Double {
        if let id = ets.transparencyRowId { return try tables.row("coef_transparence_ets", id: id).number("coef_transparence_ets") }
        guard let material = ets.frameMaterialId else { throw ets.origin.missing("tv_coef_transparence_ets_id") }
        let vir = (ets.lowEmissivity ?? false) ? "1" : "0"
        guard let row = try tables.rows("coef_transparence_ets").first(where: {
            $0.matches("enum_type_materiaux_menuiserie_id", material)
                && ($0.string("enum_type_vitrage_id") == nil
                    || ($0.matches("enum_type_vitrage_id", ets.glazingTypeId ?? 0) && $0.string("vitrage_vir") == vir))
        }) else { throw .missingTableRow(table: "coef_transparence_ets", key: "menuiserie \(material)") }
        return try row.number("coef_transparence_ets")
    }

    /// §6.2 and §6.3: twelve monthly Sse, m². Windows to the outside count fully; windows to a sunspace through it:
    /// Sse_ver = Ssd + (Sst − Ssd) × bver, with Ssd = T × Σ (their S × C1 × Sw × Fe1 × Fe2) and
    /// Sst = Σ over the sunspace's bays S × C1 × (0.8 T + 0.024) (nothing when no window opens onto the sunspace).
    /// Windows to other unheated spaces bring nothing.
    public static func monthly(
        windows: [(input: WindowInput, values: WindowValues)], bufferSpaces: [BufferSpaceInput], zone: ClimateZone,
        tables: MethodTables
    ) throws(ThreeCLError) -> [Double] {
        var sse = [Double](repeating: 0, count: 12)
        var toBuffer = [Double](repeating: 0, count: 12)
        for (w, v) in windows {
            let type = w.adjacency.typeAdjacenceId
            guard type == 1 || type == AdjacencyInput.sunspaceType else { continue }
            let slot = try c1Slot(orientationId: w.orientationId, tiltId: w.glazing.tiltId, origin: w.origin)
            let c1 = try tables.c1(zone: zone, slot: slot)
            for m in 0..<12 {
                let s = w.areaM2 * c1[m] * v.sw * v.fe1 * v.fe2
                if type == 1 { sse[m] += s } else { toBuffer[m] += s }
            }
        }
        // A sunspace brings gains only through the windows between it and the dwelling.
        let windowsToBuffer = windows.contains { $0.input.adjacency.typeAdjacenceId == AdjacencyInput.sunspaceType }
        if let ets = bufferSpaces.first, windowsToBuffer {
            let t = try transparency(ets, tables: tables)
            let bver = try ReductionCoefficient.b(ets.adjacency, zone: zone, tables: tables, origin: ets.origin)
            var sst = [Double](repeating: 0, count: 12)
            for bay in ets.bays {
                let slot = try c1Slot(orientationId: bay.orientationId, tiltId: bay.tiltId, origin: ets.origin)
                let c1 = try tables.c1(zone: zone, slot: slot)
                for m in 0..<12 {
                    sst[m] += bay.areaM2 * c1[m] * (bufferSolarFactorSlope * t + bufferSolarFactorOffset)
                }
            }
            for m in 0..<12 {
                let ssd = t * toBuffer[m]
                sse[m] += ssd + (sst[m] - ssd) * bver
            }
        }
        return sse
    }
}
