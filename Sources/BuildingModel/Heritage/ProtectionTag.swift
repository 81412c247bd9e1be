/// The kinds of protection a rule can match on (the `protection` condition of a rule).
///
/// A building carries building-wide tags (monument, surroundings, zone, building mark) and each façade may add
/// façade-level tags (`facade-keep`). Tags only add restrictions: rules can name them, never their absence, so
/// that adding a protection never makes a verdict less restrictive.
public enum ProtectionTag: String, Sendable, Codable, CaseIterable, Comparable {
    /// The building is (part of) a monument historique classé.
    case monumentClasse = "monument-classe"
    /// The building is (part of) a monument historique inscrit.
    case monumentInscrit = "monument-inscrit"
    /// In the surroundings (abords) of a monument: inside its delimited perimeter (PDA), or within 500 m when it
    /// has none and the building is co-visible with it (or co-visibility was not analysed: then the ABF opinion
    /// is binding only if it is).
    case surroundings
    /// Inside a Site Patrimonial Remarquable covered by a PSMV (plan de sauvegarde et de mise en valeur).
    case psmv
    /// Inside a Site Patrimonial Remarquable covered by a PVAP (plan de valorisation de l'architecture et du
    /// patrimoine).
    case pvap
    /// The plan marks the building as protected (immeuble à conserver).
    case buildingProtected = "building-protected"
    /// The plan marks this façade as to be kept (façade à conserver); façade-level.
    case facadeKeep = "facade-keep"
    /// The plan marks the building as not protected. Informational: the zone's rules still apply.
    case planNotProtected = "plan-not-protected"
    /// Within 500 m of a monument without a PDA but not co-visible with it (`CoVisibilityAnalysis`): outside its
    /// abords. Informational: it protects nothing.
    case notCoVisible = "not-co-visible"

    /// The tags that only inform (no rule restriction should hang on them; `any` leaves them out).
    public static let informational: Set<ProtectionTag> = [.planNotProtected, .notCoVisible]

    /// Aliases accepted in rule files for groups of tags.
    ///
    /// - `spr`: `psmv` and `pvap`;
    /// - `monument`: `monument-classe` and `monument-inscrit`;
    /// - `any`: every tag that protects (all but the informational `plan-not-protected` and `not-co-visible`).
    public static let aliases: [String: [ProtectionTag]] = [
        "spr": [.psmv, .pvap],
        "monument": [.monumentClasse, .monumentInscrit],
        "any": allCases.filter { !informational.contains($0) },
    ]

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
