import Foundation

/// Decides which protections apply to a building and what each measure may do, façade by façade.
///
/// ## Geometry (pure Swift, metres, documented choices)
/// - **Distance to a monument**: the smallest distance between the building's footprint and the monument's
///   geometry (point, line or polygon): 0 when they touch or overlap. A building is *in the surroundings* when
///   this distance is ≤ `surroundingsRadiusM` (500 m, Code du patrimoine L.621-30), unless the monument has a
///   delimited perimeter (PDA), which then replaces the radius. Inside a site patrimonial remarquable (a zone),
///   the abords protection does not apply (Code du patrimoine L.621-30, II): the zone's protection says which
///   monuments were set aside.
/// - **The building is the monument** when a point monument lies inside the footprint, or a polygon monument
///   contains the footprint's centroid (or the footprint contains the monument polygon's centroid).
/// - **Inside a zone or a PDA**: the footprint's centroid lies in the zone, or the footprint and the zone overlap
///   by more than `overlapToleranceM` (a footprint vertex inside the zone, or a zone vertex inside the footprint,
///   at least that far from the other's boundary). A building straddling the boundary is therefore protected —
///   the conservative reading; the tolerance keeps buildings that merely touch the boundary out.
/// - **Façade marks** locate façades by index, or by a line or point lying within `facadeMarkToleranceM` of the
///   façade segment's midpoint.
/// - **Visibility from public space**: a façade is visible when its context is `street`; the roof (for
///   building-level roof measures) is visible when the building has a street façade.
/// - **Co-visibility with a monument** (within 500 m, no PDA): decided by `coVisibility` when the check has one
///   (`CoVisibilityAnalysis`, sight lines over the stock in 2.5D): co-visible → in the abords, binding opinion,
///   with the sight line as evidence; not co-visible → outside them (an informational `not-co-visible` entry
///   keeps the evidence). Without an analysis the building is in the abords "if co-visible", undecided.
public struct HeritageCheck: Sendable {
    public var layers: HeritageLayers
    public var rules: RuleSet
    /// Sight lines between the stock and the monuments; nil: co-visibility is left undecided.
    public var coVisibility: CoVisibilityAnalysis?
    /// The language of the reasons (protections, rules, legal bases); raw values stay English.
    public var language: Language
    var words: HeritageMessages { HeritageMessages.of(language) }

    /// Radius of a monument's surroundings without a PDA, metres (Code du patrimoine L.621-30).
    public static let surroundingsRadiusM = 500.0
    /// Overlap depth below which a footprint only touching a zone boundary is not inside, metres.
    public static let overlapToleranceM = 0.5
    /// Distance within which a façade mark's geometry designates a façade, metres.
    public static let facadeMarkToleranceM = 1.0

    public init(layers: HeritageLayers, rules: RuleSet = .default, coVisibility: CoVisibilityAnalysis? = nil,
                language: Language = .en) {
        self.language = language
        self.layers = layers
        self.rules = rules
        self.coVisibility = coVisibility
    }

    /// Whether a façade is taken as visible from public space (street façades are; courtyard façades are not).
    public static func isVisibleFromPublicSpace(_ s: FacadeSegment) -> Bool { s.context == .street }

    // MARK: - Assessment

