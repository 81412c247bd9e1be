import BuildingModel
import Foundation
import ThreeCL

/// `renovate dpe FILE --scenarios S`: every scenario of a set applied to the DPE's own elements and recomputed
/// with the 3CL-DPE engine, beside the DPE recomputed as is.
///
/// A DPE carries no heritage layers: every measure is taken as allowed (no substitution, no block) and façade
/// filters (`facades: courtyard`) cannot be checked; the report says so. Costs use the batch's cost model
/// (`CostModel.capexEUR`) on the DPE's element areas; per-kW terms use GV after works × (19 °C − Tbase), Tbase the
/// method's base temperature for the dwelling's zone and altitude (§13.2.1.2).
public enum DPEScenarioRunner {
    /// Indoor design temperature for per-kW costs, °C (the batch's).
    public static let indoorDesignTemperatureC = 19.0

    /// Reads the catalogue (default: the bundled one) and the scenario set.
    public static func loadInputs(
        scenarios: String, catalogue: String?
    ) throws(DPEScenarioError) -> (catalogue: MeasureCatalogue, scenarios: ScenarioSet, catalogueFile: String) {
        do {
            let measures = try catalogue.map { try MeasureCatalogue.load(path: $0) } ?? MeasureCatalogue.bundled()
            let set = try ScenarioSetLoader.load(path: scenarios, catalogue: measures)
            return (measures, set, measures.file)
        } catch let e as RetrofitInputError {
            throw .scenarioInputs(e)
        } catch {
            throw .scenarioInputs(.unreadable(file: scenarios, reason: "\(error)"))
        }
    }

    /// The whole of `renovate dpe FILE… --scenarios S [--catalogue C]`: inputs read first (a wrong scenario file is
    /// reported before any DPE is computed), then the files in parallel (results in the order of `files`, whatever
    /// the thread count), rendered in `format`. With one file, a DPE that cannot be read or recomputed is an error;
    /// with several, it is listed as not computed and the others are reported.
    /// - Complexity: O(files × scenarios × (measures × elements + one engine run)) / threads.
    public static func report(
        files: [URL], scenarios: String, catalogue: String?, format: DPEReportFormat, threads: Int = 1
    ) throws(DPEScenarioError) -> String {
        let inputs = try loadInputs(scenarios: scenarios, catalogue: catalogue)
        let tables: MethodTables
        do throws(ThreeCLError) { tables = try MethodTables.bundled() } catch { throw .unreadableDocument(error) }
        let set = inputs.scenarios, measures = inputs.catalogue
        let results: [Result<DPEScenarioReport, DPEScenarioError>] = ParallelChunks.map(
            count: files.count, threads: max(1, threads)
        ) { range in
            range.map { i in
                do throws(DPEScenarioError) {
                    return .success(try run(file: files[i], scenarios: set, catalogue: measures, tables: tables))
                } catch { return .failure(error) }
            }
        }
        var reports: [DPEScenarioReport] = []
        var failures: [DPEScenarioRenderer.Failure] = []
        for (f, r) in zip(files, results) {
            switch r {
            case .success(let report): reports.append(report)
            case .failure(let error):
                guard files.count > 1 else { throw error }
                failures.append(.init(file: f.lastPathComponent, reason: error.description))
            }
        }
        return try DPEScenarioRenderer.render(reports, failures: failures, format: format)
    }

    /// Reads a DPE file and evaluates every scenario on it.
    public static func run(
        file: URL, scenarios: ScenarioSet, catalogue: MeasureCatalogue, tables: MethodTables
    ) throws(DPEScenarioError) -> DPEScenarioReport {
        let document: ADEMEDocument
        do throws(ThreeCLError) { document = try ADEMEDocument(contentsOf: file) } catch { throw .unreadableDocument(error) }
        let input: ThreeCLInput
        do throws(ThreeCLError) { input = try ThreeCLInput(document: document) } catch {
            throw .baselineNotComputed(file: document.file, reason: error.description)
        }
        let recorded = try? DPEOutputs(recordedIn: document)
        return try run(input: input, file: document.file, numeroDPE: document.numero,
                       recordedEnergyClass: recorded?.energyClass, scenarios: scenarios, catalogue: catalogue,
                       tables: tables)
    }

    /// Evaluates every scenario on a DPE's input.
    /// - Complexity: O(scenarios × (measures × elements + one engine run)).
    public static func run(
        input: ThreeCLInput, file: String, numeroDPE: String, recordedEnergyClass: String?, scenarios: ScenarioSet,
        catalogue: MeasureCatalogue, tables: MethodTables
    ) throws(DPEScenarioError) -> DPEScenarioReport {
        let baseline: ThreeCLResult
        do throws(ThreeCLError) { baseline = try ThreeCLEngine.compute(input, tables: tables) } catch {
            throw .baselineNotComputed(file: file, reason: error.description)
        }
        let context = DPEMeasureContext(input: input, baseline: baseline, tables: tables)
        let profile = DPEDwellingProfile(input: input)
        var asIs = outcome(id: "as-is", name: "The DPE recomputed as is", result: baseline)
        asIs.isApplicable = true
        let rows = scenarios.scenarios.map {
            evaluate($0, on: input, profile: profile, catalogue: catalogue, context: context)
        }
        var assumptions = [
            "no heritage verdicts (a DPE has no heritage layers): every measure is allowed, substitutions and blocks do not apply",
        ]
        if context.q4paReselectable.contains(false) {
            assumptions.append("Q4Pa stays as cited: the q4pa_conv table does not give back the DPE's recorded value, "
                + "so insulation and seals do not change the air permeability here")
        }
        if scenarios.scenarios.contains(where: { $0.steps.contains { $0.facades != .all } }) {
            assumptions.append("façade filters (facades: street/courtyard) are not checked: a DPE does not say which façade is on the street")
        }
        return DPEScenarioReport(
            file: file, numeroDPE: numeroDPE, habitableAreaM2: input.dwelling.habitableAreaM2,
            recordedEnergyClass: recordedEnergyClass, scenarioSetFile: scenarios.file,
            scenarioSetVersion: scenarios.version, catalogueFile: catalogue.file, assumptions: assumptions,
            baseline: asIs, scenarios: rows)
    }

