import Foundation

/// §4 — air renewal: the ventilation loss Hvent (conventional extracted flow) and the permeability loss Hperm
/// (infiltration through the envelope, from the conventional leakage Q4Pa_conv per m² of the envelope).
public struct VentilationInput: Sendable, Hashable, Codable {
    public var origin: ElementOrigin
    public var description: String
    /// Ventilated area, m² (nil: the habitable area).
    public var ventilatedAreaM2: Double?
    /// Share key of a collective ventilation (`cle_repartition_ventilation`).
    public var distributionKey: Double?
    /// Several façades exposed to the wind (`plusieurs_facade_exposee`).
    public var multipleExposedFacades: Bool
    /// ADEME `enum_type_ventilation_id` (1–38) and the `debits_ventilation` row cited.
    public var ventilationTypeId: Int
    public var flowRowId: Int?
    /// Installed after 2012 (`ventilation_post_2012`, §5).
    public var installedAfter2012: Bool
    /// ADEME `enum_methode_saisie_q4pa_conv_id` (1 table, 2 measured, 3 RSET), the row cited and a measured value
    /// (m³/(h·m²)).
    public var q4paMethodId: Int
    public var q4paRowId: Int?
    public var enteredQ4pa: Double?

    public init(
        origin: ElementOrigin = ElementOrigin(), description: String = "", ventilatedAreaM2: Double? = nil,
        distributionKey: Double? = nil, multipleExposedFacades: Bool, ventilationTypeId: Int, flowRowId: Int? = nil,
        installedAfter2012: Bool = false, q4paMethodId: Int = 1, q4paRowId: Int? = nil, enteredQ4pa: Double? = nil
    ) {
        self.origin = origin
        self.description = description
        self.ventilatedAreaM2 = ventilatedAreaM2
        self.distributionKey = distributionKey
        self.multipleExposedFacades = multipleExposedFacades
        self.ventilationTypeId = ventilationTypeId
        self.flowRowId = flowRowId
        self.installedAfter2012 = installedAfter2012
        self.q4paMethodId = q4paMethodId
        self.q4paRowId = q4paRowId
        self.enteredQ4pa = enteredQ4pa
    }
}

/// The §4 values of one ventilation system.
public struct AirRenewalValues: Sendable, Hashable, Codable {
    /// Conventional extracted and blown flows, m³/(h·m²), and the conventional mechanical share.
    public var qvarep: Double
    public var qvasouf: Double
    public var smea: Double
    /// Q4Pa_conv, m³/(h·m²) of envelope.
    public var q4pa: Double
    /// Ventilated area used, m².
    public var ventilatedAreaM2: Double
    public var hventWPerK: Double
    public var hpermWPerK: Double
}

public enum AirRenewal {
    /// §4: heat capacity of air, Wh/(m³·K).
    static let airHeatCapacity = 0.34

    /// §4: the ventilated area: the recorded one, else the habitable area. A collective system recorded with the
    /// dwelling's area and a share key serves the whole building: its area is the dwelling's divided by the key
    /// (the envelope of such a DPE is the building's).
    static func ventilatedArea(_ v: VentilationInput, dwelling: DwellingDescription) -> Double {
        guard let s = v.ventilatedAreaM2, s > 0 else { return dwelling.habitableAreaM2 }
        if let key = v.distributionKey, key > 0, key < 1, let building = dwelling.buildingHabitableAreaM2,
            s < 0.99 * building
        {
            return s / key
        }
        return s
    }

    /// §4: Q4Pa_conv from the `q4pa_conv` table for the construction period, the dwelling type, whether most of
    /// the envelope's opaque area is insulated and whether most windows and doors have seals; or measured.
    public static func q4pa(
        _ v: VentilationInput, dwelling: DwellingDescription, insulatedMajority: Bool, sealedMajority: Bool,
        tables: MethodTables
    ) throws(ThreeCLError) -> Double {
        if v.q4paMethodId != 1, let q = v.enteredQ4pa { return q }
        if let id = v.q4paRowId { return try tables.columns.q4paConv.value(id, in: tables) }
        let iso = insulatedMajority ? "1" : "0"
        let forDwelling = try tables.rows("q4pa_conv").filter {
            $0.matches("enum_periode_construction_id", dwelling.constructionPeriodId)
                && $0.matches("enum_methode_application_dpe_log_id", dwelling.applicationMethodId)
        }
        // The insulated-envelope rows exist only for buildings from before 1975; later periods have one value.
        let sameInsulation = forDwelling.filter { $0.string("isolation_surfaces") == iso }
        let candidates = sameInsulation.isEmpty ? forDwelling : sameInsulation
        let joints = sealedMajority ? "1" : "0"
        guard let row = candidates.first(where: { $0.string("presence_joints_menuiserie") == joints })
            ?? candidates.first(where: { $0.string("presence_joints_menuiserie") == nil })
        else {
            throw .missingTableRow(
                table: "q4pa_conv",
                key: "period \(dwelling.constructionPeriodId), method \(dwelling.applicationMethodId), insulated \(iso)")
        }
        return try row.number("q4pa_conv")
    }

    /// §4: Hvent = 0.34 × Qvarep_conv × Sh, and Hperm = 0.34 × Qvinf with
    /// n50 = (Q4Pa_conv × Sdep + 0.45 × Smea_conv × Sh) / ((4/50)^(2/3) × Hsp × Sh) and
    /// Qvinf = Hsp × Sh × n50 × e / (1 + f/e × ((Qvasouf − Qvarep) / (Hsp × n50))²), where e = 0.07 and f = 15 with
    /// several exposed façades, e = 0.02 and f = 20 otherwise; Sdep is the envelope's losing area without low floors.
    public static func values(
        _ v: VentilationInput, dwelling: DwellingDescription, losingAreaM2: Double, insulatedMajority: Bool,
        sealedMajority: Bool, tables: MethodTables
    ) throws(ThreeCLError) -> AirRenewalValues {
        let flows: TableRow
        if let id = v.flowRowId {
            flows = try tables.row("debits_ventilation", id: id)
        } else {
            flows = try tables.firstRow("debits_ventilation", matching: ["enum_type_ventilation_id": v.ventilationTypeId])
        }
        let qvarep = try flows.number("qvarep_conv")
        let qvasouf = try flows.number("qvasouf_conv")
        let smea = try flows.number("smea_conv")
        let q4pa = try q4pa(
            v, dwelling: dwelling, insulatedMajority: insulatedMajority, sealedMajority: sealedMajority, tables: tables)
        let sh = ventilatedArea(v, dwelling: dwelling)
        let hsp = dwelling.ceilingHeightM
        let e = v.multipleExposedFacades ? 0.07 : 0.02
        let f = v.multipleExposedFacades ? 15.0 : 20.0
        let q4paTotal = q4pa * losingAreaM2 + 0.45 * smea * sh
        let n50 = q4paTotal / (pow(4.0 / 50.0, 2.0 / 3.0) * hsp * sh)
        var qvinf = 0.0
        if n50 > 0 {
            let r = (qvasouf - qvarep) / (hsp * n50)
            qvinf = hsp * sh * n50 * e / (1 + f / e * r * r)
        }
        return AirRenewalValues(
            qvarep: qvarep, qvasouf: qvasouf, smea: smea, q4pa: q4pa, ventilatedAreaM2: sh,
            hventWPerK: airHeatCapacity * qvarep * sh, hpermWPerK: airHeatCapacity * qvinf)
    }
}
