/// Yearly energy of one zone (a storey or the whole building) by the DPE conventions.
public struct EnergyBalance: Sendable, Hashable {
    public var referenceAreaM2: Double
    public var heatingNeedKWh: Double
    public var coolingNeedKWh: Double
    public var hotWaterNeedKWh: Double
    /// Final energy by carrier, kWh.
    public var finalByCarrierKWh: [EnergyCarrier: Double]
    public var primaryEnergyKWh: Double
    public var co2Kg: Double

    public var finalEnergyKWh: Double { finalByCarrierKWh.values.reduce(0, +) }
    public var finalEnergyKWhPerM2: Double { finalEnergyKWh / referenceAreaM2 }
    public var primaryEnergyKWhPerM2: Double { primaryEnergyKWh / referenceAreaM2 }
    public var co2KgPerM2: Double { co2Kg / referenceAreaM2 }

    /// Converts needs to final, primary energy and CO₂ with the envelope's systems.
    /// Lighting and auxiliaries (fans, pumps) of the DPE's five uses are not counted yet.
    public init(referenceAreaM2: Double, heatingNeedKWh: Double, coolingNeedKWh: Double, hotWaterNeedKWh: Double,
                envelope: Envelope, factors: EnergyFactors) {
        self.referenceAreaM2 = referenceAreaM2
        self.heatingNeedKWh = heatingNeedKWh
        self.coolingNeedKWh = coolingNeedKWh
        self.hotWaterNeedKWh = hotWaterNeedKWh
        var finals: [EnergyCarrier: Double] = [:]
        var primary = 0.0
        var co2 = 0.0
        func add(_ kWh: Double, _ carrier: EnergyCarrier, _ use: EnergyUse) {
            guard kWh > 0 else { return }
            finals[carrier, default: 0] += kWh
            primary += kWh * factors.primaryFactor(carrier)
            co2 += kWh * factors.co2KgPerKWh(carrier, use: use)
        }
        add(heatingNeedKWh / envelope.heating.seasonalEfficiency, envelope.heating.carrier, .heating)
        add(hotWaterNeedKWh / envelope.hotWater.efficiency, envelope.hotWater.carrier, .hotWater)
        if let c = envelope.cooling { add(coolingNeedKWh / c.seer, c.carrier, .cooling) }
        finalByCarrierKWh = finals
        primaryEnergyKWh = primary
        co2Kg = co2
    }

    /// The DPE label of this zone.
    public func label(thresholds: DPEThresholds) -> DPELabel {
        DPELabel(primaryEnergyKWhPerM2: primaryEnergyKWhPerM2, greenhouseGasKgPerM2: co2KgPerM2,
                 referenceAreaM2: referenceAreaM2, thresholds: thresholds)
    }
}
