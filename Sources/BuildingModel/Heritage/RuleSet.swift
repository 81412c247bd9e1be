/// A heritage rule set: rules mapping (measure, protection, façade context, visibility, wall material) to a
/// verdict, loaded from YAML (`RuleSet.load`, schema in `docs/heritage-rules.md`).
///
/// Semantics: every rule whose conditions all hold matches; the most restrictive matching verdict wins
/// (`allowed < conditional < forbidden`); among equally restrictive matches the first in file order is reported
/// as the winner, and the conditions of all of them are listed. When no rule matches, `noMatchVerdict` applies and
/// the verdict is flagged "no rule matched".
public struct RuleSet: Sendable, Hashable {
    /// Rule-file schema this code reads.
    public static let schema = "renovate-heritage-rules/1"

    public var name: String
    public var version: String
    /// Names and versions of this set and the sets it extends, outermost first (e.g. `cahors-sample 2025.1`).
    public var lineage: [String]
    /// Verdict when no rule matches a measure (default `allowed`; the trace flags it).
    public var noMatchVerdict: Verdict
    /// Rules in evaluation order: the extended set's rules first (those overridden by id replaced in place),
    /// then this set's new rules.
    public var rules: [HeritageRule]
    /// FNV-1a 64 of the texts the set was read from: its file, then (chained) every set it extends, the built-in
    /// one included; nil for a set built in code. A results file records it, so that results of other rules are
    /// not resumed or merged with these.
    public var sourceHash: UInt64?

    public init(name: String, version: String, lineage: [String]? = nil, noMatchVerdict: Verdict = .allowed,
                rules: [HeritageRule], sourceHash: UInt64? = nil) {
        self.name = name
        self.version = version
        self.lineage = lineage ?? ["\(name) \(version)"]
        self.noMatchVerdict = noMatchVerdict
        self.rules = rules
        self.sourceHash = sourceHash
    }

    /// The rules that match a situation, in rule order.
    /// - Complexity: O(r) in the rule count.
    public func matches(_ s: MeasureSituation) -> [HeritageRule] {
        rules.filter { $0.matches(s) }
    }

    /// The verdict for a situation: most restrictive matching rule, or the no-match fallback.
    public func evaluate(_ s: MeasureSituation) -> RuleOutcome {
        let matched = matches(s)
        guard let top = matched.map(\.verdict).max() else {
            return RuleOutcome(verdict: noMatchVerdict, winner: nil, matchedRuleIDs: [], conditions: [],
                               noRuleMatched: true)
        }
        let winners = matched.filter { $0.verdict == top }
        var conditions: [String] = []
        for c in winners.flatMap(\.conditions) where !conditions.contains(c) { conditions.append(c) }
        return RuleOutcome(verdict: top, winner: winners[0], matchedRuleIDs: matched.map(\.id),
                           conditions: conditions, noRuleMatched: false)
    }

    /// The same set with more rules appended (a derived set; used to build rule sets in tests and tools).
    public func adding(_ more: [HeritageRule], name: String? = nil) -> RuleSet {
        var copy = self
        copy.rules += more
        if let name { copy.name = name; copy.lineage.insert("\(name) \(version)", at: 0) }
        return copy
    }
}

/// What one measure faces: the measure, the protections in force, and (for façade-bound measures) the façade.
public struct MeasureSituation: Sendable, Hashable {
    public var measure: MeasureKind
    public var protections: Set<ProtectionTag>
    /// Street or courtyard for a façade-bound measure; nil for a building-level one.
    public var context: FacadeContext?
    /// Whether the façade (or, for building-level measures, the roof) is visible from public space.
    public var visibleFromPublicSpace: Bool
    public var wallMaterial: WallMaterial

    public init(measure: MeasureKind, protections: Set<ProtectionTag>, context: FacadeContext?,
                visibleFromPublicSpace: Bool, wallMaterial: WallMaterial) {
        self.measure = measure
        self.protections = protections
        self.context = context
        self.visibleFromPublicSpace = visibleFromPublicSpace
        self.wallMaterial = wallMaterial
    }
}

/// The result of evaluating one situation.
public struct RuleOutcome: Sendable, Hashable {
    public var verdict: Verdict
    /// The rule that decided (first of the most restrictive matches); nil when no rule matched.
    public var winner: HeritageRule?
    /// Every matching rule id, in rule order.
    public var matchedRuleIDs: [String]
    /// Conditions of the winning verdict's rules (deduplicated, in rule order).
    public var conditions: [String]
    public var noRuleMatched: Bool
}

/// One rule: conditions (all must hold; an absent condition matches anything) and a verdict with its reason.
public struct HeritageRule: Sendable, Hashable, Codable {
    /// Unique within the set; a set that extends another replaces the parent's rule with the same id.
    public var id: String
    /// Measures the rule speaks about (at least one).
    public var measures: Set<MeasureKind>
    /// Matches when the situation has at least one of these tags; nil matches any situation, protected or not.
    public var protections: Set<ProtectionTag>?
    /// Matches façade-bound measures on façades of this context only.
    public var context: FacadeContext?
    /// Matches only when visibility from public space is this value.
    public var visibleFromPublicSpace: Bool?
    /// Matches only these wall materials.
    public var wallMaterials: Set<WallMaterial>?
    public var verdict: Verdict
    /// What must be respected for a conditional verdict (e.g. "wood frames with the same profiles").
    public var conditions: [String]
    public var reason: String
    /// Where the rule comes from (regulation, guide, plan article).
    public var source: String
    /// File and line the rule was read from (for the trace), when read from a file.
    public var origin: String?
    /// The reason and conditions in other languages (a rule file's `fr:` block).
    public var translations: [Language: Text] = [:]

    /// A rule's words in one language.
    public struct Text: Sendable, Hashable, Codable {
        public var reason: String
        public var conditions: [String]
    }

    /// The reason and conditions in `language`, English when the rule has no translation.
    public func text(in language: Language) -> Text {
        translations[language] ?? Text(reason: reason, conditions: conditions)
    }

    public init(id: String, measures: Set<MeasureKind>, protections: Set<ProtectionTag>? = nil,
                context: FacadeContext? = nil, visibleFromPublicSpace: Bool? = nil,
                wallMaterials: Set<WallMaterial>? = nil, verdict: Verdict, conditions: [String] = [],
                reason: String, source: String, origin: String? = nil) {
        self.id = id
        self.measures = measures
        self.protections = protections
        self.context = context
        self.visibleFromPublicSpace = visibleFromPublicSpace
        self.wallMaterials = wallMaterials
        self.verdict = verdict
        self.conditions = conditions
        self.reason = reason
        self.source = source
        self.origin = origin
    }

    /// Whether every condition of the rule holds in `s`.
    public func matches(_ s: MeasureSituation) -> Bool {
        guard measures.contains(s.measure) else { return false }
        if let protections, protections.isDisjoint(with: s.protections) { return false }
        if let context, context != s.context { return false }
        if let visibleFromPublicSpace, visibleFromPublicSpace != s.visibleFromPublicSpace { return false }
        if let wallMaterials, !wallMaterials.contains(s.wallMaterial) { return false }
        return true
    }
}