    /// The protections of the building and the verdict of every measure (per exposed façade for façade-bound
    /// measures).
    /// - Complexity: O(M·(F + R)) for M measure kinds, F façades and R rules, plus the protection geometry.
    public func assess(_ building: Building, facades: BuildingFacades) throws -> HeritageAssessment {
        guard facades.buildingID == building.id else {
            throw HeritageError.facadesMismatch(buildingID: building.id, facadesBuildingID: facades.buildingID)
        }
        let protections = self.protections(of: building, facades: facades)
        let buildingTags = Set(protections.filter { $0.facadeIndices == nil }.map(\.tag))
        var facadeTags: [Int: Set<ProtectionTag>] = [:]
        for p in protections { for i in p.facadeIndices ?? [] { facadeTags[i, default: []].insert(p.tag) } }

        let exposed = facades.segments.filter(\.isExposed).sorted { $0.index < $1.index }
        let roofVisible = exposed.contains(where: Self.isVisibleFromPublicSpace)
        var verdicts: [MeasureVerdict] = []
        for measure in MeasureKind.allCases {
            if measure.isFacadeBound {
                for s in exposed {
                    let situation = MeasureSituation(
                        measure: measure, protections: buildingTags.union(facadeTags[s.index] ?? []),
                        context: s.context, visibleFromPublicSpace: Self.isVisibleFromPublicSpace(s),
                        wallMaterial: building.wallMaterial)
                    verdicts.append(verdict(measure, facade: s.index, rules.evaluate(situation)))
                }
            } else {
                let situation = MeasureSituation(measure: measure, protections: buildingTags, context: nil,
                                                 visibleFromPublicSpace: roofVisible,
                                                 wallMaterial: building.wallMaterial)
                verdicts.append(verdict(measure, facade: nil, rules.evaluate(situation)))
            }
        }
        return HeritageAssessment(buildingID: building.id, ruleSet: rules.lineage,
                                  geometry: Self.summary(building, facades, roofVisible: roofVisible),
                                  protections: protections, verdicts: verdicts)
    }

    private func verdict(_ m: MeasureKind, facade: Int?, _ o: RuleOutcome) -> MeasureVerdict {
        let reason = o.winner?.text(in: language).reason ?? words.fallbackReason(rules.lineage.first ?? rules.name)
        // The outcome's conditions gather those of several matched rules: each is put in `language` by the rule
        // it comes from.
        var translated: [String: String] = [:]
        if language != .en {
            for r in rules.rules where o.matchedRuleIDs.contains(r.id) {
                for (en, other) in zip(r.conditions, r.text(in: language).conditions) { translated[en] = other }
            }
        }
        return MeasureVerdict(measure: m, facadeIndex: facade, verdict: o.verdict,
                              conditions: o.conditions.map { translated[$0] ?? $0 },
                              ruleID: o.winner?.id, matchedRuleIDs: o.matchedRuleIDs, reason: reason,
                              source: o.winner?.source ?? words.fallbackSource,
                              noRuleMatched: o.noRuleMatched)
    }

    // MARK: - Protections

