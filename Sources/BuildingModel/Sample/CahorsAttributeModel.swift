/// The attribute shares of the synthetic Cahors-style stock, with where each comes from.
///
/// Every share and range is documented in `docs/sample-cahors.md`; `documentedShareRanges` holds the band a
/// generated stock of ≈ 2,100 buildings must fall in (the nominal share ± about 4 binomial standard deviations),
/// which the tests check. All values are synthetic: plausible for a medieval town centre in Quercy
/// (domain.md §4, §6), not survey data.
public enum CahorsAttributeModel {
    /// Construction period shares (issue 7: mostly before 1915, some 1915–1948, a few 1949–1974 infill).
    public static let periodShares: [(ConstructionPeriod, Double)] = [
        (.before1915, 0.85), (.from1915To1948, 0.09), (.from1949To1974, 0.06),
    ]

    /// Construction years before 1915: medieval core (13th–15th c.), early modern rebuilding, 19th-century fronts.
    static let oldYearBands: [(ClosedRange<Int>, Double)] = [
        (1230...1499, 0.45), (1500...1789, 0.30), (1790...1914, 0.25),
    ]

    /// Wall material shares per period.
    public static func wallShares(_ period: ConstructionPeriod) -> [(WallMaterial, Double)] {
        switch period {
        case .before1915:
            [(.stoneRubble, 0.62), (.timberFrame, 0.16), (.solidBrick, 0.12), (.stoneDressed, 0.10)]
        case .from1915To1948:
            [(.solidBrick, 0.55), (.stoneRubble, 0.35), (.stoneDressed, 0.10)]
        default:
            [(.concrete, 0.60), (.solidBrick, 0.40)]
        }
    }

    /// Wall thickness range per material, metres (domain.md §4 DPE bands: rubble 50–80 cm, brick 23/34/45 cm).
    public static func wallThicknessRangeM(_ m: WallMaterial) -> ClosedRange<Double> {
        switch m {
        case .stoneRubble, .stoneDressed: 0.50...0.70
        case .timberFrame: 0.16...0.22
        case .solidBrick: 0.23...0.45
        case .concrete: 0.20...0.25
        case .unknown: 0.30...0.60
        }
    }

    /// Solid brick walls come in whole-brick multiples (DPE bands 23 / 34 / 45 cm).
    static let brickThicknessesM: [(Double, Double)] = [(0.23, 0.30), (0.34, 0.50), (0.45, 0.20)]

    /// Window-to-wall ratio range per material (small openings in rubble, wide bays in timber frames).
    public static func windowToWallRatioRange(_ m: WallMaterial) -> ClosedRange<Double> {
        switch m {
        case .stoneRubble, .stoneDressed, .unknown: 0.12...0.22
        case .timberFrame: 0.20...0.30
        case .solidBrick: 0.15...0.25
        case .concrete: 0.18...0.28
        }
    }

    /// Roof shares: canal-tile pitched roofs over uninsulated attics dominate; some insulated in renovations;
    /// flat roofs only on post-war infill.
    public static func roofShares(_ period: ConstructionPeriod) -> [(RoofKind, Double)] {
        period < .from1949To1974
            ? [(.pitchedUninsulated, 0.85), (.pitchedInsulated, 0.15)]
            : [(.pitchedUninsulated, 0.50), (.pitchedInsulated, 0.20), (.flat, 0.30)]
    }

    /// Window shares (issue 7: wood single mostly, some wood double, a few PVC).
    public static func windowShares(_ period: ConstructionPeriod) -> [(WindowKind, Double)] {
        period < .from1949To1974
            ? [(.woodSingle, 0.66), (.woodDouble, 0.26), (.pvcDouble, 0.06), (.metalSingle, 0.02)]
            : [(.woodSingle, 0.20), (.woodDouble, 0.20), (.pvcDouble, 0.50), (.metalSingle, 0.10)]
    }

    /// Main heating system shares. Assumption of issue 7 (electric convectors ~50 %, gas ~25 %, oil ~10 %,
    /// wood ~10 %, other); small rented flats in old centres lean to electric convectors. For comparison,
    /// INSEE RP2010 table PRINC30M for the urban unit of Aurillac (a similar prefecture town): gas 51 %,
    /// electricity 28 %, oil 15 %, other 5 % — a whole town, houses included.
    public static let heatingShares: [(HeatingSystem, Double)] = [
        (.electricConvector, 0.50), (.gasBoiler, 0.25), (.oilBoiler, 0.10), (.woodStove, 0.10),
        (.heatPumpAirAir, 0.03), (.pelletBoiler, 0.02),
    ]

