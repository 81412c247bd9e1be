import BuildingModel

/// Applies a scenario to one building: apply logic, heritage verdicts per façade, fallbacks, costs.
public struct ScenarioApplier: Sendable {
    public var catalogue: MeasureCatalogue
    public var substitutions: [String: String]
    public var verdicts: any HeritageVerdictProvider
    /// Outdoor base temperature for the design heat load (per-kW costs), °C. −5 °C: estimate for Cahors (zone
    /// H2c, altitude < 200 m), in the range of the NF EN 12831 French national annex.
    public var baseTemperatureC: Double = -5
    /// Indoor design temperature, °C (DPE set-point 19 °C).
    public var indoorDesignTemperatureC: Double = 19

    public init(catalogue: MeasureCatalogue, substitutions: [String: String],
                verdicts: any HeritageVerdictProvider) {
        self.catalogue = catalogue
        self.substitutions = substitutions
        self.verdicts = verdicts
    }

    public init(set: ScenarioSet, catalogue: MeasureCatalogue, verdicts: any HeritageVerdictProvider) {
        self.init(catalogue: catalogue, substitutions: set.substitutions, verdicts: verdicts)
    }

    /// Resolution of one step on one target (a façade, or the building when `facade` is nil).
    enum Resolution {
        case apply(Measure, conditions: [String], substitutedFor: String?)
        case skip(String)
        case block(String)
    }

    func resolve(_ step: ScenarioStep, facade: FacadeSegment?, bestOf candidates: [FacadeSegment]? = nil)
        -> (Resolution, FacadeSegment?) {
        func verdict(_ kind: MeasureKind) -> (HeritageRuling, FacadeSegment?) {
            if let cands = candidates, !cands.isEmpty {
                let all = cands.map { (verdicts.verdict(measureKind: kind, facade: $0), $0) }
                let best = all.min { $0.0.verdict < $1.0.verdict }!
                return (best.0, best.1)
            }
            return (verdicts.verdict(measureKind: kind, facade: facade), facade)
        }
        var measureID = step.measureID
        var visited: Set<String> = []
        while true {
            visited.insert(measureID)
            guard let measure = catalogue[measureID] else { return (.skip("measure \"\(measureID)\" not in the catalogue"), facade) }
            let (v, where_) = verdict(measure.kind)
            let sub = measureID == step.measureID ? nil : step.measureID
            switch v.verdict {
            case .allowed: return (.apply(measure, conditions: [], substitutedFor: sub), where_)
            case .conditional:
                let c = v.conditions
                return (.apply(measure, conditions: c.isEmpty ? ["needs ABF approval"] : c, substitutedFor: sub), where_)
            case .forbidden:
                let why = "\(measure.kind.rawValue) forbidden: \(v.reason)"
                switch step.ifForbidden {
                case .skipFacade: return (.skip(why), where_)
                case .block: return (.block(why), where_)
                case .substitute:
                    guard let next = substitutions[measureID], !visited.contains(next) else {
                        return (.skip(why + "; no allowed substitute"), where_)
                    }
                    measureID = next
                }
            }
        }
    }

