import ThreeCL

/// How an opaque element's U is entered once an insulation of resistance R is added (§3.2.1–§3.2.3,
/// U = 1 / (1/U0 + R)): with U0 known, "resistance entered" (`enum_methode_saisie_u_id` 6) with the existing
/// resistance (1/U − 1/U0) plus R, so the method's own formula gives the new U; without U0, the resulting U
/// entered (method 9). The one rule for walls, high floors and low floors.
struct AddedInsulation {
    /// The new `enum_methode_saisie_u_id`.
    let uMethodId: Int
    /// Method 6: the element's total insulation resistance, m²·K/W.
    let totalResistance: Double?
    /// Method 9: the element's new U, W/(m²·K).
    let enteredU: Double?

    init(adding resistance: Double, to current: OpaqueU) {
        if let u0 = current.u0, u0 > 0 {
            uMethodId = 6
            totalResistance = max(0, 1 / current.u - 1 / u0) + resistance
            enteredU = nil
        } else {
            uMethodId = 9
            totalResistance = nil
            enteredU = 1 / (1 / current.u + resistance)
        }
    }
}
