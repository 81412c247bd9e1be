import ThreeCL

extension ThreeCLInput {
    /// Drops the cited `q4pa_conv` rows: Q4Pa_conv depends on whether most of the envelope is insulated and most
    /// windows and doors have seals (§4), which insulation and draught-proofing change. A row stays cited when
    /// the table does not give it back from the DPE as recorded (`DPEMeasureContext.q4paReselectable`) or cannot
    /// select a row from the dwelling's attributes (some building-DPE methods).
    mutating func dropCitedAirPermeability(context: DPEMeasureContext) {
        let tables = context.tables
        for i in envelope.ventilations.indices where envelope.ventilations[i].q4paMethodId == 1 {
            guard i < context.q4paReselectable.count, context.q4paReselectable[i] else { continue }
            var v = envelope.ventilations[i]
            v.q4paRowId = nil
            let selectable = [(true, true), (true, false), (false, true), (false, false)].allSatisfy { ins, seal in
                (try? AirRenewal.q4pa(v, dwelling: dwelling, insulatedMajority: ins, sealedMajority: seal, tables: tables)) != nil
            }
            if selectable { envelope.ventilations[i] = v }
        }
    }
}
