/// The windows of one façade.
public struct WindowSpec: Sendable, Hashable, Codable {
    /// Window U-value (glazing + frame), W/(m²·K).
    public var uwWPerM2K: Double
    /// Total solar energy transmittance of the glazing at normal incidence (0–1).
    public var gValue: Double
    /// Frame share of the window area (0–1).
    public var frameFraction: Double
    /// Whether the window has closable shutters.
    public var hasShutters: Bool

    public init(uwWPerM2K: Double, gValue: Double, frameFraction: Double, hasShutters: Bool) {
        self.uwWPerM2K = uwWPerM2K
        self.gValue = gValue
        self.frameFraction = frameFraction
        self.hasShutters = hasShutters
    }

    /// Additional resistance of closed shutters, m²·K/W (EN ISO 10077-1 Annex G: 0.08–0.25 by air permeability;
    /// 0.2 for tight wooden shutters; estimate).
    public static let shutterResistanceM2KPerW = 0.2
    /// Share of heating hours with shutters closed (nights; estimate 0.5, as the DPE's day/night Ujn mean).
    public static let shutterClosedShare = 0.5

    /// Mean U-value over day and night, W/(m²·K): with shutters, a weighted mean of Uw and
    /// 1/(1/Uw + ΔR) (the DPE's Ujn, 3CL-DPE 2021 §3.3). For single glazing 5.4 this gives ≈ 4.0, inside the
    /// 4.6–3.8 range of domain.md §4.
    public var meanUValueWPerM2K: Double {
        guard hasShutters else { return uwWPerM2K }
        let closed = 1 / (1 / uwWPerM2K + Self.shutterResistanceM2KPerW)
        return (1 - Self.shutterClosedShare) * uwWPerM2K + Self.shutterClosedShare * closed
    }
}
