/// The 3CL-DPE 2021 method end to end (arrêté du 31 mars 2021, annex 1): envelope (§3–7) → hot water (§11, §14),
/// whose recovered losses lower the heating need → heating (§8–9, §12–13, §15) → cooling (§10), lighting (§16) →
/// the five uses in final and primary energy, emissions and the classes.
public enum ThreeCLEngine {
    /// Computes a dwelling's label and the chapters' results.
    /// - Complexity: O(elements × table rows) for the rows selected by attributes; O(elements) when cited.
    public static func compute(_ input: ThreeCLInput, tables: MethodTables) throws(ThreeCLError) -> ThreeCLResult {
        var none = ThreeCLEngineMemo(capacity: 0)
        return try compute(input, tables: tables, memo: &none)
    }

    /// The same, reusing the chapters `memo` holds for another input of the same building (and keeping this one's).
    public static func compute(
        _ input: ThreeCLInput, tables: MethodTables, memo: inout ThreeCLEngineMemo
    ) throws(ThreeCLError) -> ThreeCLResult {
        let dwelling = input.dwelling
        let envelope = try EnvelopeCalculation.compute(input.envelope, dwelling: dwelling, tables: tables)
        let hotWaterInput = input.hotWater.withDefaultNominalPower(envelopeWPerK: envelope.envelopeWPerK, dwelling: dwelling)
        let hotWater = try memo.hotWater(hotWaterInput, dwelling: dwelling) { () throws(ThreeCLError) in
            try HotWaterCalculation.compute(hotWaterInput, dwelling: dwelling, tables: tables)
        }
        let heating = try HeatingCalculation.compute(
            input.heating, dwelling: dwelling, envelopeWPerK: envelope.envelopeWPerK,
            southEquivalentAreaM2ByMonth: envelope.southEquivalentAreaM2ByMonth,
            inertiaClassId: envelope.inertiaClassId, adjustedOccupants: hotWater.adultEquivalents,
            recoverableHotWaterLossesKWhByMonth: hotWater.recoverableLossesKWhByMonth,
            recoverableHotWaterLossesSpendthriftKWhByMonth: hotWater.recoverableLossesSpendthriftKWhByMonth,
            tables: tables)
        let cooling = try CoolingCalculation.compute(
            input.cooling, dwelling: dwelling, envelopeWPerK: envelope.envelopeWPerK,
            southEquivalentAreaM2ByMonth: envelope.southEquivalentAreaM2ByMonth,
            inertiaClassId: envelope.inertiaClassId, tables: tables)
        let lightingKWh = Lighting.consumptionKWh(dwelling: dwelling)
        let auxiliariesKWh = heating.generationAuxiliaryKWh + heating.distributionAuxiliaryKWh
            + hotWater.generationAuxiliaryKWh + hotWater.distributionAuxiliaryKWh + envelope.ventilationAuxiliaryKWh

        var entries: [FinalEnergyEntry] = []
        for g in heating.consumptionByGenerator {
            // District heating: the generator's network and its order date choose the CO₂ content (§ annex).
            let installations = input.heating.installations
            let generator = installations.indices.contains(g.installationIndex)
                && installations[g.installationIndex].generators.indices.contains(g.generatorIndex)
                ? installations[g.installationIndex].generators[g.generatorIndex] : nil
            entries.append(FinalEnergyEntry(
                use: .heating, energyId: g.energyTypeId, kWh: g.consumptionKWh, heatNetworkId: generator?.heatNetworkId,
                heatNetworkOrderDate: generator?.heatNetworkOrderDate))
        }
        for c in hotWater.consumptionByGenerator {
            entries.append(FinalEnergyEntry(
                use: .hotWater, energyId: c.energyId, kWh: c.kWh, heatNetworkId: c.heatNetworkId,
                heatNetworkOrderDate: c.heatNetworkOrderDate))
        }
        for s in cooling.systems {
            entries.append(FinalEnergyEntry(use: .cooling, energyId: s.energyId, kWh: s.consumptionKWh))
        }
        entries.append(FinalEnergyEntry(use: .lighting, energyId: EnergyIds.electricity, kWh: lightingKWh))
        entries.append(FinalEnergyEntry(use: .auxiliaries, energyId: EnergyIds.electricity, kWh: auxiliariesKWh))
        let fiveUses = try FiveUses.compute(entries, dwelling: dwelling, dpeDate: input.labelDate, tables: tables)
        return ThreeCLResult(
            envelope: envelope, hotWater: hotWater, heating: heating, cooling: cooling, lightingKWh: lightingKWh,
            auxiliariesKWh: auxiliariesKWh, fiveUses: fiveUses)
    }

    /// Recomputes a DPE document from its inputs (`donnee_entree`); the recorded outputs are not read.
    public static func outputs(for document: ADEMEDocument, tables: MethodTables) throws(ThreeCLError) -> DPEOutputs {
        try compute(ThreeCLInput(document: document), tables: tables).outputs
    }
}

/// ADEME `enum_type_energie_id` values the engine itself names.
public enum EnergyIds {
    /// "électricité".
    public static let electricity = 1
}
