/// Interior surface heat transfer of the 5R1C star network (ISO 13790 §7.2.2.2 and §12.2.2).
///
/// ISO 13790 fixes h_is = 3.45 W/(m²·K) (air ↔ surface node, per m² of A_t) and h_ms = 9.1 W/(m²·K)
/// (surface ↔ mass node, per m² of A_m). Both follow from an interior convective coefficient h_ci = 2.5 and the
/// star-network radiative coefficient 1.2·h_rs = 1.2·5.5 = 6.6: h_ms = h_ci + 6.6 and 1/h_is = 1/h_ci − 1/h_ms.
/// ``init(convectiveWPerM2K:)`` applies the same derivation to another h_ci, for a case that specifies it
/// (ASHRAE Std 140-2020 gives the interior convective coefficients of its test cases).
public struct InteriorSurfaceCoefficients: Sendable, Hashable {
    /// h_is, W/(m²·K) of A_t.
    public let hIs: Double
    /// h_ms, W/(m²·K) of A_m.
    public let hMs: Double

    /// 1.2·h_rs of ISO 13790 (h_rs = 5.5 W/(m²·K), 1.2 = star-network correction).
    public static let starRadiativeWPerM2K = 6.6

    /// ISO 13790's fixed values (h_is 3.45, h_ms 9.1).
    public static let iso13790 = InteriorSurfaceCoefficients(hIs: 3.45, hMs: 9.1)

    public init(hIs: Double, hMs: Double) {
        self.hIs = hIs
        self.hMs = hMs
    }

    /// h_ms = h_ci + 6.6 and 1/h_is = 1/h_ci − 1/h_ms (h_ci = 2.5 → 3.447 and 9.1).
    public init(convectiveWPerM2K hci: Double) {
        let hms = hci + Self.starRadiativeWPerM2K
        self.init(hIs: 1 / (1 / hci - 1 / hms), hMs: hms)
    }
}
