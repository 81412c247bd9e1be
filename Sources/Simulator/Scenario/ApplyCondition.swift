import BuildingModel

/// Conditions on building attributes deciding whether a scenario (or one of its steps) applies, like ResStock's
/// `apply_logic`. All given conditions must hold; an absent condition always holds.
public struct ApplyCondition: Sendable, Hashable {
    public var periods: Set<ConstructionPeriod>?
    public var wallMaterials: Set<WallMaterial>?
    public var heating: Set<HeatingSystem>?
    /// Whether the building must (true) or must not (false) be under a heritage protection.
    public var isProtected: Bool?
    public var minStoreys: Int?
    public var maxStoreys: Int?

    public init(periods: Set<ConstructionPeriod>? = nil, wallMaterials: Set<WallMaterial>? = nil,
                heating: Set<HeatingSystem>? = nil, isProtected: Bool? = nil, minStoreys: Int? = nil,
                maxStoreys: Int? = nil) {
        self.periods = periods
        self.wallMaterials = wallMaterials
        self.heating = heating
        self.isProtected = isProtected
        self.minStoreys = minStoreys
        self.maxStoreys = maxStoreys
    }

    public static let always = ApplyCondition()

    /// Whether the building satisfies every condition; otherwise the first failing condition, in words.
    public func failure(for b: Building, isProtected prot: Bool) -> String? {
        if let p = periods, !p.contains(b.period) { return "period \(b.period.rawValue) not in apply_if.period" }
        if let w = wallMaterials, !w.contains(b.wallMaterial) {
            return "wall material \(b.wallMaterial.rawValue) not in apply_if.wall_material"
        }
        if let h = heating, !h.contains(b.heating) { return "heating \(b.heating.rawValue) not in apply_if.heating" }
        if let want = isProtected, want != prot { return "protected is \(prot), apply_if.protected wants \(want)" }
        if let lo = minStoreys, b.storeys < lo { return "\(b.storeys) storeys < apply_if.min_storeys \(lo)" }
        if let hi = maxStoreys, b.storeys > hi { return "\(b.storeys) storeys > apply_if.max_storeys \(hi)" }
        return nil
    }
}