    /// Storey shares (2–5 storeys, R+1 to R+4); taller on the boulevard and the main street.
    public static func storeyShares(onMainStreet: Bool) -> [(Int, Double)] {
        onMainStreet ? [(2, 0.05), (3, 0.30), (4, 0.45), (5, 0.20)] : [(2, 0.14), (3, 0.40), (4, 0.36), (5, 0.10)]
    }

    /// Ground-floor height range (shops, workshops, vaulted cellars at street level), metres.
    public static let groundFloorHeightRangeM = 3.6...4.2
    /// Upper-storey height range, metres.
    public static let upperFloorHeightRangeM = 2.8...3.2

    /// Share of buildings marked vacant (issue 7: 10–15 %; domain.md §6: ~500 vacant dwellings, 2012).
    public static let vacantShare = 0.11

    /// Footprint from which a floor holds two dwellings instead of one, m².
    public static let twoDwellingsPerFloorFromM2 = 120.0

    /// The bands the measured shares of a generated stock of ≈ 2,100 buildings must fall in.
    public static let documentedShareRanges: [String: ClosedRange<Double>] = [
        "period before-1915": 0.80...0.90,
        "period 1915-1948": 0.06...0.12,
        "period 1949-1974": 0.035...0.085,
        "wall stone-rubble": 0.50...0.62,
        "wall timber-frame": 0.11...0.17,
        "wall solid-brick": 0.14...0.21,
        "wall stone-dressed": 0.07...0.12,
        "wall concrete": 0.02...0.06,
        "roof pitched-uninsulated": 0.79...0.88,
        "windows wood-single": 0.58...0.68,
        "windows wood-double": 0.21...0.29,
        "windows pvc-double": 0.05...0.12,
        "heating electric-convector": 0.45...0.55,
        "heating gas-boiler": 0.21...0.29,
        "heating oil-boiler": 0.07...0.13,
        "heating wood-stove": 0.07...0.13,
        "vacant": 0.08...0.14,
        "storeys 2": 0.07...0.17,
        "storeys 3": 0.32...0.44,
        "storeys 4": 0.32...0.44,
        "storeys 5": 0.07...0.17,
    ]

    /// Draws the attributes of one building.
    static func building(
        id: String, shape: BlockSubdivision.Shape, rng: inout SplitMix64
    ) -> Building {
        let footprint = Polygon(exterior: shape.ring)
        let period = rng.pick(periodShares)
        let year: Int
        switch period {
        case .before1915:
            let band = rng.pick(oldYearBands)
            year = rng.integer(in: band)
        case .from1915To1948: year = rng.integer(in: 1915...1948)
        default: year = rng.integer(in: 1949...1974)
        }
        let wall = rng.pick(wallShares(period))
        let thickness: Double
        if wall == .solidBrick {
            thickness = rng.pick(brickThicknessesM)
        } else {
            let r = wallThicknessRangeM(wall)
            thickness = roundTo(rng.uniform(r.lowerBound, r.upperBound), 0.01)
        }
        let storeys = rng.pick(storeyShares(onMainStreet: shape.onMainStreet))
        let ground = rng.uniform(groundFloorHeightRangeM.lowerBound, groundFloorHeightRangeM.upperBound)
        let upper = rng.uniform(upperFloorHeightRangeM.lowerBound, upperFloorHeightRangeM.upperBound)
        let height = roundTo(ground + Double(storeys - 1) * upper, 0.1)
        let wwrRange = windowToWallRatioRange(wall)
        let wwr = roundTo(rng.uniform(wwrRange.lowerBound, wwrRange.upperBound), 0.01)
        let roof = rng.pick(roofShares(period))
        let windows = rng.pick(windowShares(period))
        let heating = rng.pick(heatingShares)
        let perFloor = footprint.areaM2 >= twoDwellingsPerFloorFromM2 ? 2 : 1
        let dwellings = max(1, storeys - 1) * perFloor
        let vacant = rng.chance(vacantShare)
        return Building(
            id: id, footprint: footprint, heightM: height, storeys: storeys, constructionYear: year,
            period: period, wallMaterial: wall, wallThicknessM: thickness, roof: roof, windows: windows,
            windowToWallRatio: wwr, heating: heating, dwellings: dwellings, isVacant: vacant, assumed: [])
    }

    static func roundTo(_ x: Double, _ step: Double) -> Double { (x / step).rounded() * step }
}
