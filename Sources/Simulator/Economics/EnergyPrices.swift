/// Energy prices, € per kWh final (variable part, taxes included, subscriptions excluded).
///
/// **Estimates** for France in 2025 (regulated electricity tariff "base" ≈ 0.20 €/kWh after February 2025; gas
/// ≈ 0.12; heating oil ≈ 1.15 €/L ≈ 0.115 €/kWh; pellets ≈ 370 €/t ≈ 0.075 €/kWh; logs ≈ 0.06; LPG ≈ 0.18;
/// district heat ≈ 0.11; coal ≈ 0.10). Override them for any serious use; the DPE's own conventional cost
/// formulas (Open3CL `src/conso.js` `coef_cout`) are not used here.
public struct EnergyPrices: Sendable, Hashable, Codable {
    public var eurPerKWh: [EnergyCarrier: Double]

    public init(eurPerKWh: [EnergyCarrier: Double]) { self.eurPerKWh = eurPerKWh }

    public static let france2025Estimate = EnergyPrices(eurPerKWh: [
        .electricity: 0.20, .naturalGas: 0.12, .heatingOil: 0.115, .lpg: 0.18, .coal: 0.10,
        .woodLogs: 0.06, .woodPellets: 0.075, .woodChips: 0.05, .districtHeat: 0.11,
    ])

    public func price(_ c: EnergyCarrier) -> Double { eurPerKWh[c] ?? 0 }

    /// Yearly bill, €, for final energy by carrier.
    public func billEUR(_ finalKWh: [EnergyCarrier: Double]) -> Double {
        finalKWh.reduce(0) { $0 + $1.value * price($1.key) }
    }
}
