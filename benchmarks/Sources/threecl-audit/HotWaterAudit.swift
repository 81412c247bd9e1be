import Foundation
import ThreeCL

/// Compares the engine's hot water (§11, §14, §15), cooling (§10), lighting (§16), conversions and classes with
/// the values the certified software recorded.
enum HotWaterAudit {
    /// One quantity compared over the corpus.
    final class Tally {
        let name: String
        var rows: [(file: String, element: String, mine: Double, recorded: Double)] = []
        var failures: [String] = []
        init(_ name: String) { self.name = name }

        func add(_ file: String, _ element: String, _ mine: Double, _ recorded: Double?) {
            guard let recorded else { return }
            rows.append((file, element, mine, recorded))
        }

        static func relative(_ a: Double, _ b: Double) -> Double {
            let d = abs(a - b)
            if d < 1e-6 { return 0 }
            return d / max(abs(b), 1e-9)
        }

        func report(absoluteTolerance: Double = 0.5) {
            let within = { (t: Double) in
                self.rows.filter { Self.relative($0.mine, $0.recorded) <= t || abs($0.mine - $0.recorded) <= absoluteTolerance * t }.count
            }
            print("\(name): \(rows.count) compared, within 1 %: \(within(0.01)), within 5 %: \(within(0.05))"
                + (failures.isEmpty ? "" : ", \(failures.count) not computed"))
            let worst = rows.sorted { Self.relative($0.mine, $0.recorded) > Self.relative($1.mine, $1.recorded) }
                .prefix(10).filter { Self.relative($0.mine, $0.recorded) > 0.01 }
            for w in worst {
                print(String(format: "    %@ %@: engine %.4g, recorded %.4g", w.file, w.element, w.mine, w.recorded))
            }
            for f in failures.prefix(5) { print("    not computed: \(f)") }
        }
    }

    static func run(_ documents: [ADEMEDocument]) throws {
        let tables = try MethodTables.bundled()
        hotWater(documents, tables)
        cooling(documents, tables)
        lighting(documents, tables)
        conversions(documents, tables)
    }

    // MARK: hot water

