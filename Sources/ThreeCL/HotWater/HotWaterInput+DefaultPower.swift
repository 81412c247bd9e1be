extension HotWaterInput {
    /// §13.2.1: a combustion generator whose nominal power is not given (and whose Rpn and Qp0 are not entered)
    /// takes the method's default, Pn = 1.2 × GV × (19 − Tbase) / 0.95³ (`CombustionGenerator.defaultNominalPowerW`),
    /// which needs GV: the engine applies it once the envelope is computed.
    public func withDefaultNominalPower(envelopeWPerK: Double, dwelling: DwellingDescription) -> HotWaterInput {
        var out = self
        let pn = CombustionGenerator.defaultNominalPowerW(envelopeWPerK: envelopeWPerK, dwelling: dwelling)
        for i in out.installations.indices {
            let installation = out.installations[i]
            for j in installation.generators.indices {
                let g = installation.generators[j]
                guard g.nominalPowerW == nil, g.fullLoadEfficiency == nil || g.standbyLossesW == nil,
                    let kind = try? HotWaterGenerators.kind(g, installation: installation),
                    [.boiler, .gasAccumulator, .instantaneousGasHeater].contains(kind)
                else { continue }
                out.installations[i].generators[j].nominalPowerW = pn
            }
        }
        return out
    }
}
