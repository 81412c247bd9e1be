/// What renovate says about one building under heritage protections: its façades, the protections with their
/// reasons, and a verdict per measure (per façade for façade-bound measures).
///
/// The batch simulator reads the same verdicts (`verdict(for:facadeIndex:)`, `facades(where:)`) as the
/// `renovate check` report, so what the report shows is what the simulation applies.
public struct HeritageAssessment: Sendable, Hashable, Codable {
    public var buildingID: String
    /// `name version` of the rule set and of those it extends, outermost first.
    public var ruleSet: [String]
    public var geometry: GeometrySummary
    public var protections: [AppliedProtection]
    /// Building-level verdicts and one per exposed façade for façade-bound measures, in `MeasureKind` order then
    /// façade index.
    public var verdicts: [MeasureVerdict]

    public init(buildingID: String, ruleSet: [String], geometry: GeometrySummary, protections: [AppliedProtection],
                verdicts: [MeasureVerdict]) {
        self.buildingID = buildingID
        self.ruleSet = ruleSet
        self.geometry = geometry
        self.protections = protections
        self.verdicts = verdicts
    }

    /// The verdict of a measure on one façade (façade-bound measures) or for the building (facadeIndex nil).
    public func verdict(for measure: MeasureKind, facadeIndex: Int? = nil) -> MeasureVerdict? {
        verdicts.first { $0.measure == measure && $0.facadeIndex == facadeIndex }
    }

    /// Every verdict of a measure (one per façade, or one for the building).
    public func verdicts(for measure: MeasureKind) -> [MeasureVerdict] {
        verdicts.filter { $0.measure == measure }
    }

    /// The most restrictive verdict of a measure over its façades; nil when the measure has no verdict (a
    /// façade-bound measure on a building with no exposed façade).
    public func mostRestrictive(_ measure: MeasureKind) -> Verdict? {
        verdicts(for: measure).map(\.verdict).max()
    }

    /// Indices of the façades where a façade-bound measure gets a verdict satisfying `accept`
    /// (e.g. `{ $0 <= .conditional }`).
    public func facades(for measure: MeasureKind, where accept: (Verdict) -> Bool) -> [Int] {
        verdicts(for: measure).filter { accept($0.verdict) }.compactMap(\.facadeIndex)
    }
}

/// The verdict of one measure on one façade or on the building, with its trace.
public struct MeasureVerdict: Sendable, Hashable, Codable {
    public var measure: MeasureKind
    /// The façade's index (`FacadeSegment.index`); nil for a building-level measure.
    public var facadeIndex: Int?
    public var verdict: Verdict
    /// Conditions to respect (conditional verdicts).
    public var conditions: [String]
    /// The deciding rule's id; nil when no rule matched.
    public var ruleID: String?
    /// Every matching rule id, in rule order.
    public var matchedRuleIDs: [String]
    public var reason: String
    public var source: String
    /// True when no rule matched and the rule set's fallback verdict was used.
    public var noRuleMatched: Bool

    public init(measure: MeasureKind, facadeIndex: Int?, verdict: Verdict, conditions: [String], ruleID: String?,
                matchedRuleIDs: [String], reason: String, source: String, noRuleMatched: Bool) {
        self.measure = measure
        self.facadeIndex = facadeIndex
        self.verdict = verdict
        self.conditions = conditions
        self.ruleID = ruleID
        self.matchedRuleIDs = matchedRuleIDs
        self.reason = reason
        self.source = source
        self.noRuleMatched = noRuleMatched
    }
}

/// The building's geometry as the façade analysis sees it, rounded for reports (areas and lengths to 0.1).
public struct GeometrySummary: Sendable, Hashable, Codable {
    public var footprintAreaM2: Double
    public var heightM: Double
    public var storeys: Int
    public var wallMaterial: WallMaterial
    public var exposedWallAreaM2: Double
    public var partyWallAreaM2: Double
    /// Share of the perimeter that is party wall, 0–1 (rounded to 0.01).
    public var partyWallLengthShare: Double
    public var roofAreaM2: Double
    /// Whether the roof is taken as visible from public space (the building has a street façade).
    public var roofVisibleFromPublicSpace: Bool
    public var facades: [FacadeSummary]

    public init(footprintAreaM2: Double, heightM: Double, storeys: Int, wallMaterial: WallMaterial,
                exposedWallAreaM2: Double, partyWallAreaM2: Double, partyWallLengthShare: Double,
                roofAreaM2: Double, roofVisibleFromPublicSpace: Bool, facades: [FacadeSummary]) {
        self.footprintAreaM2 = footprintAreaM2
        self.heightM = heightM
        self.storeys = storeys
        self.wallMaterial = wallMaterial
        self.exposedWallAreaM2 = exposedWallAreaM2
        self.partyWallAreaM2 = partyWallAreaM2
        self.partyWallLengthShare = partyWallLengthShare
        self.roofAreaM2 = roofAreaM2
        self.roofVisibleFromPublicSpace = roofVisibleFromPublicSpace
        self.facades = facades
    }
}

/// One exposed façade in the report.
public struct FacadeSummary: Sendable, Hashable, Codable {
    public var index: Int
    public var orientation: Orientation
    public var context: FacadeContext
    public var visibleFromPublicSpace: Bool
    public var lengthM: Double
    public var exposedAreaM2: Double
    public var partyWallShare: Double

    public init(index: Int, orientation: Orientation, context: FacadeContext, visibleFromPublicSpace: Bool,
                lengthM: Double, exposedAreaM2: Double, partyWallShare: Double) {
        self.index = index
        self.orientation = orientation
        self.context = context
        self.visibleFromPublicSpace = visibleFromPublicSpace
        self.lengthM = lengthM
        self.exposedAreaM2 = exposedAreaM2
        self.partyWallShare = partyWallShare
    }
}
