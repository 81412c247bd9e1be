/// The eight compass sectors used to group façades (45° each, centred on N, NE, E, …).
public enum Orientation: String, Sendable, Codable, CaseIterable {
    case north = "N", northEast = "NE", east = "E", southEast = "SE"
    case south = "S", southWest = "SW", west = "W", northWest = "NW"

    /// Sector of an azimuth in degrees clockwise from north.
    public init(azimuthDeg: Double) {
        var a = azimuthDeg.truncatingRemainder(dividingBy: 360)
        if a < 0 { a += 360 }
        let idx = Int(((a + 22.5) / 45).rounded(.down)) % 8
        self = Self.allCases[idx]
    }

    /// Centre azimuth of the sector, degrees clockwise from north.
    public var azimuthDeg: Double { Double(Self.allCases.firstIndex(of: self)!) * 45 }
}

/// Whether an exposed façade faces the street (public space) or an enclosed courtyard.
public enum FacadeContext: String, Sendable, Codable, CaseIterable {
    case street
    case courtyard
}

/// One edge of a building footprint and what it exposes to the outside, as computed by ``FacadeAnalyzer``
/// (see there for the method). Shares are per edge: a partly shared edge is not split into sub-segments.
public struct FacadeSegment: Sendable, Hashable, Codable {
    public var buildingID: String
    /// Index of the edge in the normalised exterior ring (holes follow, numbered after the exterior edges).
    /// `start` → `end` runs with the building on the left (exterior counter-clockwise, holes clockwise).
    public var index: Int
    public var start: Point2D
    public var end: Point2D
    public var lengthM: Double
    /// Azimuth of the outward normal, degrees clockwise from north.
    public var azimuthDeg: Double
    public var orientation: Orientation { Orientation(azimuthDeg: azimuthDeg) }
    /// Share of the edge's length that is shared with a neighbour (0–1).
    public var partyWallShare: Double
    /// Tallest neighbour height along the shared part, metres (nil when no neighbour).
    public var neighbourHeightM: Double?
    /// Wall area exposed to outdoor air: free length × height + shared length × height above the neighbour, m².
    public var exposedAreaM2: Double
    /// Wall area against a neighbour (adiabatic), m².
    public var partyWallAreaM2: Double
    /// Street or courtyard, decided for the edge's free part (for a fully shared edge: the side beyond it).
    public var context: FacadeContext
    /// Distance to the building in front along the outward normal, metres (nil when none within the search range).
    public var obstructionDistanceM: Double?
    /// Height of the building in front, metres.
    public var obstructionHeightM: Double?
    /// Horizon angle seen from mid-height of this façade, degrees above horizontal (0 when unobstructed):
    /// atan(max(0, obstructionHeightM − own height / 2) / obstructionDistanceM).
    public var horizonAngleDeg: Double

    public init(
        buildingID: String, index: Int, start: Point2D, end: Point2D, lengthM: Double, azimuthDeg: Double,
        partyWallShare: Double, neighbourHeightM: Double?, exposedAreaM2: Double, partyWallAreaM2: Double,
        context: FacadeContext, obstructionDistanceM: Double?, obstructionHeightM: Double?, horizonAngleDeg: Double
    ) {
        self.buildingID = buildingID
        self.index = index
        self.start = start
        self.end = end
        self.lengthM = lengthM
        self.azimuthDeg = azimuthDeg
        self.partyWallShare = partyWallShare
        self.neighbourHeightM = neighbourHeightM
        self.exposedAreaM2 = exposedAreaM2
        self.partyWallAreaM2 = partyWallAreaM2
        self.context = context
        self.obstructionDistanceM = obstructionDistanceM
        self.obstructionHeightM = obstructionHeightM
        self.horizonAngleDeg = horizonAngleDeg
    }

    /// Whether any part of this edge is exposed to outdoor air.
    public var isExposed: Bool { exposedAreaM2 > 0.01 }
}

/// The façade analysis of one building: its segments and per-building totals.
public struct BuildingFacades: Sendable, Hashable, Codable {
    public var buildingID: String
    public var segments: [FacadeSegment]
    /// Roof area (footprint area for flat and pitched roofs alike; the pitch is in the thermal model), m².
    public var roofAreaM2: Double

    public init(buildingID: String, segments: [FacadeSegment], roofAreaM2: Double) {
        self.buildingID = buildingID
        self.segments = segments
        self.roofAreaM2 = roofAreaM2
    }

    /// Exposed wall area per orientation, m² (every orientation present, zero when none).
    public var exposedAreaByOrientation: [Orientation: Double] {
        var out = Dictionary(uniqueKeysWithValues: Orientation.allCases.map { ($0, 0.0) })
        for s in segments { out[s.orientation, default: 0] += s.exposedAreaM2 }
        return out
    }

    public var exposedWallAreaM2: Double { segments.reduce(0) { $0 + $1.exposedAreaM2 } }
    public var partyWallAreaM2: Double { segments.reduce(0) { $0 + $1.partyWallAreaM2 } }
    /// Share of the perimeter length that is party wall (0–1).
    public var partyWallLengthShare: Double {
        let total = segments.reduce(0) { $0 + $1.lengthM }
        guard total > 0 else { return 0 }
        return segments.reduce(0) { $0 + $1.lengthM * $1.partyWallShare } / total
    }
}
