import BuildingModel

/// One exposed façade segment of the thermal envelope: its wall and windows, split by storey.
public struct FacadeElement: Sendable, Hashable, Codable {
    /// Index of the `FacadeSegment` it comes from.
    public var segmentIndex: Int
    /// Azimuth of the outward normal, degrees clockwise from north.
    public var azimuthDeg: Double
    public var orientation: Orientation { Orientation(azimuthDeg: azimuthDeg) }
    public var context: FacadeContext
    /// Horizon angle of the obstruction in front, degrees (from `FacadeSegment.horizonAngleDeg`).
    public var horizonAngleDeg: Double
    /// Exposed (gross) area per storey, m², bottom storey first; sums to the segment's exposed area.
    public var storeyGrossAreaM2: [Double]
    /// Glazed share of the gross area (0–1).
    public var windowToWallRatio: Double
    public var wall: OpaqueElement
    public var windows: WindowSpec
    /// Solar absorptance of the outer wall surface (0–1; light limestone/lime render ≈ 0.5, estimate).
    public var wallAbsorptance: Double
    /// Shading reduction factor of the windows for external obstructions other than the horizon (0–1, 1 = none).
    public var shadingFactor: Double

    public init(segmentIndex: Int, azimuthDeg: Double, context: FacadeContext, horizonAngleDeg: Double,
                storeyGrossAreaM2: [Double], windowToWallRatio: Double, wall: OpaqueElement, windows: WindowSpec,
                wallAbsorptance: Double = 0.5, shadingFactor: Double = 1) {
        self.segmentIndex = segmentIndex
        self.azimuthDeg = azimuthDeg
        self.context = context
        self.horizonAngleDeg = horizonAngleDeg
        self.storeyGrossAreaM2 = storeyGrossAreaM2
        self.windowToWallRatio = windowToWallRatio
        self.wall = wall
        self.windows = windows
        self.wallAbsorptance = wallAbsorptance
        self.shadingFactor = shadingFactor
    }

    public var grossAreaM2: Double { storeyGrossAreaM2.reduce(0, +) }
    public var windowAreaM2: Double { grossAreaM2 * windowToWallRatio }
    public var opaqueAreaM2: Double { grossAreaM2 - windowAreaM2 }
    public func windowAreaM2(storey: Int) -> Double { storeyGrossAreaM2[storey] * windowToWallRatio }
    public func opaqueAreaM2(storey: Int) -> Double { storeyGrossAreaM2[storey] * (1 - windowToWallRatio) }

    /// Transmission heat-transfer coefficient of this façade on one storey, W/K (Σ U·A, EN ISO 13789 eq. 2,
    /// linear thermal bridges not counted).
    public func heatLossCoefficientWPerK(storey: Int) -> Double {
        opaqueAreaM2(storey: storey) * wall.uValueWPerM2K + windowAreaM2(storey: storey) * windows.meanUValueWPerM2K
    }
}
