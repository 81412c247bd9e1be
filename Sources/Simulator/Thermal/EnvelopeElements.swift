import BuildingModel

/// An opaque external wall of one orientation (area net of windows).
public struct WallSpec: Sendable, Hashable {
    public var orientation: Orientation
    public var areaM2: Double
    /// Thermal transmittance including surface resistances, W/(m²·K).
    public var uValueWPerM2K: Double
    /// Solar absorptance of the outer surface (0–1).
    public var solarAbsorptance: Double

    public init(orientation: Orientation, areaM2: Double, uValueWPerM2K: Double, solarAbsorptance: Double = 0.6) {
        self.orientation = orientation
        self.areaM2 = areaM2
        self.uValueWPerM2K = uValueWPerM2K
        self.solarAbsorptance = solarAbsorptance
    }
}

/// Orientation of a roof plane.
public enum RoofPlane: Sendable, Hashable {
    case horizontal
    /// A pitched plane facing `Orientation`, at the tilt the ``SurfaceIrradiance`` was built with.
    case pitched(Orientation)

    var surface: SolarSurface {
        switch self {
        case .horizontal: return .horizontal
        case .pitched(let o): return .pitchedRoof(o)
        }
    }
}

/// An opaque roof plane exposed to the outdoors and the sky.
public struct RoofSpec: Sendable, Hashable {
    public var plane: RoofPlane
    public var areaM2: Double
    public var uValueWPerM2K: Double
    public var solarAbsorptance: Double

    public init(plane: RoofPlane = .horizontal, areaM2: Double, uValueWPerM2K: Double, solarAbsorptance: Double = 0.6) {
        self.plane = plane
        self.areaM2 = areaM2
        self.uValueWPerM2K = uValueWPerM2K
        self.solarAbsorptance = solarAbsorptance
    }
}

/// Movable solar protection (shutters, external blinds), closed when the irradiance on the window exceeds a
/// threshold during the active months.
public struct ShutterSpec: Sendable, Hashable {
    /// Fraction of the solar gain still admitted when closed (e.g. 0.1 for closed wooden shutters).
    public var closedSolarFactor: Double
    /// Irradiance on the window above which the shutters are closed, W/m².
    public var closeAboveWPerM2: Double
    /// Months (index 0 = January) when the shutters are operated.
    public var activeMonths: [Bool]

    public init(closedSolarFactor: Double = 0.1, closeAboveWPerM2: Double = 200, activeMonths: [Bool] = MonthMask.mayToSeptember) {
        self.closedSolarFactor = closedSolarFactor
        self.closeAboveWPerM2 = closeAboveWPerM2
        self.activeMonths = activeMonths
    }
}

/// A window of one orientation.
///
/// Solar gain (ISO 13790 eq. 44/ISO 52016 form): φ_sol = A·(1 − F_F)·F_sh·g·[I_beam·g(θ)/g(0)·[no obstruction]
/// + (I_sky·(1 − sin h_o) + I_ground)·g_diff/g(0)]·F_shutter, with h_o the horizon angle.
public struct ZoneWindowSpec: Sendable, Hashable {
    public var orientation: Orientation
    /// Window area including frame, m².
    public var areaM2: Double
    public var uValueWPerM2K: Double
    /// Solar heat gain coefficient of the glazing at normal incidence (g_⊥).
    public var gValue: Double
    /// Frame area fraction F_F (0–1).
    public var frameFraction: Double
    /// Fixed shading reduction factor F_sh (1 = unshaded): overhangs, fins, permanent curtains.
    public var shadingFactor: Double
    /// Elevation angle of the obstruction in front (street canyon), degrees above the horizontal. Beam is
    /// blocked while the sun's profile angle is below it; sky diffuse is reduced by (1 − sin h_o).
    /// 90° is a window facing a wall a few centimetres away (a digitising gap): no beam, no sky diffuse.
    public var horizonAngleDeg: Double
    public var shutter: ShutterSpec?

    public init(
        orientation: Orientation, areaM2: Double, uValueWPerM2K: Double, gValue: Double, frameFraction: Double = 0,
        shadingFactor: Double = 1, horizonAngleDeg: Double = 0, shutter: ShutterSpec? = nil
    ) {
        self.orientation = orientation
        self.areaM2 = areaM2
        self.uValueWPerM2K = uValueWPerM2K
        self.gValue = gValue
        self.frameFraction = frameFraction
        self.shadingFactor = shadingFactor
        self.horizonAngleDeg = horizonAngleDeg
        self.shutter = shutter
    }
}

/// What is on the other side of a floor.
public enum FloorBoundary: Sendable, Hashable {
    /// Outdoor air (raised floor, BESTEST 2020): θ_e, no sun.
    case outdoorAir
    /// The ground at a constant temperature, °C; nil = the annual mean dry-bulb temperature of the weather
    /// (a simplification of ISO 13370: no phase lag, no periodic term).
    case ground(temperatureC: Double?)
    /// The ground seen through the monthly virtual temperature of EN ISO 13370 with its internal and external
    /// periodic terms and their phase shifts (``GroundPeriodicSpec``). A storing floor (``FloorStorageSpec``) takes
    /// the annual mean of the weather.
    case groundPeriodic(GroundPeriodicSpec)
}

/// The lowest floor of a zone, towards the ground or outdoor air.
public struct FloorSpec: Sendable, Hashable {
    public var areaM2: Double
    public var uValueWPerM2K: Double
    public var boundary: FloorBoundary
    /// A floor that stores sun in its own capacity (a second mass node, see ``FloorNode``); nil = the floor is a
    /// conductance of H_tr_op and its mass, if any, belongs to ``ZoneSpec/mass``.
    public var storage: FloorStorageSpec?

    public init(areaM2: Double, uValueWPerM2K: Double, boundary: FloorBoundary = .ground(temperatureC: nil),
                storage: FloorStorageSpec? = nil) {
        self.areaM2 = areaM2
        self.uValueWPerM2K = uValueWPerM2K
        self.boundary = boundary
        self.storage = storage
    }
}

/// The capacity of a floor modelled as its own node: the layer above the insulation, lumped at its middle.
/// Its mass must not also be listed in ``ZoneSpec/mass``.
public struct FloorStorageSpec: Sendable, Hashable {
    /// κ = Σ ρ·c·d of the layers above the insulation, J/(m²·K).
    public var arealCapacityJPerM2K: Double
    /// Resistance between the floor surface and the lumped capacity, m²·K/W (d/(2λ) of the layer).
    public var halfLayerResistanceM2KPerW: Double
    /// Share of the solar gain through the windows absorbed by the floor (0–1). The rest goes to the other room
    /// surfaces and the window like the radiative gains (ISO 13790 C.3).
    public var transmittedSolarShare: Double

    public init(arealCapacityJPerM2K: Double, halfLayerResistanceM2KPerW: Double, transmittedSolarShare: Double) {
        self.arealCapacityJPerM2K = arealCapacityJPerM2K
        self.halfLayerResistanceM2KPerW = halfLayerResistanceM2KPerW
        self.transmittedSolarShare = transmittedSolarShare
    }
}

/// 12-month masks (index 0 = January).
public enum MonthMask {
    public static let all = [Bool](repeating: true, count: 12)
    /// May to September, the usual summer-comfort season.
    public static let mayToSeptember = (1...12).map { (5...9).contains($0) }
}
