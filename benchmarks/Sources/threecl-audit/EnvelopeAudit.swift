import Foundation
import ThreeCL

/// Compares §3–§7 (envelope, air renewal, ventilation auxiliaries, Sse, inertia) with what the certified software
/// recorded: per element U/b against `donnee_intermediaire`, per file the `sortie/deperdition` fields and
/// `sortie/apport_et_besoin/surface_sud_equivalente`.
enum EnvelopeAudit {
    /// Pairs (computed, recorded) of one quantity, with where they come from.
    struct Series {
        var name: String
        var rows: [(place: String, computed: Double, recorded: Double)] = []

        static func relative(_ c: Double, _ r: Double) -> Double {
            if c == r { return 0 }
            return abs(c - r) / max(abs(r), 1e-6)
        }

        func report() {
            guard !rows.isEmpty else {
                print("\(name): no data")
                return
            }
            // Small absolute differences (rounding of the recorded value) count as agreement.
            func ok(_ row: (place: String, computed: Double, recorded: Double), _ tol: Double) -> Bool {
                Self.relative(row.computed, row.recorded) <= tol || abs(row.computed - row.recorded) < 1e-3
            }
            let n = rows.count
            let p1 = rows.filter { ok($0, 0.01) }.count
            let p5 = rows.filter { ok($0, 0.05) }.count
            print(String(format: "%@: %d compared, within 1%% %d (%.1f%%), within 5%% %d (%.1f%%)",
                         name, n, p1, 100 * Double(p1) / Double(n), p5, 100 * Double(p5) / Double(n)))
            // THREECL_AUDIT_ALL=<series name> lists every disagreement of that series, not only the worst 10.
            let all = ProcessInfo.processInfo.environment["THREECL_AUDIT_ALL"] == name
            let worst = rows.filter { !ok($0, 0.01) }
                .sorted { Self.relative($0.computed, $0.recorded) > Self.relative($1.computed, $1.recorded) }
                .prefix(all ? Int.max : 10)
            for w in worst {
                print(String(format: "    %@  computed %.4f  recorded %.4f", w.place, w.computed, w.recorded))
            }
        }
    }

