/// Everything the method computes for one dwelling: each chapter's result and the five-use balance with the classes.
public struct ThreeCLResult: Sendable, Hashable, Codable {
    public var envelope: EnvelopeResult
    public var hotWater: HotWaterResult
    public var heating: HeatingResult
    public var cooling: CoolingResult
    /// §16 `conso_eclairage`, kWh of electricity.
    public var lightingKWh: Double
    /// §5, §15: fans, pumps and generators' auxiliaries, kWh of electricity.
    public var auxiliariesKWh: Double
    public var fiveUses: FiveUsesResult

    /// The energy class (`classe_bilan_dpe`, double threshold) as a letter.
    public var energyClass: String { fiveUses.dpeClass.rawValue }

    /// The outputs as the ADEME XML's `sortie` names them, for comparison with a recorded DPE.
    public var outputs: DPEOutputs {
        var o = DPEOutputs()
        o[.deperditionMur] = envelope.wallsWPerK
        o[.deperditionPlancherBas] = envelope.lowFloorsWPerK
        o[.deperditionPlancherHaut] = envelope.highFloorsWPerK
        o[.deperditionBaieVitree] = envelope.windowsWPerK
        o[.deperditionPorte] = envelope.doorsWPerK
        o[.deperditionPontThermique] = envelope.thermalBridgesWPerK
        o[.deperditionRenouvellementAir] = envelope.airRenewalWPerK
        o[.deperditionEnveloppe] = envelope.envelopeWPerK
        o[.surfaceSudEquivalente] = envelope.southEquivalentAreaM2ByMonth.reduce(0, +)
        o[.besoinCh] = heating.needKWh
        o[.besoinEcs] = hotWater.needKWh
        o[.besoinFr] = cooling.needKWh
        o[.consoCh] = heating.consumptionKWh
        o[.consoEcs] = hotWater.consumptionKWh
        o[.consoFr] = cooling.consumptionKWh
        o[.consoEclairage] = lightingKWh
        o[.consoTotaleAuxiliaire] = auxiliariesKWh
        o[.conso5Usages] = fiveUses.total.finalKWh
        o[.epConsoCh] = fiveUses.byUse[.heating]?.primaryKWh
        o[.epConsoEcs] = fiveUses.byUse[.hotWater]?.primaryKWh
        o[.epConso5Usages] = fiveUses.total.primaryKWh
        o[.epConso5UsagesM2] = fiveUses.primaryKWhPerM2
        o[.emissionGes5Usages] = fiveUses.total.emissionKgCO2
        o[.emissionGes5UsagesM2] = fiveUses.emissionKgPerM2
        o.energyClass = fiveUses.dpeClass.rawValue
        o.greenhouseGasClass = fiveUses.greenhouseGasClass.rawValue
        return o
    }
}