    /// One scenario on a DPE: `apply_if`, each step's measure on the elements, the engine, the costs.
    public static func evaluate(
        _ scenario: Scenario, on baselineInput: ThreeCLInput, profile: DPEDwellingProfile,
        catalogue: MeasureCatalogue, context: DPEMeasureContext
    ) -> DPEScenarioOutcome {
        var row = outcome(id: scenario.id, name: scenario.name, result: context.baseline)
        if let why = profile.failure(of: scenario.applyIf) {
            row.isApplicable = false
            row.notApplicableReason = why
            return row
        }
        var input = baselineInput
        var skipped: [DPESkippedMeasure] = []
        var pending: [(Measure, DPEMeasureEdit)] = []
        for step in scenario.steps {
            if let why = profile.failure(of: step.applyIf) {
                skipped.append(DPESkippedMeasure(measureID: step.measureID, element: nil, reason: why))
                continue
            }
            guard let m = catalogue[step.measureID] else {
                skipped.append(DPESkippedMeasure(measureID: step.measureID, element: nil, reason: "not in the catalogue"))
                continue
            }
            var edit = DPEMeasureApplier.apply(m, to: &input, context: context)
            if step.facades != .all {
                edit.notes.append("facades: \(step.facades.rawValue) not checked (a DPE does not locate its façades)")
            }
            skipped += edit.skipped.map { DPESkippedMeasure(measureID: m.id, element: $0.element, reason: $0.reason) }
            if edit.changedSomething {
                pending.append((m, edit))
            } else if edit.skipped.isEmpty {
                skipped.append(DPESkippedMeasure(measureID: m.id, element: nil, reason: "nothing to change on this DPE"))
            }
        }
        var result: ThreeCLResult?
        var failure: String?
        do throws(ThreeCLError) {
            if pending.contains(where: { $0.1.replacedCombinedHotWater }) { try input.sizeCombinedBoilers(tables: context.tables) }
            result = try ThreeCLEngine.compute(input, tables: context.tables)
        } catch {
            failure = error.description
        }
        row = outcome(id: scenario.id, name: scenario.name, result: result)
        row.failure = failure
        let gv = result?.envelope.envelopeWPerK ?? context.baseline.envelope.envelopeWPerK
        let designKW = gv * (indoorDesignTemperatureC - CombustionGenerator.baseTemperature(input.dwelling)) / 1000
        let d = input.dwelling
        row.applied = pending.map { m, edit in
            let units: Double = switch m.cost.unit {
            case .dwelling: d.isWholeBuilding ? Double(max(1, d.dwellingCount ?? 1)) : 1
            case .building: 1
            case .facade: Double(edit.footprint.facadeCount)
            case nil: 0
            }
            let area = edit.footprint.areaM2(of: m.cost.element, habitableAreaM2: d.habitableAreaM2)
            return DPEAppliedMeasure(
                measureID: m.id, name: m.name, kind: m.kind.rawValue, elements: edit.elements, costAreaM2: area,
                capexEUR: m.cost.capexEUR(elementAreaM2: area, units: units, designHeatLoadKW: designKW),
                lifetimeYears: m.lifetimeYears, notes: edit.notes)
        }
        row.skipped = skipped
        row.capexEUR = row.applied.reduce(0) { $0 + $1.capexEUR }
        return row
    }

    /// GV by part, by the XML's names.
    static func losses(_ r: ThreeCLResult) -> [String: Double] {
        let e = r.envelope
        return [
            "deperdition_mur": e.wallsWPerK, "deperdition_plancher_bas": e.lowFloorsWPerK,
            "deperdition_plancher_haut": e.highFloorsWPerK, "deperdition_baie_vitree": e.windowsWPerK,
            "deperdition_porte": e.doorsWPerK, "deperdition_pont_thermique": e.thermalBridgesWPerK,
            "deperdition_renouvellement_air": e.airRenewalWPerK,
        ]
    }

    /// A row with the label of `result` (empty when nil) and no works.
    static func outcome(id: String, name: String, result: ThreeCLResult?) -> DPEScenarioOutcome {
        DPEScenarioOutcome(
            scenarioID: id, name: name, isApplicable: true, notApplicableReason: nil,
            energyClass: result?.fiveUses.dpeClass.rawValue,
            greenhouseGasClass: result?.fiveUses.greenhouseGasClass.rawValue,
            primaryKWhPerM2: result?.fiveUses.primaryKWhPerM2, emissionKgPerM2: result?.fiveUses.emissionKgPerM2,
            finalKWhPerM2: result?.fiveUses.finalKWhPerM2, envelopeWPerK: result?.envelope.envelopeWPerK,
            wallsWPerK: result?.envelope.wallsWPerK, lossesWPerK: result.map(losses) ?? [:],
            heatingNeedKWh: result?.heating.needKWh, capexEUR: 0,
            applied: [], skipped: [], failure: nil)
    }
}