    static func hotWater(_ documents: [ADEMEDocument], _ tables: MethodTables) {
        print("== Hot water (§11, §14, §15) ==")
        let nadeq = Tally("nadeq"), v40 = Tally("v40_ecs_journalier"), need = Tally("besoin_ecs (sortie)")
        let rd = Tally("rendement_distribution"), ratio = Tally("ratio_besoin_ecs"), genNeed = Tally("besoin_ecs (installation)")
        let rs = Tally("rendement_stockage (electric)"), rg = Tally("rendement_generation(_stockage) / cop")
        let genConso = Tally("conso_ecs (generator)"), conso = Tally("conso_ecs (sortie)")
        let auxG = Tally("conso_auxiliaire_generation_ecs"), auxD = Tally("conso_auxiliaire_distribution_ecs")
        let recD = Tally("pertes_distribution_ecs_recup (kWh or Wh as recorded)")
        let recS = Tally("pertes_stockage_ecs_recup (kWh or Wh as recorded)")
        let byEnergy = Tally("sortie_par_energie/conso_ecs")
        for doc in documents {
            let f = doc.file
            guard let sortie = doc.recordedOutputs else { continue }
            let ab = sortie.child("apport_et_besoin")
            let input: HotWaterInput
            let r: HotWaterResult
            do {
                input = try HotWaterInput(ademe: doc.logement)
                r = try HotWaterCalculation.compute(input, dwelling: doc.dwelling, tables: tables)
            } catch {
                conso.failures.append("\(f): \(error)")
                continue
            }
            nadeq.add(f, "", r.adultEquivalents, try? ab?.optionalDouble("nadeq"))
            v40.add(f, "", r.dailyVolume40L, try? ab?.optionalDouble("v40_ecs_journalier"))
            if let b = try? ab?.optionalDouble("besoin_ecs") {
                // Some software record Wh.
                need.add(f, "", b > 20 * r.needKWh ? r.needKWh * 1000 : r.needKWh, b)
            }
            if let c = try? sortie.child("ef_conso")?.optionalDouble("conso_ecs") { conso.add(f, "", r.consumptionKWh, c) }
            auxG.add(f, "", r.generationAuxiliaryKWh, try? sortie.child("ef_conso")?.optionalDouble("conso_auxiliaire_generation_ecs"))
            auxD.add(f, "", r.distributionAuxiliaryKWh, try? sortie.child("ef_conso")?.optionalDouble("conso_auxiliaire_distribution_ecs"))
            if let v = try? ab?.optionalDouble("pertes_distribution_ecs_recup") {
                let mine = r.recoverableDistributionLossesKWh
                recD.add(f, "", v > 20 * mine ? mine * 1000 : mine, v)
            }
            if let v = try? ab?.optionalDouble("pertes_stockage_ecs_recup") {
                let mine = r.recoverableStorageLossesKWh
                recS.add(f, "", v > 20 * mine && mine > 0 ? mine * 1000 : mine, v)
            }
            for e in sortie.child("sortie_par_energie_collection")?.children("sortie_par_energie") ?? [] {
                guard let id = try? e.optionalInt("enum_type_energie_id"), let v = try? e.optionalDouble("conso_ecs") else { continue }
                let mine = r.consumptionByGenerator.filter { $0.energyId == id }.reduce(0) { $0 + $1.kWh }
                if v > 0 || mine > 0 { byEnergy.add(f, "energy \(id)", mine, v) }
            }
            let installs = doc.logement.child("installation_ecs_collection")?.children("installation_ecs") ?? []
            for g in r.generators {
                guard g.installationIndex < installs.count else { continue }
                let inst = installs[g.installationIndex]
                let idi = inst.child("donnee_intermediaire")
                let gens = inst.child("generateur_ecs_collection")?.children("generateur_ecs") ?? []
                guard g.generatorIndex < gens.count, let gdi = gens[g.generatorIndex].child("donnee_intermediaire") else { continue }
                let el = "inst \(g.installationIndex + 1) gen \(g.generatorIndex + 1) [\(g.kind)] type \(input.installations[g.installationIndex].generators[g.generatorIndex].typeId)"
                if g.generatorIndex == 0 {
                    rd.add(f, el, g.distributionEfficiency, try? idi?.optionalDouble("rendement_distribution"))
                    if let b = try? idi?.optionalDouble("besoin_ecs") {
                        genNeed.add(f, el, b > 20 * g.needKWh ? g.needKWh * 1000 : g.needKWh, b)
                    }
                }
                ratio.add(f, el, g.needRatio, try? gdi.optionalDouble("ratio_besoin_ecs"))
                if let s = g.storageEfficiency { rs.add(f, el, s, try? gdi.optionalDouble("rendement_stockage")) }
                if let e = g.generationEfficiency {
                    let rec = (try? gdi.optionalDouble("rendement_generation_stockage")) ?? (try? gdi.optionalDouble("rendement_generation"))
                        ?? (try? gdi.optionalDouble("cop"))
                    rg.add(f, el, e, rec ?? nil)
                }
                genConso.add(f, el, g.consumptionKWh, try? gdi.optionalDouble("conso_ecs"))
            }
        }
        for t in [nadeq, v40, need, genNeed, ratio, rd, rs, rg, genConso, conso, byEnergy, auxG, auxD, recD, recS] { t.report() }
    }

    // MARK: cooling

