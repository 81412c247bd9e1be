import Foundation
import ThreeCL

/// `threecl-audit e2e [DIR]`: the whole engine on every file, as `renovate dpe DIR` summarises it (the same
/// `DPEComparison` and summary), without the Simulator target. With `THREECL_E2E_CSV=path`, also writes one row per
/// file (file, type, heating energy, computed/recorded primary energy per m², classes, five uses computed/recorded)
/// for a closer look; with `THREECL_E2E_FILES=a.xml,b.xml` prints those files' full comparison.
enum EndToEndAudit {
    static func run(_ documents: [ADEMEDocument]) throws {
        let tables = try MethodTables.bundled()
        let enums = try ADEMEEnumerations.bundled()
        let comparisons = documents.map { comparison($0, tables: tables, enums: enums) }
        let env = ProcessInfo.processInfo.environment
        if let names = env["THREECL_E2E_FILES"] {
            let wanted = Set(names.split(separator: ",").map(String.init))
            for c in comparisons where wanted.contains(c.file) || wanted.contains((c.file as NSString).lastPathComponent) {
                print(DPEReportRenderer.text(c))
            }
            for d in documents where wanted.contains((d.file as NSString).lastPathComponent) {
                guard let r = try? ThreeCLEngine.compute(ThreeCLInput(document: d), tables: tables) else { continue }
                for g in r.heating.consumptionByGenerator {
                    print("  heating inst \(g.installationIndex) gen \(g.generatorIndex) type \(g.generatorTypeId) energy "
                        + "\(g.energyTypeId) share \(fmt(g.needShare)) need \(fmt(g.needKWh)) Rg \(fmt(g.generationEfficiency)) "
                        + "conso \(fmt(g.consumptionKWh)) aux \(fmt(g.generationAuxiliaryKWh))")
                }
                for e in r.heating.emitters {
                    print("  emitter inst \(e.installationIndex) em \(e.emitterIndex) i0 \(fmt(e.i0)) int \(fmt(e.intermittence)) "
                        + "eff \(fmt(e.efficiencies.product))")
                }
                for g in r.hotWater.consumptionByGenerator {
                    print("  hot water energy \(g.energyId) conso \(fmt(g.kWh))")
                }
                let bridgeNodes = d.logement.descendant("enveloppe/pont_thermique_collection")?.children("pont_thermique") ?? []
                for e in r.envelope.elements where e.kind == .thermalBridge {
                    let node = bridgeNodes.indices.contains(e.index) ? bridgeNodes[e.index] : nil
                    let de = node?.child("donnee_entree")
                    print("  bridge \(e.index) type \(de?.string("enum_type_liaison_id") ?? "?") tv \(de?.string("tv_pont_thermique_id") ?? "-") "
                        + "l \(fmt(e.areaM2)) k \(fmt(e.u)) loss \(fmt(e.lossWPerK)) recorded k \(node?.descendant("donnee_intermediaire/k")?.text ?? "?") "
                        + "pct \(de?.string("pourcentage_valeur_pont_thermique") ?? "-") refs \(de?.string("reference_1") ?? "") / \(de?.string("reference_2") ?? "") \(e.description.prefix(40))")
                }
                print("  hot water recoverable losses \(fmt(r.hotWater.recoverableLossesKWhByMonth.reduce(0, +))) kWh, "
                    + "generator losses recovered \(fmt(r.heating.recoverableGeneratorLossesKWh)) kWh")
                print("  need \(fmt(r.heating.needKWh)) ventilation aux \(fmt(r.envelope.ventilationAuxiliaryKWh)) "
                    + "heating aux \(fmt(r.heating.generationAuxiliaryKWh)) + \(fmt(r.heating.distributionAuxiliaryKWh)) "
                    + "hot water aux \(fmt(r.hotWater.generationAuxiliaryKWh)) + \(fmt(r.hotWater.distributionAuxiliaryKWh))")
            }
        }
        if let path = env["THREECL_E2E_CSV"] {
            let qs: [DPEQuantity] = [.epConso5UsagesM2, .conso5Usages, .consoCh, .consoEcs, .consoFr, .consoEclairage,
                                     .consoTotaleAuxiliaire, .besoinCh, .besoinEcs, .deperditionEnveloppe, .deperditionPontThermique,
                                     .deperditionMur, .deperditionPlancherBas, .deperditionPlancherHaut, .deperditionBaieVitree,
                                     .deperditionPorte, .deperditionRenouvellementAir,
                                     .emissionGes5UsagesM2]
            var rows = ["file,type,period,heating,area,class_c,class_r," + qs.map { "\($0.rawValue)_c,\($0.rawValue)_r" }
                .joined(separator: ",") + ",failure"]
            for c in comparisons {
                var r = [(c.file as NSString).lastPathComponent, c.housingType, c.period.replacingOccurrences(of: ",", with: ";"),
                         c.heatingEnergy.replacingOccurrences(of: ",", with: ";"), String(c.habitableAreaM2),
                         c.computed?.energyClass ?? "", c.recorded.energyClass ?? ""]
                for q in qs {
                    r.append(c.computed?[q].map { String($0) } ?? "")
                    r.append(c.recorded[q].map { String($0) } ?? "")
                }
                r.append((c.failure ?? "").replacingOccurrences(of: ",", with: ";").replacingOccurrences(of: "\n", with: " "))
                rows.append(r.joined(separator: ","))
            }
            try (rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            // The auxiliaries' parts, computed and recorded.
            let parts = ["conso_auxiliaire_ventilation", "conso_auxiliaire_generation_ch", "conso_auxiliaire_distribution_ch",
                         "conso_auxiliaire_generation_ecs", "conso_auxiliaire_distribution_ecs"]
            var aux = ["file,method," + parts.map { "\($0)_c,\($0)_r" }.joined(separator: ",")]
            for d in documents {
                guard let r = try? ThreeCLEngine.compute(ThreeCLInput(document: d), tables: tables) else { continue }
                let computed = [r.envelope.ventilationAuxiliaryKWh, r.heating.generationAuxiliaryKWh,
                                r.heating.distributionAuxiliaryKWh, r.hotWater.generationAuxiliaryKWh,
                                r.hotWater.distributionAuxiliaryKWh]
                var row = [(d.file as NSString).lastPathComponent, String(d.dwelling.applicationMethodId)]
                for (i, p) in parts.enumerated() {
                    row.append(String(computed[i]))
                    row.append(d.recordedOutputs?.descendant("ef_conso/\(p)")?.text ?? "")
                }
                aux.append(row.joined(separator: ","))
            }
            try (aux.joined(separator: "\n") + "\n").write(toFile: path + ".aux.csv", atomically: true, encoding: .utf8)
        }
        print(DPEReportRenderer.text(DPECorpusSummary(comparisons, worstCount: 25)))
    }

    /// One document recomputed beside its recorded outputs.
    static func comparison(_ d: ADEMEDocument, tables: MethodTables, enums: ADEMEEnumerations) -> DPEComparison {
        DPEComparison(recomputing: d, tables: tables, enums: enums)
    }

    static func fmt(_ v: Double) -> String { String(format: abs(v) >= 100 ? "%.1f" : "%.4f", v) }
}
