/// What low floors (§3.2.2) and high floors (§3.2.3) compute the same way: U0 by its entry method (a table row, an
/// entered value, or unknown) and U by its entry method (no insulation, insulation of known thickness or resistance,
/// the method's default table by period, or an entered value).
struct HorizontalElementU {
    /// The element's table names and field names ("upb0"/"upb" for low floors, "uph0"/"uph" for high floors).
    let u0Table: String
    let uTable: String
    /// Conductivity assumed for an insulation of known thickness, W/(m·K) (0.042 low floors, 0.04 high floors).
    let insulationConductivity: Double
    let origin: ElementOrigin

    /// U0: `enum_methode_saisie_u0_id` 1–2 from the cited row or the row selected by the element's type (`row`),
    /// 3–4 entered, 5 unknown (nil).
    func u0(
        methodId: Int, entered: Double?, row: () throws(ThreeCLError) -> TableRow
    ) throws(ThreeCLError) -> Double? {
        switch methodId {
        case 1, 2: return try row().number(u0Table)
        case 3, 4:
            guard let v = entered else { throw origin.missing("\(u0Table)_saisi") }
            return v
        case 5: return nil
        default: throw origin.unknown("enum_methode_saisie_u0_id", methodId, "methode_saisie_u0 (1–5)")
        }
    }

    /// U from U0: `enum_methode_saisie_u_id` 1 not insulated; 3–4 thickness e: 1/(1/U0 + e/λ); 5–6 resistance R:
    /// 1/(1/U0 + R); 2, 7, 8 the default table by period (`periodRow`), never above U0; 9–10 entered.
    func u(
        methodId: Int, u0: Double?, thicknessCm: Double?, resistance: Double?, entered: Double?,
        periodRow: () throws(ThreeCLError) -> TableRow
    ) throws(ThreeCLError) -> OpaqueU {
        func needU0() throws(ThreeCLError) -> Double {
            guard let u0 else {
                throw origin.unsupported("\(u0Table) is needed but enum_methode_saisie_u0_id is 5")
            }
            return u0
        }
        switch methodId {
        case 1: return OpaqueU(u0: u0, u: try needU0())
        case 3, 4:
            let base = try needU0()
            guard let e = thicknessCm, e > 0 else { return OpaqueU(u0: u0, u: base) }
            return OpaqueU(u0: u0, u: 1 / (1 / base + e / 100 / insulationConductivity))
        case 5, 6:
            let base = try needU0()
            guard let r = resistance, r > 0 else { return OpaqueU(u0: u0, u: base) }
            return OpaqueU(u0: u0, u: 1 / (1 / base + r))
        case 2, 7, 8:
            let base = try needU0()
            return OpaqueU(u0: u0, u: min(try periodRow().number(uTable), base))
        case 9, 10:
            guard let v = entered else { throw origin.missing("\(uTable)_saisi") }
            return OpaqueU(u0: u0, u: v)
        default:
            throw origin.unknown("enum_methode_saisie_u_id", methodId, "methode_saisie_u (1–10)")
        }
    }
}
