import BuildingModel

/// Per-storey views of the envelope in the shape a storey-zone thermal model needs (one zone per storey).
extension Envelope {
    /// The windows of one façade on one storey.
    public struct StoreyGlazing: Sendable, Hashable {
        public var segmentIndex: Int
        /// Outward normal, degrees clockwise from north.
        public var azimuthDeg: Double
        /// Window area (frame included), m².
        public var areaM2: Double
        /// Day/night mean U-value (shutters included), W/(m²·K).
        public var uValueWPerM2K: Double
        public var gValue: Double
        public var frameFraction: Double
        public var shadingFactor: Double
        public var horizonAngleDeg: Double
    }

    /// The opaque wall of one façade on one storey.
    public struct StoreyWall: Sendable, Hashable {
        public var segmentIndex: Int
        public var azimuthDeg: Double
        public var areaM2: Double
        public var uValueWPerM2K: Double
        public var absorptance: Double
        public var horizonAngleDeg: Double
        /// Whether the wall carries insulation on its inner face (less thermal mass reachable from the room).
        public var isInsulatedInside: Bool
    }

    /// Windows of a storey, one entry per exposed façade with glazing on that storey.
    public func glazing(storey s: Int) -> [StoreyGlazing] {
        facades.compactMap { f in
            let a = f.windowAreaM2(storey: s)
            guard a > 0 else { return nil }
            return StoreyGlazing(segmentIndex: f.segmentIndex, azimuthDeg: f.azimuthDeg, areaM2: a,
                                 uValueWPerM2K: f.windows.meanUValueWPerM2K, gValue: f.windows.gValue,
                                 frameFraction: f.windows.frameFraction, shadingFactor: f.shadingFactor,
                                 horizonAngleDeg: f.horizonAngleDeg)
        }
    }

    /// Opaque walls of a storey, one entry per exposed façade with wall area on that storey.
    public func walls(storey s: Int) -> [StoreyWall] {
        facades.compactMap { f in
            let a = f.opaqueAreaM2(storey: s)
            guard a > 0 else { return nil }
            return StoreyWall(segmentIndex: f.segmentIndex, azimuthDeg: f.azimuthDeg, areaM2: a,
                              uValueWPerM2K: f.wall.uValueWPerM2K, absorptance: f.wallAbsorptance,
                              horizonAngleDeg: f.horizonAngleDeg,
                              isInsulatedInside: f.wall.layers.contains { $0.side == .internal })
        }
    }

    /// Party-wall area of one storey, m² (adiabatic), from the building total in proportion to the storey height.
    public func partyWallAreaM2(storey s: Int) -> Double {
        let total = storeys.reduce(0) { $0 + $1.heightM }
        return total > 0 ? partyWallAreaM2 * storeys[s].heightM / total : 0
    }

    /// Interior surface area of one storey facing its room, m²: the walls (exposed with their windows, and party
    /// walls) on the inner perimeter, plus floor and ceiling (each the reference area). Wall areas are measured on
    /// the footprint's outline; the inner outline is taken as the outline shrunk homothetically to the reference
    /// area, so wall areas scale by √(A_ref / A_gross) (exact for a square, within 2 % for a 6 × 10 m house with
    /// 60 cm walls).
    public func interiorAreaM2(storey s: Int) -> Double {
        let exposed = facades.reduce(0) { $0 + $1.windowAreaM2(storey: s) + $1.opaqueAreaM2(storey: s) }
        return (exposed + partyWallAreaM2(storey: s)) * innerOutlineScale(storey: s) + 2 * storeys[s].referenceAreaM2
    }

    /// √(A_ref / A_gross), at most 1: wall areas measured on the footprint's outline × this = on the inner outline.
    func innerOutlineScale(storey s: Int) -> Double {
        let st = storeys[s]
        return st.grossFloorAreaM2 > 0 ? min(1, (st.referenceAreaM2 / st.grossFloorAreaM2).squareRoot()) : 1
    }
}
