import Foundation
import ThreeCL

/// Compares the heating chapter (§6.1, §8, §9, §12–13, §15) with the values the certified software recorded.
/// Each stage is fed with the recorded inputs of the previous stage (GV, Sse, Nadeq, recovered hot-water losses,
/// need), so that the stage that disagrees shows.
enum HeatingAudit {
    /// Agreement statistics of one quantity.
    final class Stat {
        let name: String
        var n = 0, within1 = 0, within5 = 0
        var rows: [(rel: Double, text: String)] = []
        init(_ name: String) { self.name = name }

        func add(_ computed: Double, _ recorded: Double, _ file: String, _ element: String = "") {
            n += 1
            let rel = abs(computed - recorded) / max(abs(recorded), 1e-9)
            let ok = abs(computed - recorded) < 1e-6 || rel.isNaN == false && rel <= 0.01
            if ok { within1 += 1 }
            if ok || rel <= 0.05 { within5 += 1 }
            rows.append((rel.isNaN ? .infinity : rel, "\(file) \(element) computed \(fmt(computed)) recorded \(fmt(recorded))"))
        }

        func report() {
            guard n > 0 else { print("\(name): no value"); return }
            print("\(name): \(within1)/\(n) within 1 %, \(within5)/\(n) within 5 %")
            for r in rows.sorted(by: { $0.rel > $1.rel }).prefix(10) where r.rel > 0.01 {
                print("    \(String(format: "%.1f", r.rel * 100)) %  \(r.text)")
            }
        }
    }

    static func fmt(_ v: Double) -> String { String(format: abs(v) < 10 ? "%.4f" : "%.1f", v) }

    /// §6.2 south-equivalent area per month from the windows' recorded sw, fe1, fe2 and C1 (the audit's own minimal
    /// version, until the envelope chapter computes it; ETS not counted).
    static func southEquivalentArea(_ logement: XMLElementNode, dwelling: DwellingDescription, tables: MethodTables) throws -> [Double] {
        var sse = Array(repeating: 0.0, count: 12)
        let orientations = [1: "sud", 2: "nord", 3: "est", 4: "ouest"]
        let tilts = [1: "inf25°", 2: "25°-75°", 3: "sup75°"]
        for b in logement.descendant("enveloppe/baie_vitree_collection")?.children("baie_vitree") ?? [] {
            guard let de = b.child("donnee_entree"), let di = b.child("donnee_intermediaire") else { continue }
            let area = try de.optionalDouble("surface_totale_baie") ?? 0
            let sw = try di.optionalDouble("sw") ?? 0
            let fe1 = try di.optionalDouble("fe1") ?? 1
            let fe2 = try di.optionalDouble("fe2") ?? 1
            let o = try de.optionalInt("enum_orientation_id") ?? 1
            let t = try de.optionalInt("enum_inclinaison_vitrage_id") ?? 3
            let key = (o == 5 || t == 4) ? "horizontal" : "\(orientations[o] ?? "sud") \(tilts[t] ?? "sup75°")"
            let c1 = try tables.c1(zone: dwelling.climateZone, orientation: key)
            for j in 0..<12 { sse[j] += area * sw * fe1 * fe2 * c1[j] }
        }
        return sse
    }