    /// The protections that apply, with their reasons: the building as a monument, monuments' surroundings
    /// (nearest first), zones, then plan marks.
    public func protections(of building: Building, facades: BuildingFacades) -> [AppliedProtection] {
        let footprint = building.footprint.normalized()
        var out: [AppliedProtection] = []
        var surroundings: [AppliedProtection] = []
        let w = words
        for m in layers.monuments {
            let label = w.monumentLabel(m.protection, m.year)
            if Self.footprint(footprint, isMonument: m.geometry) {
                out.append(AppliedProtection(tag: m.protection == .classe ? .monumentClasse : .monumentInscrit,
                                             name: m.name, reason: w.isTheMonument(m.name, label),
                                             opinion: .binding, distanceM: 0, featureID: m.id,
                                             legalBasis: m.protection == .classe ? w.lawClasse : w.lawInscrit))
                continue
            }
            let pdas = layers.perimeters.filter { layers.monument(named: $0.monumentRef)?.id == m.id }
            let d = Self.distance(footprint, m.geometry)
            if !pdas.isEmpty {
                if let pda = pdas.first(where: { Self.overlaps(footprint, $0.polygons) }) {
                    surroundings.append(AppliedProtection(
                        tag: .surroundings, name: m.name,
                        reason: w.insidePDA(m.name, label, Self.metres(d)),
                        opinion: .binding, distanceM: Self.round1(d), featureID: pda.id, legalBasis: w.lawPDA))
                }
            } else if d <= Self.surroundingsRadiusM, let v = coVisibility?.verdict(building: building.id, monument: m.id) {
                surroundings.append(AppliedProtection(
                    tag: v.isCoVisible ? .surroundings : .notCoVisible, name: m.name,
                    reason: v.isCoVisible ? w.withinRadiusCoVisible(Self.metres(d), m.name, label, v.evidence(w))
                                          : w.withinRadiusNotCoVisible(Self.metres(d), m.name, label, v.evidence(w)),
                    opinion: v.isCoVisible ? .binding : .none, distanceM: Self.round1(d), featureID: m.id,
                    legalBasis: w.lawRadius))
            } else if d <= Self.surroundingsRadiusM {
                surroundings.append(AppliedProtection(
                    tag: .surroundings, name: m.name,
                    reason: w.withinRadiusUndecided(Self.metres(d), m.name, label),
                    opinion: .bindingIfCoVisible, distanceM: Self.round1(d), featureID: m.id, legalBasis: w.lawRadius))
            }
        }
        var zones: [AppliedProtection] = []
        for z in layers.zones {
            let centroidInside = z.polygons.contains { $0.contains(footprint.centroid) }
            guard centroidInside || Self.overlaps(footprint, z.polygons) else { continue }
            zones.append(AppliedProtection(tag: z.plan == .psmv ? .psmv : .pvap, name: z.name,
                                           reason: w.inZone(!centroidInside, z.name, z.plan.rawValue, z.year),
                                           opinion: .binding, featureID: z.id,
                                           legalBasis: z.plan == .psmv ? w.lawPSMV : w.lawPVAP))
        }
        surroundings.sort { ($0.distanceM ?? 0, $0.name) < ($1.distanceM ?? 0, $1.name) }
        if zones.isEmpty {
            out += surroundings
        } else if !surroundings.isEmpty {
            // Code du patrimoine L.621-30, II: the abords protection does not apply inside a site patrimonial
            // remarquable; the SPR's plan governs. The monuments set aside are named with the zone.
            let names = surroundings.map(\.name)  // nearest first, co-visible or not
            zones[0].reason += w.abordsSetAside(names.joined(separator: ", "))
        }
        out += zones

        let exposed = facades.segments.filter(\.isExposed)
        for mark in layers.buildingMarks where Self.applies(mark, to: building, footprint) {
            let from = mark.name.map { " (\($0))" } ?? ""
            switch mark.mark {
            case .protected:
                out.append(AppliedProtection(tag: .buildingProtected, name: mark.name ?? "plan mark",
                                             reason: w.markProtected + from,
                                             opinion: .binding, featureID: mark.id, legalBasis: w.lawPlanMark))
            case .facadesKeep:
                let street = exposed.filter { $0.context == .street }.map(\.index).sorted()
                out.append(AppliedProtection(tag: .facadeKeep, name: mark.name ?? "plan mark",
                                             reason: w.markStreetFacadesKept + from,
                                             opinion: .binding, featureID: mark.id, facadeIndices: street,
                                             legalBasis: w.lawPlanMark))
            case .notProtected:
                out.append(AppliedProtection(tag: .planNotProtected, name: mark.name ?? "plan mark",
                                             reason: w.markNotProtected(from),
                                             opinion: .none, featureID: mark.id))
            }
        }
        for mark in layers.facadeMarks where mark.buildingID == nil || mark.buildingID == building.id {
            let indices = Self.facades(of: mark, among: facades.segments)
            guard !indices.isEmpty else { continue }
            let from = mark.name.map { " (\($0))" } ?? ""
            let list = indices.map { "#\($0)" }.joined(separator: ", ")
            out.append(AppliedProtection(tag: .facadeKeep, name: mark.name ?? "plan mark",
                                         reason: w.markFacadesKept(list) + from,
                                         opinion: .binding, featureID: mark.id, facadeIndices: indices,
                                         legalBasis: w.lawPlanMark))
        }
        return out
    }

    // MARK: - Geometry helpers

