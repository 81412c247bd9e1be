/// A protection that applies to one building (or to some of its façades), with the reason in words.
public struct AppliedProtection: Sendable, Hashable, Codable {
    /// How binding the Architecte des Bâtiments de France's opinion is.
    public enum Opinion: String, Sendable, Hashable, Codable {
        /// Avis conforme: the ABF must agree (SPR, PDA, listed monument's own works through the DRAC).
        case binding
        /// Within 500 m of a monument without a PDA: binding only if in co-visibility, which this tool does not
        /// decide (it needs a site visit or a 3D view); advisory otherwise.
        case bindingIfCoVisible = "binding-if-co-visible"
        /// Information only (e.g. a plan mark saying "not protected").
        case none
    }

    public var tag: ProtectionTag
    /// Name of what protects (monument, zone, plan mark).
    public var name: String
    /// The reason in words, e.g. `212 m from Cathédrale Saint-Étienne (monument historique classé, 1862)`.
    public var reason: String
    public var opinion: Opinion
    /// Distance from the footprint to the monument, metres (rounded to 0.1 m), for surroundings.
    public var distanceM: Double?
    /// Id of the heritage feature.
    public var featureID: String
    /// Façade indices the protection applies to; nil for the whole building.
    public var facadeIndices: [Int]?
    /// The texts the protection rests on (articles of the Code du patrimoine, the plan's regulation).
    public var legalBasis: String?

    public init(tag: ProtectionTag, name: String, reason: String, opinion: Opinion, distanceM: Double? = nil,
                featureID: String, facadeIndices: [Int]? = nil, legalBasis: String? = nil) {
        self.legalBasis = legalBasis
        self.tag = tag
        self.name = name
        self.reason = reason
        self.opinion = opinion
        self.distanceM = distanceM
        self.featureID = featureID
        self.facadeIndices = facadeIndices
    }
}