    static func run(_ documents: [ADEMEDocument]) throws {
        let tables = try MethodTables.bundled()
        var series: [String: Series] = [:]
        var order: [String] = []
        func add(_ name: String, _ place: String, _ computed: Double, _ recorded: Double?) {
            guard let recorded else { return }
            if series[name] == nil {
                series[name] = Series(name: name)
                order.append(name)
            }
            series[name]?.rows.append((place, computed, recorded))
        }
        var failures: [String: [String]] = [:]
        var computedFiles = 0
        for doc in documents {
            let logement = doc.logement
            let input: EnvelopeInput
            let result: EnvelopeResult
            do {
                input = try EnvelopeInput(ademe: logement, dwelling: doc.dwelling)
                result = try EnvelopeCalculation.compute(input, dwelling: doc.dwelling, tables: tables)
            } catch {
                let key = "\(error)".replacingOccurrences(of: doc.file, with: "<file>")
                    .replacingOccurrences(of: #"\[\d+\]"#, with: "[n]", options: .regularExpression)
                failures[key, default: []].append(doc.file)
                continue
            }
            computedFiles += 1
            let env = logement.child("enveloppe")
            func di(_ collection: String, _ item: String) -> [XMLElementNode] {
                (env?.child(collection)?.children(item) ?? []).map { $0.child("donnee_intermediaire") ?? $0 }
            }
            let murs = di("mur_collection", "mur")
            let pbs = di("plancher_bas_collection", "plancher_bas")
            let phs = di("plancher_haut_collection", "plancher_haut")
            let bvs = di("baie_vitree_collection", "baie_vitree")
            let portes = di("porte_collection", "porte")
            let pts = di("pont_thermique_collection", "pont_thermique")
            for e in result.elements {
                let place = "\(doc.file) \(e.kind.rawValue)[\(e.index)] \(e.description.prefix(40))"
                switch e.kind {
                case .wall:
                    let d = murs[e.index]
                    add("wall b", place, e.b, try? d.optionalDouble("b"))
                    if let u0 = e.u0 { add("wall umur0", place, u0, try? d.optionalDouble("umur0")) }
                    add("wall umur", place, e.u, try? d.optionalDouble("umur"))
                case .lowFloor:
                    let d = pbs[e.index]
                    add("low floor b", place, e.b, try? d.optionalDouble("b"))
                    add("low floor upb_final", place, e.u, try? d.optionalDouble("upb_final"))
                case .highFloor:
                    let d = phs[e.index]
                    add("high floor b", place, e.b, try? d.optionalDouble("b"))
                    add("high floor uph", place, e.u, try? d.optionalDouble("uph"))
                case .window:
                    let d = bvs[e.index]
                    add("window b", place, e.b, try? d.optionalDouble("b"))
                    add("window u_menuiserie", place, e.u, try? d.optionalDouble("u_menuiserie"))
                    if let w = e.window {
                        add("window uw", place, w.uw, try? d.optionalDouble("uw"))
                        add("window sw", place, w.sw, try? d.optionalDouble("sw"))
                        add("window fe1", place, w.fe1, try? d.optionalDouble("fe1"))
                        add("window fe2", place, w.fe2, try? d.optionalDouble("fe2"))
                    }
                case .door:
                    let d = portes[e.index]
                    add("door b", place, e.b, try? d.optionalDouble("b"))
                    add("door uporte", place, e.u, try? d.optionalDouble("uporte"))
                case .thermalBridge:
                    // Some software record k already multiplied by the bridge's share (pourcentage_valeur_pont_thermique).
                    let recorded = try? pts[e.index].optionalDouble("k")
                    let share = input.thermalBridges[e.index].share
                    let k = (recorded.map { abs($0 - e.u * share) < 1e-3 } ?? false) && share != 1 ? e.u * share : e.u
                    add("thermal bridge k (× share when recorded so)", place, k, recorded)
                }
            }
            let vents = logement.child("ventilation_collection")?.children("ventilation") ?? []
            for (i, v) in result.airRenewal.enumerated() where i < vents.count {
                let d = vents[i].child("donnee_intermediaire")
                let place = "\(doc.file) ventilation[\(i)]"
                add("ventilation q4pa_conv", place, v.q4pa, try? d?.optionalDouble("q4pa_conv"))
                add("ventilation hvent (donnee_intermediaire)", place, v.hventWPerK, try? d?.optionalDouble("hvent"))
                add("ventilation hperm (donnee_intermediaire)", place, v.hpermWPerK, try? d?.optionalDouble("hperm"))
            }
            if let d = vents.first?.child("donnee_intermediaire"), vents.count == 1 {
                add("conso_auxiliaire_ventilation", doc.file, result.ventilationAuxiliaryKWh,
                    try? d.optionalDouble("conso_auxiliaire_ventilation"))
            }
            let out = doc.recordedOutputs?.child("deperdition")
            func rec(_ f: String) -> Double? { try? out?.optionalDouble(f) }
            add("deperdition_mur", doc.file, result.wallsWPerK, rec("deperdition_mur"))
            add("deperdition_plancher_bas", doc.file, result.lowFloorsWPerK, rec("deperdition_plancher_bas"))
            add("deperdition_plancher_haut", doc.file, result.highFloorsWPerK, rec("deperdition_plancher_haut"))
            add("deperdition_baie_vitree", doc.file, result.windowsWPerK, rec("deperdition_baie_vitree"))
            add("deperdition_porte", doc.file, result.doorsWPerK, rec("deperdition_porte"))
            add("deperdition_pont_thermique", doc.file, result.thermalBridgesWPerK, rec("deperdition_pont_thermique"))
            add("hvent", doc.file, result.ventilationWPerK, rec("hvent"))
            add("hperm", doc.file, result.permeabilityWPerK, rec("hperm"))
            add("deperdition_renouvellement_air", doc.file, result.airRenewalWPerK, rec("deperdition_renouvellement_air"))
            add("deperdition_enveloppe", doc.file, result.envelopeWPerK, rec("deperdition_enveloppe"))
            if let ubat = result.ubatWPerM2K {
                add("ubat (qualite_isolation)", doc.file, ubat,
                    try? doc.recordedOutputs?.child("qualite_isolation")?.optionalDouble("ubat"))
            }
            let sseRecorded = try? doc.recordedOutputs?.child("apport_et_besoin")?.optionalDouble("surface_sud_equivalente")
            add("surface_sud_equivalente (sum of 12 months)", doc.file,
                result.southEquivalentAreaM2ByMonth.reduce(0, +), sseRecorded)
            // The same file with every value selected from the attributes (no cited tv_*_id): the path scenarios use.
            do {
                let a = try EnvelopeCalculation.compute(input.withoutCitedRows(), dwelling: doc.dwelling, tables: tables)
                add("attributes only: deperdition_mur", doc.file, a.wallsWPerK, rec("deperdition_mur"))
                add("attributes only: deperdition_plancher_bas", doc.file, a.lowFloorsWPerK, rec("deperdition_plancher_bas"))
                add("attributes only: deperdition_plancher_haut", doc.file, a.highFloorsWPerK, rec("deperdition_plancher_haut"))
                add("attributes only: deperdition_baie_vitree", doc.file, a.windowsWPerK, rec("deperdition_baie_vitree"))
                add("attributes only: deperdition_porte", doc.file, a.doorsWPerK, rec("deperdition_porte"))
                add("attributes only: deperdition_pont_thermique", doc.file, a.thermalBridgesWPerK, rec("deperdition_pont_thermique"))
                add("attributes only: hperm", doc.file, a.permeabilityWPerK, rec("hperm"))
                add("attributes only: deperdition_enveloppe", doc.file, a.envelopeWPerK, rec("deperdition_enveloppe"))
                add("attributes only: surface_sud_equivalente", doc.file, a.southEquivalentAreaM2ByMonth.reduce(0, +), sseRecorded)
            } catch {
                let key = "attributes only: " + "\(error)".replacingOccurrences(of: doc.file, with: "<file>")
                    .replacingOccurrences(of: #"\[\d+\]"#, with: "[n]", options: .regularExpression)
                failures[key, default: []].append(doc.file)
            }
            let flagsClass = Inertia.classId(InertiaInput(
                heavyLowFloor: input.inertia.heavyLowFloor, heavyHighFloor: input.inertia.heavyHighFloor,
                heavyWalls: input.inertia.heavyWalls))
            add("inertia class from the heavy flags", doc.file, Double(flagsClass),
                input.inertia.recordedClassId.map(Double.init))
        }
        print("\(documents.count) documents read, envelope computed for \(computedFiles)")
        for (message, files) in failures.sorted(by: { $0.value.count > $1.value.count }) {
            print("  not computed (\(files.count)): \(message)  e.g. \(files.prefix(3).joined(separator: ", "))")
        }
        for name in order { series[name]?.report() }
    }
}