    static func run(_ documents: [ADEMEDocument]) throws {
        let tables = try MethodTables.bundled()
        let stats = [
            "sse", "apport_interne_ch", "apport_solaire_ch", "fraction_apport_gratuit_ch", "besoin_ch (recorded recup)",
            "besoin_ch_depensier (recorded recup)", "pertes_generateur_ch_recup", "besoin_ch (own gen recup)",
            "i0 (engine)", "i0 (by attributes)", "rendement_emission", "rendement_distribution", "rendement_regulation",
            "rd (by attributes)", "re (by attributes)", "rr (by attributes)", "pn", "rpn", "rpint", "qp0", "temp_fonc_30",
            "temp_fonc_100", "rendement_generation", "rendement_generation (by attributes)", "scop",
            "generateur conso_ch (recorded need)", "installation conso_ch (recorded need)", "conso_ch (recorded need)",
            "conso_ch_depensier (recorded need)", "conso_auxiliaire_generation_ch", "conso_auxiliaire_distribution_ch",
            "conso_ch (full chain, recorded GV/Sse/recup)", "besoin_ch (engine envelope, recorded Nadeq/recup)", "besoin_ch (engine hot water, recorded GV)",
            "besoin_ch (engine envelope + hot water)",
            "conso_ch (engine envelope + hot water)",
        ].map { Stat($0) }
        var byName: [String: Stat] = [:]
        for s in stats { byName[s.name] = s }
        func add(_ name: String, _ c: Double, _ r: Double?, _ file: String, _ el: String = "") {
            guard let r else { return }
            byName[name]?.add(c, r, file, el)
        }
        // Quantities some software record in kWh instead of Wh (or the reverse): compare with the closer reading.
        func addEitherUnit(_ name: String, _ c: Double, _ r: Double?, _ file: String, _ el: String = "") {
            guard let r else { return }
            let best = [r, r * 1000, r / 1000].min { abs($0 - c) < abs($1 - c) } ?? r
            byName[name]?.add(c, best, file, el + (best == r ? "" : " (unit)"))
        }
        let verbose = ProcessInfo.processInfo.environment["HEATING_AUDIT_VERBOSE"] != nil
        var failures: [String: Int] = [:]
        var failureExamples: [String] = []
        for doc in documents {
            let file = doc.file
            let logement = doc.logement
            do {
                guard let sortie = doc.recordedOutputs, let ab = sortie.child("apport_et_besoin"),
                    let gv = try sortie.descendant("deperdition")?.optionalDouble("deperdition_enveloppe")
                else { continue }
                let dwelling = doc.dwelling
                let input = try HeatingInput(ademe: logement, dwelling: dwelling)
                let inertia = try logement.descendant("enveloppe/inertie")?.optionalInt("enum_classe_inertie_id") ?? 3
                let nadeq = try ab.optionalDouble("nadeq") ?? 0
                let sse = try southEquivalentArea(logement, dwelling: dwelling, tables: tables)
                add("sse", sse.reduce(0, +), try ab.optionalDouble("surface_sud_equivalente"), file)

                // Stage 1: need with recorded GV, nadeq, recovered hot-water losses (Wh, spread like Nref).
                let ilpa = HeatingNeed.usesOldHeavyVariant(dwelling, inertiaClassId: inertia)
                let nref19 = try tables.monthly("nref19", zone: dwelling.climateZone, altitude: dwelling.altitude, ilpa: ilpa)
                let nref21 = try tables.monthly("nref21", zone: dwelling.climateZone, altitude: dwelling.altitude, ilpa: ilpa)
                let s19 = nref19.reduce(0, +), s21 = nref21.reduce(0, +)
                // Recorded in Wh by most software, in kWh by some (values below 1000 then).
                func kWh(_ field: String) throws -> Double {
                    let v = try ab.optionalDouble(field) ?? 0
                    return v > 1000 ? v / 1000 : v
                }
                let dist = try kWh("pertes_distribution_ecs_recup")
                let distDep = try kWh("pertes_distribution_ecs_recup_depensier")
                let stor = try kWh("pertes_stockage_ecs_recup")
                // Recorded in Wh (the recorded needs show they are not kWh).
                let genRecup = (try ab.optionalDouble("pertes_generateur_ch_recup") ?? 0) / 1000
                let genRecupDep = (try ab.optionalDouble("pertes_generateur_ch_recup_depensier") ?? 0) / 1000
                let hw19 = nref19.map { (dist + stor + genRecup) * $0 / s19 }
                let hw21 = nref21.map { distDep * $0 / s21 + stor * $0 / s19 + genRecupDep * $0 / s21 }
                let need = try HeatingNeed.compute(
                    envelopeWPerK: gv, southEquivalentAreaM2ByMonth: sse, inertiaClassId: inertia,
                    habitableAreaM2: HeatingCalculation.needAreaM2(dwelling), adjustedOccupants: nadeq, dwelling: dwelling,
                    recoverableHotWaterLossesKWhByMonth: hw19, recoverableHotWaterLossesSpendthriftKWhByMonth: hw21,
                    generators: [], tables: tables)
                addEitherUnit("apport_interne_ch", need.internalGainsWh, try ab.optionalDouble("apport_interne_ch"), file)
                addEitherUnit("apport_solaire_ch", need.solarGainsWh, try ab.optionalDouble("apport_solaire_ch"), file)
                if let f = try ab.optionalDouble("fraction_apport_gratuit_ch"), f < 1 {
                    add("fraction_apport_gratuit_ch", need.freeGainFraction, f, file)
                }
                add("besoin_ch (recorded recup)", need.needKWh, try ab.optionalDouble("besoin_ch"), file)
                if verbose {
                    let rb = try ab.optionalDouble("besoin_ch") ?? 0
                    let gross = need.needKWh + hw19.reduce(0, +)
                    print("NEED \(file) map \(dwelling.applicationMethodId) inertia \(inertia) ilpa \(dwelling.oldMaterials) "
                        + "ours \(fmt(need.needKWh)) rec \(fmt(rb)) ratio \(String(format: "%.3f", need.needKWh / rb)) gross \(fmt(gross)) "
                        + "dist \(fmt(dist)) stor \(fmt(stor)) gen \(fmt(genRecup)) F \(String(format: "%.3f", need.freeGainFraction)) "
                        + "Frec \(fmt(try ab.optionalDouble("fraction_apport_gratuit_ch") ?? 0)) "
                        + "ai \(fmt(need.internalGainsWh)) airec \(fmt(try ab.optionalDouble("apport_interne_ch") ?? 0)) "
                        + "as \(fmt(need.solarGainsWh)) asrec \(fmt(try ab.optionalDouble("apport_solaire_ch") ?? 0)) "
                        + "sse \(fmt(sse.reduce(0, +))) sserec \(fmt(try ab.optionalDouble("surface_sud_equivalente") ?? 0)) "
                        + "ai(ilpa0) \(fmt(try FreeGains.monthlyInternalGainsWh(habitableAreaM2: HeatingCalculation.needAreaM2(dwelling), adjustedOccupants: nadeq, dwelling: { var d = dwelling; d.oldMaterials = false; return d }(), tables: tables).reduce(0, +)))")
                }
                add("besoin_ch_depensier (recorded recup)", need.needSpendthriftKWh, try ab.optionalDouble("besoin_ch_depensier"), file)
                // Own generator recovery.
                let resolved = try HeatingCalculation.resolveGenerators(input, dwelling: dwelling, envelopeWPerK: gv, tables: tables)
                let hw19own = nref19.map { (dist + stor) * $0 / s19 }
                let need2 = try HeatingNeed.compute(
                    envelopeWPerK: gv, southEquivalentAreaM2ByMonth: sse, inertiaClassId: inertia,
                    habitableAreaM2: HeatingCalculation.needAreaM2(dwelling), adjustedOccupants: nadeq, dwelling: dwelling,
                    recoverableHotWaterLossesKWhByMonth: hw19own, generators: resolved.recoverable, tables: tables)
                addEitherUnit("pertes_generateur_ch_recup", need2.recoveredGeneratorLossesKWh, genRecup, file)
                add("besoin_ch (own gen recup)", need2.needKWh, try ab.optionalDouble("besoin_ch"), file)

                // Stage 2: emitters and generators, consumption from the recorded need.
                let recordedNeed = try ab.double("besoin_ch")
                let recordedNeedDep = try ab.optionalDouble("besoin_ch_depensier") ?? recordedNeed
                let parts = try HeatingCalculation.consumption(
                    input, dwelling: dwelling, envelopeWPerK: gv, inertiaClassId: inertia, needKWh: recordedNeed,
                    needSpendthriftKWh: recordedNeedDep, monthlyNeedKWh: need2.monthlyNeedKWh, tables: tables)
                let bare = input.withoutTableReferences()
                let instNodes = logement.descendant("installation_chauffage_collection")?.children("installation_chauffage") ?? []
                for em in parts.emitters {
                    let node = instNodes[em.installationIndex].child("emetteur_chauffage_collection")?
                        .children("emetteur_chauffage")[em.emitterIndex]
                    let el = "inst \(em.installationIndex + 1) em \(em.emitterIndex + 1)"
                    guard let di = node?.child("donnee_intermediaire") else { continue }
                    add("i0 (engine)", em.i0, try di.optionalDouble("i0"), file, el)
                    add("rendement_emission", em.efficiencies.emission, try di.optionalDouble("rendement_emission"), file, el)
                    add("rendement_distribution", em.efficiencies.distribution, try di.optionalDouble("rendement_distribution"), file, el)
                    add("rendement_regulation", em.efficiencies.regulation, try di.optionalDouble("rendement_regulation"), file, el)
                    let bareEm = bare.installations[em.installationIndex].emitters[em.emitterIndex]
                    do {
                        let i0 = try Intermittence.i0(
                            emitter: bareEm, installationTypeId: bare.installations[em.installationIndex].installationTypeId,
                            dwelling: dwelling, inertiaClassId: inertia, tables: tables)
                        add("i0 (by attributes)", i0, try di.optionalDouble("i0"), file, el)
                        let eff = try EmissionDistributionRegulation.efficiencies(bareEm, tables: tables)
                        add("re (by attributes)", eff.emission, try di.optionalDouble("rendement_emission"), file, el)
                        add("rd (by attributes)", eff.distribution, try di.optionalDouble("rendement_distribution"), file, el)
                        add("rr (by attributes)", eff.regulation, try di.optionalDouble("rendement_regulation"), file, el)
                    } catch {
                        failures["emitter by attributes: \(error)".prefix(90).description, default: 0] += 1
                    }
                }
                var bareParts: [GeneratorConsumption] = []
                do {
                    bareParts = try HeatingCalculation.consumption(
                        bare, dwelling: dwelling, envelopeWPerK: gv, inertiaClassId: inertia, needKWh: recordedNeed,
                        needSpendthriftKWh: recordedNeedDep, tables: tables
                    ).generators
                } catch { failures["generators by attributes: \(error)".replacingOccurrences(of: file, with: "").prefix(160).description, default: 0] += 1 }
                for (k, g) in parts.generators.enumerated() {
                    let node = instNodes[g.installationIndex].child("generateur_chauffage_collection")?
                        .children("generateur_chauffage")[g.generatorIndex]
                    let el = "inst \(g.installationIndex + 1) gen \(g.generatorIndex + 1) type \(g.generatorTypeId)"
                    guard let di = node?.child("donnee_intermediaire") else { continue }
                    if let c = g.combustion {
                        add("pn", c.nominalPowerW, try di.optionalDouble("pn"), file, el)
                        add("rpn", c.rpn, try di.optionalDouble("rpn"), file, el)
                        if let v = c.rpint { add("rpint", v, try di.optionalDouble("rpint"), file, el) }
                        if let q = try di.optionalDouble("qp0") { add("qp0", c.qp0W, q < 1 ? q * 1000 : q, file, el) }
                        if let v = c.operatingTemperature30C { add("temp_fonc_30", v, try di.optionalDouble("temp_fonc_30"), file, el) }
                        if let v = c.operatingTemperature100C { add("temp_fonc_100", v, try di.optionalDouble("temp_fonc_100"), file, el) }
                    }
                    if g.kind == .heatPump {
                        add("scop", g.generationEfficiency, try di.optionalDouble("scop") ?? di.optionalDouble("rendement_generation"), file, el)
                    } else {
                        add("rendement_generation", g.generationEfficiency, try di.optionalDouble("rendement_generation"), file, el)
                        if k < bareParts.count {
                            add("rendement_generation (by attributes)", bareParts[k].generationEfficiency,
                                try di.optionalDouble("rendement_generation"), file, el)
                        }
                    }
                    add("generateur conso_ch (recorded need)", g.consumptionKWh, try di.optionalDouble("conso_ch"), file, el)
                    if verbose, let rc = try di.optionalDouble("conso_ch"), g.consumptionKWh > 0 {
                        let inst = input.installations[g.installationIndex]
                        print("GEN \(file) map \(dwelling.applicationMethodId) zone \(dwelling.climateZone.key) cfg \(inst.configurationId) inst \(g.installationIndex + 1)/\(input.installations.count) "
                            + "gen \(g.generatorIndex + 1)/\(inst.generators.count) type \(g.generatorTypeId) kind \(g.kind.rawValue) "
                            + "link \(inst.generators[g.generatorIndex].generatorLinkId) share \(String(format: "%.3f", g.needShare)) "
                            + "implied \(String(format: "%.3f", rc / g.consumptionKWh * g.needShare)) rg \(String(format: "%.3f", g.generationEfficiency)) "
                            + "rgrec \(fmt(try di.optionalDouble("rendement_generation") ?? di.optionalDouble("scop") ?? 0))")
                    }
                }
                for (i, inst) in instNodes.enumerated() {
                    let c = parts.generators.filter { $0.installationIndex == i }.reduce(0) { $0 + $1.consumptionKWh }
                    add("installation conso_ch (recorded need)", c, try inst.child("donnee_intermediaire")?.optionalDouble("conso_ch"),
                        file, "inst \(i + 1) cfg \(input.installations[i].configurationId)")
                }
                let ef = sortie.child("ef_conso")
                let cfgs = input.installations.map { "\($0.configurationId)" }.joined(separator: ",")
                add("conso_ch (recorded need)", parts.generators.reduce(0) { $0 + $1.consumptionKWh }, try ef?.optionalDouble("conso_ch"), file, "cfg \(cfgs)")
                add("conso_ch_depensier (recorded need)", parts.generators.reduce(0) { $0 + $1.consumptionSpendthriftKWh },
                    (try? ef?.optionalDouble("conso_ch_depensier")) ?? nil, file, "cfg \(cfgs)")
                add("conso_auxiliaire_generation_ch", parts.generators.reduce(0) { $0 + $1.generationAuxiliaryKWh },
                    try ef?.optionalDouble("conso_auxiliaire_generation_ch"), file)
                add("conso_auxiliaire_distribution_ch", parts.distributionAuxiliaryKWh,
                    try ef?.optionalDouble("conso_auxiliaire_distribution_ch"), file)

                // Stage 3: the whole chapter from recorded GV, Sse (windows) and hot-water recovery.
                let full = try HeatingCalculation.compute(
                    input, dwelling: dwelling, envelopeWPerK: gv, southEquivalentAreaM2ByMonth: sse, inertiaClassId: inertia,
                    adjustedOccupants: nadeq, recoverableHotWaterLossesKWhByMonth: hw19own, tables: tables)
                add("conso_ch (full chain, recorded GV/Sse/recup)", full.consumptionKWh, try ef?.optionalDouble("conso_ch"), file)

                // Stage 4: the engine's own envelope (GV, Sse, inertia) and hot water (Nadeq, recovered losses).
                do {
                    let envelope = try EnvelopeCalculation.compute(
                        try EnvelopeInput(ademe: logement, dwelling: dwelling), dwelling: dwelling, tables: tables)
                    let hotWater = try HotWaterCalculation.compute(try HotWaterInput(ademe: logement), dwelling: dwelling, tables: tables)
                    let engine = try HeatingCalculation.compute(
                        input, dwelling: dwelling, envelopeWPerK: envelope.envelopeWPerK,
                        southEquivalentAreaM2ByMonth: envelope.southEquivalentAreaM2ByMonth,
                        inertiaClassId: envelope.inertiaClassId, adjustedOccupants: hotWater.adultEquivalents,
                        recoverableHotWaterLossesKWhByMonth: hotWater.recoverableLossesKWhByMonth,
                        recoverableHotWaterLossesSpendthriftKWhByMonth: hotWater.recoverableLossesSpendthriftKWhByMonth,
                        tables: tables)
                    add("besoin_ch (engine envelope + hot water)", engine.needKWh, try ab.optionalDouble("besoin_ch"), file)
                    let envOnly = try HeatingNeed.compute(
                        envelopeWPerK: envelope.envelopeWPerK, southEquivalentAreaM2ByMonth: envelope.southEquivalentAreaM2ByMonth,
                        inertiaClassId: envelope.inertiaClassId, habitableAreaM2: HeatingCalculation.needAreaM2(dwelling),
                        adjustedOccupants: nadeq, dwelling: dwelling, recoverableHotWaterLossesKWhByMonth: hw19own, tables: tables)
                    add("besoin_ch (engine envelope, recorded Nadeq/recup)", envOnly.needKWh, try ab.optionalDouble("besoin_ch"), file)
                    let hwOnly = try HeatingNeed.compute(
                        envelopeWPerK: gv, southEquivalentAreaM2ByMonth: sse, inertiaClassId: inertia,
                        habitableAreaM2: HeatingCalculation.needAreaM2(dwelling), adjustedOccupants: hotWater.adultEquivalents,
                        dwelling: dwelling, recoverableHotWaterLossesKWhByMonth: hotWater.recoverableLossesKWhByMonth, tables: tables)
                    add("besoin_ch (engine hot water, recorded GV)", hwOnly.needKWh, try ab.optionalDouble("besoin_ch"), file)
                    add("conso_ch (engine envelope + hot water)", engine.consumptionKWh, try ef?.optionalDouble("conso_ch"), file)
                } catch {
                    failures["engine chain: \(error)".replacingOccurrences(of: file, with: "").prefix(100).description, default: 0] += 1
                }
            } catch {
                let key = "\(error)".replacingOccurrences(of: file, with: "").prefix(100).description
                failures[key, default: 0] += 1
                if failureExamples.count < 15 { failureExamples.append("\(file): \(error)") }
            }
        }
        print("\(documents.count) documents")
        for s in stats { s.report() }
        if !failures.isEmpty {
            print("failures:")
            for (k, v) in failures.sorted(by: { $0.value > $1.value }) { print("  \(v) × \(k)") }
            for e in failureExamples { print("    e.g. \(e)") }
        }
    }
}