    static func cooling(_ documents: [ADEMEDocument], _ tables: MethodTables) {
        print("== Cooling (§10), with the recorded GV and inertia, the envelope chapter's Sse ==")
        let need = Tally("besoin_fr (sortie)"), eer = Tally("eer"), conso = Tally("conso_fr (sortie)"), sysConso = Tally("conso_fr (system, recorded need)")
        let sseT = Tally("surface_sud_equivalente (annual, envelope chapter)")
        for doc in documents {
            let f = doc.file
            guard let s = doc.recordedOutputs else { continue }
            let nodes = doc.logement.child("climatisation_collection")?.children("climatisation") ?? []
            guard !nodes.isEmpty else { continue }
            do {
                let input = try CoolingInput(ademe: doc.logement)
                let env = try EnvelopeCalculation.compute(EnvelopeInput(ademe: doc.logement, dwelling: doc.dwelling), dwelling: doc.dwelling, tables: tables)
                let gv = (try s.child("deperdition")?.optionalDouble("deperdition_enveloppe")) ?? env.envelopeWPerK
                let inertia = (try doc.logement.descendant("enveloppe/inertie")?.optionalInt("enum_classe_inertie_id")) ?? env.inertiaClassId
                sseT.add(f, "", env.southEquivalentAreaM2ByMonth.reduce(0, +), try s.child("apport_et_besoin")?.optionalDouble("surface_sud_equivalente"))
                let r = try CoolingCalculation.compute(input, dwelling: doc.dwelling, envelopeWPerK: gv, southEquivalentAreaM2ByMonth: env.southEquivalentAreaM2ByMonth, inertiaClassId: inertia, tables: tables)
                need.add(f, "", r.needKWh, try s.child("apport_et_besoin")?.optionalDouble("besoin_fr"))
                conso.add(f, "", r.consumptionKWh, try s.child("ef_conso")?.optionalDouble("conso_fr"))
                for (i, n) in nodes.enumerated() where i < r.systems.count {
                    let di = n.child("donnee_intermediaire")
                    eer.add(f, "system \(i + 1)", r.systems[i].eer, try di?.optionalDouble("eer"))
                    if let b = try di?.optionalDouble("besoin_fr"), let e = try di?.optionalDouble("eer") {
                        sysConso.add(f, "system \(i + 1)", 0.9 * b / e, try di?.optionalDouble("conso_fr"))
                    }
                }
            } catch {
                need.failures.append("\(f): \(error)")
            }
        }
        for t in [sseT, need, eer, sysConso, conso] { t.report() }
    }

    // MARK: lighting

    static func lighting(_ documents: [ADEMEDocument], _ tables: MethodTables) {
        print("== Lighting (§16) ==")
        let t = Tally("conso_eclairage")
        for doc in documents {
            t.add(doc.file, "", Lighting.consumptionKWh(dwelling: doc.dwelling),
                  try? doc.recordedOutputs?.child("ef_conso")?.optionalDouble("conso_eclairage"))
        }
        t.report()
    }

    // MARK: conversions and classes

    /// The first district-heating network cited by the generators of a collection (heating or hot water).
    static func network(_ logement: XMLElementNode, _ generatorPath: String) -> (String?, String?) {
        func walk(_ n: XMLElementNode) -> (String?, String?)? {
            if n.name == generatorPath, let de = n.child("donnee_entree"), let id = de.string("identifiant_reseau_chaleur") {
                return (id, de.string("date_arrete_reseau_chaleur"))
            }
            for c in n.children { if let r = walk(c) { return r } }
            return nil
        }
        return walk(logement) ?? (nil, nil)
    }

