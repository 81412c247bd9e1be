import BuildingModel
import ThreeCL

/// A DPE seen through a scenario's `apply_if` (which speaks of stock buildings): its construction period, main
/// wall material and heating system in renovate's vocabulary, and its storeys. What a DPE cannot say (whether
/// the building is protected) makes a condition fail with that reason rather than pass silently.
public struct DPEDwellingProfile: Sendable, Hashable {
    /// The periods the DPE's period may be: one, or two for "avant 1948" without a construction year.
    public var periods: Set<ConstructionPeriod>
    public var wallMaterial: WallMaterial
    /// The main heating system, nil when the DPE's generator has no renovate equivalent.
    public var heating: HeatingSystem?
    public var storeys: Int

    public init(input: ThreeCLInput) {
        let d = input.dwelling
        if let year = d.constructionYear, year > 0 {
            periods = [ConstructionPeriod(year: year)]
        } else {
            periods = Self.periods(constructionPeriodId: d.constructionPeriodId)
        }
        var areaByMaterial: [WallMaterial: Double] = [:]
        for w in input.envelope.walls where !DPEAdjacency.heated.contains(w.adjacency.typeAdjacenceId) {
            areaByMaterial[Self.material(w.structureMaterialId), default: 0] += w.opaqueAreaM2
        }
        wallMaterial = areaByMaterial.max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }?
            .key ?? .unknown
        let main = input.heating.installations.first?.generators.first { $0.generatorLinkId == 1 }
            ?? input.heating.installations.first?.generators.first
        heating = main.flatMap { Self.system(generatorTypeId: $0.generatorTypeId, energyId: $0.energyTypeId) }
        storeys = max(1, d.levelCount)
    }

    /// Whether the dwelling satisfies every condition; otherwise the first failing one, in words.
    public func failure(of c: ApplyCondition) -> String? {
        if let p = c.periods, p.isDisjoint(with: periods) {
            return "period \(periods.map(\.rawValue).sorted().joined(separator: " or ")) not in apply_if.period"
        }
        if let w = c.wallMaterials, !w.contains(wallMaterial) {
            return "wall material \(wallMaterial.rawValue) not in apply_if.wall_material"
        }
        if let h = c.heating {
            guard let heating else { return "the DPE's heating generator has no equivalent in apply_if.heating" }
            if !h.contains(heating) { return "heating \(heating.rawValue) not in apply_if.heating" }
        }
        if c.isProtected != nil {
            return "apply_if.protected: a DPE does not say whether the building is under a heritage protection"
        }
        if let lo = c.minStoreys, storeys < lo { return "\(storeys) storeys < apply_if.min_storeys \(lo)" }
        if let hi = c.maxStoreys, storeys > hi { return "\(storeys) storeys > apply_if.max_storeys \(hi)" }
        return nil
    }

    /// ADEME `enum_periode_construction_id` → renovate's periods.
    static func periods(constructionPeriodId id: Int) -> Set<ConstructionPeriod> {
        switch id {
        case 1: [.before1915, .from1915To1948]
        case 2: [.from1949To1974]
        case 3, 4, 5: [.from1975To1988]
        case 6, 7: [.from1989To2005]
        case 8: [.from2006To2012]
        default: [.after2012]
        }
    }

    /// ADEME `enum_materiaux_structure_mur_id` → renovate's wall materials.
    static func material(_ id: Int) -> WallMaterial {
        switch id {
        case 2: .stoneRubble
        case 3: .stoneDressed
        case 5, 6, 27: .timberFrame
        case 8, 9: .solidBrick
        case 11, 12, 13, 14, 19: .concrete
        default: .unknown
        }
    }

    /// ADEME `enum_type_generateur_ch_id` (and energy) → renovate's heating systems; nil for systems renovate does
    /// not name (other combustion systems, generic thermodynamic systems).
    static func system(generatorTypeId t: Int, energyId: Int) -> HeatingSystem? {
        switch t {
        case 1...3: .heatPumpAirAir
        case 4...19, 145...147, 162...170: .heatPumpAirWater
        case 20...43, 47...49, 55...68: .woodStove
        case 44...46, 69...74, 140, 141: .pelletBoiler
        case 75...84, 110, 114, 119, 150, 151: .oilBoiler
        case 50...54, 85...97, 111, 113, 127...139, 148, 149, 160, 161: .gasBoiler
        case 98...106: .electricConvector
        case 107...109, 112, 142, 171: .districtHeat
        default: energyId == 1 ? .electricConvector : nil
        }
    }
}