    /// Applies `scenario` to `building`.
    /// - Parameters:
    ///   - isProtected: whether the building lies under a heritage protection (for `apply_if.protected`);
    ///     default: what the verdict provider says (`HeritageAssessment`: it has a protection).
    ///   - baseline: the envelope before works (default: derived from the building and façades).
    public func apply(_ scenario: Scenario, to building: Building, facades: BuildingFacades,
                      isProtected: Bool? = nil, baseline: Envelope? = nil) -> AppliedScenario {
        let isProtected = isProtected ?? verdicts.isProtected
        var env = baseline ?? Envelope(building: building, facades: facades)
        var result = AppliedScenario(scenarioID: scenario.id, isApplicable: true, notApplicableReason: nil,
                                     envelope: env, applied: [], skipped: [], blockedByHeritage: nil,
                                     plannedMeasureCount: scenario.steps.count)
        if let why = scenario.applyIf.failure(for: building, isProtected: isProtected) {
            result.isApplicable = false
            result.notApplicableReason = why
            return result
        }
        let exposedIndices = Set(env.facades.map(\.segmentIndex))
        let exposed = facades.segments.filter { exposedIndices.contains($0.index) }
        var pending: [(Measure, Measure.Footprint, [Int], [String], String?)] = []

        stepLoop: for step in scenario.steps {
            if let why = step.applyIf.failure(for: building, isProtected: isProtected) {
                result.skipped.append(SkippedMeasure(measureID: step.measureID, facadeSegment: nil, reason: why))
                continue
            }
            guard let measure = catalogue[step.measureID] else { continue }
            if measure.kind.isAppliedPerFacade || measure.effects.touchesFacades {
                // Group façades by the measure finally chosen for them (and its conditions).
                var groups: [String: (Measure, [Int], [String], String?)] = [:]
                var order: [String] = []
                for seg in exposed where step.facades.admits(seg.context) {
                    let (res, _) = resolve(step, facade: seg)
                    switch res {
                    case .apply(let m, let c, let sub):
                        let key = m.id + "|" + c.joined(separator: ";")
                        if groups[key] == nil { groups[key] = (m, [], c, sub); order.append(key) }
                        groups[key]!.1.append(seg.index)
                    case .skip(let why):
                        result.skipped.append(SkippedMeasure(measureID: step.measureID, facadeSegment: seg.index,
                                                             reason: why))
                    case .block(let why):
                        result.blockedByHeritage = "\(step.measureID) on façade \(seg.index): \(why)"
                        break stepLoop
                    }
                }
                for key in order {
                    let (m, segs, c, sub) = groups[key]!
                    let fp = m.apply(to: &env, facadeSegments: Set(segs))
                    pending.append((m, fp, segs.sorted(), c, sub))
                }
            } else {
                let oneFacade = measure.kind.isPlacedOnOneFacade
                // A unit placed on one façade goes on the best façade the step admits (`facades: courtyard`).
                let places = exposed.filter { step.facades.admits($0.context) }
                if oneFacade && step.facades != .all && places.isEmpty {
                    result.skipped.append(SkippedMeasure(measureID: step.measureID, facadeSegment: nil,
                                                         reason: "no exposed \(step.facades.rawValue) façade to place it on"))
                    continue
                }
                let (res, placed) = resolve(step, facade: nil, bestOf: oneFacade ? places : nil)
                switch res {
                case .apply(let m, let c, let sub):
                    let fp = m.apply(to: &env, facadeSegments: [])
                    pending.append((m, fp, placed.map { [$0.index] } ?? [], c, sub))
                case .skip(let why):
                    result.skipped.append(SkippedMeasure(measureID: step.measureID, facadeSegment: nil, reason: why))
                case .block(let why):
                    result.blockedByHeritage = "\(step.measureID): \(why)"
                    break stepLoop
                }
            }
        }
        // Costs after all measures, so per-kW costs see the final design heat load.
        let designKW = env.heatLossCoefficientWPerK * (indoorDesignTemperatureC - baseTemperatureC) / 1000
        for (m, fp, segs, c, sub) in pending {
            let units: Double
            switch m.cost.unit {
            case .dwelling: units = Double(env.dwellings)
            case .building: units = 1
            case .facade: units = Double(fp.facadeCount)
            case nil: units = 0
            }
            let area = fp.areaM2(of: m.cost.element, habitableAreaM2: env.referenceAreaM2)
            let capex = m.cost.capexEUR(elementAreaM2: area, units: units, designHeatLoadKW: designKW)
            result.applied.append(AppliedMeasure(measureID: m.id, kind: m.kind, substitutedFor: sub,
                                                 facadeSegments: segs, conditions: c, footprint: fp,
                                                 capexEUR: capex, lifetimeYears: m.lifetimeYears))
        }
        result.envelope = env
        return result
    }
}