    static func distance(_ footprint: Polygon, _ g: FeatureGeometry) -> Double {
        switch g {
        case .point(let p): footprint.distance(to: p)
        case .lineString(let l): footprint.distance(toLine: l)
        case .polygon(let q): footprint.distance(to: q)
        case .multiPolygon(let qs): qs.map { footprint.distance(to: $0) }.min() ?? .infinity
        }
    }

    static func footprint(_ footprint: Polygon, isMonument g: FeatureGeometry) -> Bool {
        func covers(_ q: Polygon) -> Bool { q.contains(footprint.centroid) || footprint.contains(q.centroid) }
        switch g {
        case .point(let p): return footprint.contains(p)
        case .lineString: return false
        case .polygon(let q): return covers(q)
        case .multiPolygon(let qs): return qs.contains(where: covers)
        }
    }

    /// Centroid inside, or an overlap deeper than the tolerance (see the type's documentation).
    static func overlaps(_ footprint: Polygon, _ zone: [Polygon]) -> Bool {
        let tol = overlapToleranceM
        for z in zone {
            if z.contains(footprint.centroid) { return true }
            if footprint.exterior.contains(where: { z.contains($0) && z.boundaryDistance(to: $0) > tol }) { return true }
            if z.exterior.contains(where: { footprint.contains($0) && footprint.boundaryDistance(to: $0) > tol }) { return true }
        }
        return false
    }

    static func applies(_ mark: BuildingMark, to building: Building, _ footprint: Polygon) -> Bool {
        if let id = mark.buildingID { return id == building.id }
        switch mark.geometry {
        case .polygon(let q): return q.contains(footprint.centroid)
        case .multiPolygon(let qs): return qs.contains { $0.contains(footprint.centroid) }
        case .point(let p): return footprint.contains(p)
        case .lineString, nil: return false
        }
    }

    static func facades(of mark: FacadeMark, among segments: [FacadeSegment]) -> [Int] {
        if let i = mark.facadeIndex { return segments.contains { $0.index == i } ? [i] : [] }
        guard let g = mark.geometry else { return [] }
        return segments.filter { s in
            let mid = Point2D(x: (s.start.x + s.end.x) / 2, y: (s.start.y + s.end.y) / 2)
            let d: Double
            switch g {
            case .point(let p): d = SegmentMath.distance(p, toSegment: s.start, s.end)
            case .lineString(let l):
                d = zip(l, l.dropFirst()).map { SegmentMath.distance(mid, toSegment: $0, $1) }.min() ?? .infinity
            case .polygon(let q): d = q.distance(to: mid)
            case .multiPolygon(let qs): d = qs.map { $0.distance(to: mid) }.min() ?? .infinity
            }
            return d <= facadeMarkToleranceM
        }.map(\.index).sorted()
    }

    static func label(_ m: Monument) -> String { HeritageMessages.english.monumentLabel(m.protection, m.year) }

    static func metres(_ d: Double) -> String { "\(Int(d.rounded())) m" }

    static func round1(_ x: Double) -> Double { (x * 10).rounded() / 10 }
    static func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    static func summary(_ b: Building, _ f: BuildingFacades, roofVisible: Bool) -> GeometrySummary {
        let exposed = f.segments.filter(\.isExposed).sorted { $0.index < $1.index }
        return GeometrySummary(
            footprintAreaM2: round1(b.footprint.areaM2), heightM: round1(b.heightM), storeys: b.storeys,
            wallMaterial: b.wallMaterial, exposedWallAreaM2: round1(f.exposedWallAreaM2),
            partyWallAreaM2: round1(f.partyWallAreaM2), partyWallLengthShare: round2(f.partyWallLengthShare),
            roofAreaM2: round1(f.roofAreaM2), roofVisibleFromPublicSpace: roofVisible,
            facades: exposed.map {
                FacadeSummary(index: $0.index, orientation: $0.orientation, context: $0.context,
                              visibleFromPublicSpace: isVisibleFromPublicSpace($0), lengthM: round1($0.lengthM),
                              exposedAreaM2: round1($0.exposedAreaM2), partyWallShare: round2($0.partyWallShare))
            })
    }
}
