import BuildingModel

/// Moisture-risk class of internal insulation on a solid wall.
public enum MoistureRisk: String, Sendable, Codable, CaseIterable, Comparable {
    case low, medium, high
    public static func < (l: Self, r: Self) -> Bool { allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)! }
}

/// The rated risk with the points that made it, so a user can see why.
public struct MoistureAssessment: Sendable, Hashable {
    public var risk: MoistureRisk
    public var score: Int
    public var reasons: [String]
}

/// A documented, rule-based moisture-risk rating of internal wall insulation.
///
/// Internal insulation makes the masonry colder and wetter: vapour from the room can condense at the cold face of
/// the wall, and rain absorbed by the façade dries more slowly. The guidance this rule set condenses:
/// - RIBuild (EU H2020, 2015–2020), "Guidelines for internal insulation of historic buildings": prefer
///   capillary-active, vapour-open systems; the risk rises with the insulation's thermal resistance and with the
///   driving-rain load of the façade; embedded timber (beam ends, timber frames) is the most sensitive.
/// - Historic England, "Energy Efficiency and Historic Buildings — Insulating Solid Walls" (2016): vapour-closed
///   insulants (polystyrene, PIR) against solid walls trap moisture; use breathable materials.
/// - EN 16883:2017 §6: assess technical/moisture compatibility of each measure before choosing it.
/// - domain.md §4: on old walls, only vapour-open capillary-active insulants (wood fibre, hemp-lime, cork-lime,
///   calcium silicate) or a humidity-variable membrane.
///
/// Points (the thresholds are this project's reading of the guidance, not a hygrothermal simulation):
/// | factor | points |
/// |---|---|
/// | insulant vapour-closed and not capillary-active | +3 |
/// | insulant vapour-open but not capillary-active (e.g. mineral wool without a membrane) | +2 |
/// | insulant capillary-active but vapour-tight | +1 |
/// | porous, moisture-storing wall (stone, brick, unknown) | +1; timber frame +2 (embedded timber) |
/// | added resistance R > 1.0 m²K/W | +1; R > 2.5 m²K/W | +2 |
/// | façade facing the rainy westerlies (SW, W, NW) and not sheltered (horizon < 30°) | +1 |
/// | façade facing north (NW, N, NE): little solar drying | +1 |
/// Class: 0–2 low, 3–4 medium, ≥ 5 high.
public enum MoistureRiskRules {
    public static func assess(insulant: Insulant, addedResistanceM2KPerW: Double, wallMaterial: WallMaterial,
                              orientation: Orientation, horizonAngleDeg: Double) -> MoistureAssessment {
        var score = 0
        var reasons: [String] = []
        func add(_ p: Int, _ why: String) {
            guard p > 0 else { return }
            score += p
            reasons.append("+\(p) \(why)")
        }
        switch (insulant.isVapourOpen, insulant.isCapillaryActive) {
        case (false, false): add(3, "\(insulant.material) is vapour-closed and not capillary-active")
        case (true, false): add(2, "\(insulant.material) is vapour-open but not capillary-active")
        case (false, true): add(1, "\(insulant.material) is capillary-active but vapour-tight")
        case (true, true): break
        }
        switch wallMaterial {
        case .timberFrame: add(2, "timber-frame wall: embedded timber")
        case .stoneRubble, .stoneDressed, .solidBrick, .unknown:
            add(1, "porous, moisture-storing \(wallMaterial.rawValue) wall")
        case .concrete: break
        }
        if addedResistanceM2KPerW > 2.5 {
            add(2, "added resistance \(addedResistanceM2KPerW) m²K/W > 2.5")
        } else if addedResistanceM2KPerW > 1.0 {
            add(1, "added resistance \(addedResistanceM2KPerW) m²K/W > 1.0")
        }
        if [.southWest, .west, .northWest].contains(orientation) && horizonAngleDeg < 30 {
            add(1, "\(orientation.rawValue) façade exposed to driving rain")
        }
        if [.northWest, .north, .northEast].contains(orientation) {
            add(1, "\(orientation.rawValue) façade: little solar drying")
        }
        let risk: MoistureRisk = score >= 5 ? .high : score >= 3 ? .medium : .low
        return MoistureAssessment(risk: risk, score: score, reasons: reasons)
    }

    /// Rates every internally insulated façade of an envelope; the worst per façade segment.
    /// A layer without insulant data is rated as a vapour-open, non-capillary insulant (cautious default).
    public static func assess(_ env: Envelope) -> [Int: MoistureAssessment] {
        var out: [Int: MoistureAssessment] = [:]
        for f in env.facades {
            for layer in f.wall.layers where layer.side == .internal {
                let ins = layer.insulant ?? Insulant(material: "unspecified insulant", isVapourOpen: true,
                                                     isCapillaryActive: false, thicknessMM: 0, conductivityWPerMK: 0.04)
                let a = assess(insulant: ins, addedResistanceM2KPerW: layer.addedResistanceM2KPerW,
                               wallMaterial: env.wallMaterial, orientation: f.orientation,
                               horizonAngleDeg: f.horizonAngleDeg)
                if let cur = out[f.segmentIndex], cur.score >= a.score { continue }
                out[f.segmentIndex] = a
            }
        }
        return out
    }
}