    static func conversions(_ documents: [ADEMEDocument], _ tables: MethodTables) {
        print("== Conversions and classes (recorded final energies in) ==")
        let epTotal = Tally("ep_conso_5_usages"), epM2 = Tally("ep_conso_5_usages_m2"), gesTotal = Tally("emission_ges_5_usages")
        let gesM2 = Tally("emission_ges_5_usages_m2"), epCh = Tally("ep_conso_ch"), epEcs = Tally("ep_conso_ecs")
        let gesCh = Tally("emission_ges_ch"), gesEcs = Tally("emission_ges_ecs")
        var classGiven = (n: 0, dpe: 0, dpeEpOnly: 0, ges: 0)
        var classChain = (n: 0, dpe: 0, ges: 0)
        var classMisses: [String] = []
        let ownEp = Tally("ep_conso_5_usages_m2 (recorded heating, engine hot water/lighting/cooling/ECS auxiliaries)")
        let ownGes = Tally("emission_ges_5_usages_m2 (same)")
        var ownClass = (n: 0, ok: 0)
        for doc in documents {
            let f = doc.file
            guard let s = doc.recordedOutputs, let ef = s.child("ef_conso"), let ep = s.child("ep_conso"),
                let ges = s.child("emission_ges")
            else { continue }
            let d = doc.dwelling
            let date = doc.root.descendant("administratif/date_etablissement_dpe")?.text
            // The class function alone, from the recorded per-m² values.
            if let e = try? ep.optionalDouble("ep_conso_5_usages_m2"), let g = try? ges.optionalDouble("emission_ges_5_usages_m2"),
                let rc = ep.string("classe_bilan_dpe"), let rg = ges.string("classe_emission_ges") {
                classGiven.n += 1
                let a = d.habitableAreaM2
                if let c = try? EnergyClasses.dpeClass(primaryKWhPerM2: e, emissionKgPerM2: g, habitableAreaM2: a, zone: d.climateZone, altitude: d.altitude, dpeDate: date, tables: tables) {
                    if c.rawValue == rc { classGiven.dpe += 1 } else { classMisses.append("\(f): ep \(e) ges \(g) area \(a) → \(c.rawValue), recorded \(rc)") }
                }
                if let c = try? EnergyClasses.primaryEnergyClass(kWhPerM2: e, habitableAreaM2: a, zone: d.climateZone, altitude: d.altitude, dpeDate: date, tables: tables), c.rawValue == rc { classGiven.dpeEpOnly += 1 }
                if let c = try? EnergyClasses.greenhouseGasClass(kgPerM2: g, habitableAreaM2: a, zone: d.climateZone, altitude: d.altitude, dpeDate: date, tables: tables), c.rawValue == rg { classGiven.ges += 1 }
            }
            // The conversion of the recorded final energies.
            var entries: [FinalEnergyEntry] = []
            let heatNet = network(doc.logement, "generateur_chauffage"), ecsNet = network(doc.logement, "generateur_ecs")
            // Energy shares of heating and hot water from `sortie_par_energie` (some software list an energy twice
            // or at the building's scale), scaled to `ef_conso/conso_ch` and `conso_ecs`.
            var ch: [Int: Double] = [:], ecs: [Int: Double] = [:]
            var seen = Set<String>()
            for e in s.child("sortie_par_energie_collection")?.children("sortie_par_energie") ?? [] {
                guard let id = try? e.optionalInt("enum_type_energie_id") else { continue }
                let key = "\(id)/\(e.string("conso_ch") ?? "")/\(e.string("conso_ecs") ?? "")"
                guard seen.insert(key).inserted else { continue }
                if let v = try? e.optionalDouble("conso_ch"), v != 0 { ch[id, default: 0] += v }
                if let v = try? e.optionalDouble("conso_ecs"), v != 0 { ecs[id, default: 0] += v }
            }
            for (use, parts, field, net) in [(EnergyUse.heating, ch, "conso_ch", heatNet), (.hotWater, ecs, "conso_ecs", ecsNet)] {
                let sum = parts.values.reduce(0, +)
                let total = (try? ef.optionalDouble(field)) ?? nil
                let scale = sum > 0 && total != nil ? total! / sum : 1
                for (id, v) in parts.sorted(by: { $0.key < $1.key }) {
                    entries.append(FinalEnergyEntry(use: use, energyId: id, kWh: v * scale, heatNetworkId: id == 8 ? net.0 : nil, heatNetworkOrderDate: net.1))
                }
            }
            for (use, field) in [(EnergyUse.cooling, "conso_fr"), (.lighting, "conso_eclairage")] {
                if let v = try? ef.optionalDouble(field), v != 0 { entries.append(FinalEnergyEntry(use: use, energyId: 1, kWh: v)) }
            }
            // The auxiliaries as the sum of their parts (some software leave ventilation out of the total).
            var aux = 0.0
            for field in ["conso_auxiliaire_ventilation", "conso_auxiliaire_generation_ch", "conso_auxiliaire_distribution_ch",
                          "conso_auxiliaire_generation_ecs", "conso_auxiliaire_distribution_ecs", "conso_auxiliaire_distribution_fr"] {
                aux += ((try? ef.optionalDouble(field)) ?? nil) ?? 0
            }
            if aux != 0 { entries.append(FinalEnergyEntry(use: .auxiliaries, energyId: 1, kWh: aux)) }
            // The same with this chapter's own hot water (and its auxiliaries), lighting and cooling.
            if let hw = try? HotWaterCalculation.compute(HotWaterInput(ademe: doc.logement), dwelling: d, tables: tables) {
                var own = entries.filter { $0.use == .heating }
                for e in hw.consumptionByGenerator {
                    own.append(FinalEnergyEntry(use: .hotWater, energyId: e.energyId, kWh: e.kWh, heatNetworkId: e.heatNetworkId, heatNetworkOrderDate: e.heatNetworkOrderDate))
                }
                own.append(FinalEnergyEntry(use: .lighting, energyId: 1, kWh: Lighting.consumptionKWh(dwelling: d)))
                var cooling = ((try? ef.optionalDouble("conso_fr")) ?? nil) ?? 0
                if let input = try? CoolingInput(ademe: doc.logement), !input.systems.isEmpty,
                    let env = try? EnvelopeCalculation.compute(EnvelopeInput(ademe: doc.logement, dwelling: d), dwelling: d, tables: tables),
                    let c = try? CoolingCalculation.compute(input, dwelling: d, envelopeWPerK: env.envelopeWPerK, southEquivalentAreaM2ByMonth: env.southEquivalentAreaM2ByMonth, inertiaClassId: env.inertiaClassId, tables: tables) {
                    cooling = c.consumptionKWh
                }
                if cooling != 0 { own.append(FinalEnergyEntry(use: .cooling, energyId: 1, kWh: cooling)) }
                var aux = hw.generationAuxiliaryKWh + hw.distributionAuxiliaryKWh
                for field in ["conso_auxiliaire_ventilation", "conso_auxiliaire_generation_ch", "conso_auxiliaire_distribution_ch", "conso_auxiliaire_distribution_fr"] {
                    aux += ((try? ef.optionalDouble(field)) ?? nil) ?? 0
                }
                own.append(FinalEnergyEntry(use: .auxiliaries, energyId: 1, kWh: aux))
                if let r = try? FiveUses.compute(own, dwelling: d, dpeDate: date, tables: tables) {
                    ownEp.add(f, "", r.primaryKWhPerM2, try? ep.optionalDouble("ep_conso_5_usages_m2"))
                    ownGes.add(f, "", r.emissionKgPerM2, try? ges.optionalDouble("emission_ges_5_usages_m2"))
                    if let rc = ep.string("classe_bilan_dpe") {
                        ownClass.n += 1
                        if r.dpeClass.rawValue == rc { ownClass.ok += 1 }
                    }
                }
            }
            guard let r = try? FiveUses.compute(entries, dwelling: d, dpeDate: date, tables: tables) else { continue }
            epTotal.add(f, "", r.total.primaryKWh, try? ep.optionalDouble("ep_conso_5_usages"))
            epM2.add(f, "", r.primaryKWhPerM2, try? ep.optionalDouble("ep_conso_5_usages_m2"))
            gesTotal.add(f, "", r.total.emissionKgCO2, try? ges.optionalDouble("emission_ges_5_usages"))
            gesM2.add(f, "", r.emissionKgPerM2, try? ges.optionalDouble("emission_ges_5_usages_m2"))
            epCh.add(f, "", r.byUse[.heating]?.primaryKWh ?? 0, try? ep.optionalDouble("ep_conso_ch"))
            epEcs.add(f, "", r.byUse[.hotWater]?.primaryKWh ?? 0, try? ep.optionalDouble("ep_conso_ecs"))
            gesCh.add(f, "", r.byUse[.heating]?.emissionKgCO2 ?? 0, try? ges.optionalDouble("emission_ges_ch"))
            gesEcs.add(f, "", r.byUse[.hotWater]?.emissionKgCO2 ?? 0, try? ges.optionalDouble("emission_ges_ecs"))
            if let rc = ep.string("classe_bilan_dpe"), let rg = ges.string("classe_emission_ges") {
                classChain.n += 1
                if r.dpeClass.rawValue == rc { classChain.dpe += 1 }
                if r.greenhouseGasClass.rawValue == rg { classChain.ges += 1 }
            }
        }
        print("classes from recorded ep/ges per m²: \(classGiven.n) files, classe_bilan_dpe (double threshold) \(classGiven.dpe) agree, primary energy alone \(classGiven.dpeEpOnly), classe_emission_ges \(classGiven.ges)")
        for m in classMisses.prefix(10) { print("    \(m)") }
        for t in [epCh, epEcs, gesCh, gesEcs, epTotal, epM2, gesTotal, gesM2] { t.report() }
        print("classes from recorded final energies: \(classChain.n) files, classe_bilan_dpe \(classChain.dpe) agree, classe_emission_ges \(classChain.ges)")
        ownEp.report()
        ownGes.report()
        print("classe_bilan_dpe with the engine's hot water, lighting, cooling: \(ownClass.ok) of \(ownClass.n) agree")
    }
}
