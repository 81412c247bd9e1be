/// The frame of the synthetic Cahors-style district, in Lambert-93 (EPSG:2154) metres.
///
/// Placed around the real medieval centre of Cahors (Lot): the district runs north–south along the east kerb of
/// the boulevard Gambetta down to the Lot, on the east side of the river's meander. The cathedral Saint-Étienne
/// (lon 1.4417, lat 44.4478 → E 576004.5, N 6373306.9 with PROJ `EPSG:4326 → EPSG:2154`, see
/// `shared/docs/recipes.md`) lies inside it and is kept free of synthetic buildings.
///
/// The river bank below is a hand-drawn approximation (a few metres to a few tens of metres off the real bank),
/// good enough to keep buildings on dry land; it is not survey data. Everything here is synthetic except the
/// cathedral's coordinates.
public struct CahorsDistrict: Sendable, Hashable {
    /// East kerb of the boulevard Gambetta: the district's west limit (x, metres).
    public var westEdgeX: Double
    /// South limit of the district (y, metres).
    public var southY: Double
    /// North limit of the default (unscaled) district (y, metres). Scaled stocks continue north of it.
    public var northY: Double
    /// West bank of the Lot along the district's east side, south to north (y strictly increasing).
    public var riverBank: [Point2D]
    /// Width of the river east of the bank, metres (the Lot is ≈ 100–150 m wide at Cahors).
    public var riverWidthM: Double
    /// Width of the riverside quay kept free of buildings, metres.
    public var quaySetbackM: Double
    /// Open sites kept free of synthetic buildings (the cathedral and its parvis).
    public var reservedSites: [ReservedSite]

    /// A named rectangle kept free of synthetic buildings.
    public struct ReservedSite: Sendable, Hashable {
        public var name: String
        public var minX: Double, minY: Double, maxX: Double, maxY: Double

        public init(name: String, minX: Double, minY: Double, maxX: Double, maxY: Double) {
            self.name = name
            self.minX = minX; self.minY = minY; self.maxX = maxX; self.maxY = maxY
        }

        public var polygon: Polygon {
            Polygon(exterior: [
                Point2D(x: minX, y: minY), Point2D(x: maxX, y: minY), Point2D(x: maxX, y: maxY),
                Point2D(x: minX, y: maxY), Point2D(x: minX, y: minY),
            ])
        }
    }

    public init(
        westEdgeX: Double, southY: Double, northY: Double, riverBank: [Point2D], riverWidthM: Double,
        quaySetbackM: Double, reservedSites: [ReservedSite]
    ) {
        precondition(riverBank.count >= 2, "the river bank needs at least two points")
        self.westEdgeX = westEdgeX
        self.southY = southY
        self.northY = northY
        self.riverBank = riverBank
        self.riverWidthM = riverWidthM
        self.quaySetbackM = quaySetbackM
        self.reservedSites = reservedSites
    }

    /// Lambert-93 coordinates of the cathedral Saint-Étienne (the district's reference point).
    public static let cathedral = Point2D(x: 576004.5, y: 6373306.9)

    /// The default district: ≈ 300–390 m wide (Gambetta to the quay) and 900 m long, 33.7 ha (the secteur
    /// sauvegardé covers 32 ha, domain.md §6).
    public static let cahors = CahorsDistrict(
        westEdgeX: 575_890, southY: 6_372_860, northY: 6_373_760,
        riverBank: [
            Point2D(x: 576_170, y: 6_372_700), Point2D(x: 576_215, y: 6_372_860),
            Point2D(x: 576_265, y: 6_373_050), Point2D(x: 576_290, y: 6_373_250),
            Point2D(x: 576_300, y: 6_373_450), Point2D(x: 576_285, y: 6_373_650),
            Point2D(x: 576_255, y: 6_373_800), Point2D(x: 576_230, y: 6_373_950),
        ],
        riverWidthM: 130, quaySetbackM: 12,
        reservedSites: [
            // Nave ≈ 70 m west–east plus cloister to the south and parvis to the west (approximate).
            ReservedSite(name: "cathédrale Saint-Étienne and parvis",
                         minX: 575_955, minY: 6_373_275, maxX: 576_050, maxY: 6_373_338),
        ])

    /// x of the river bank at y, linear between the bank points and constant beyond the ends.
    public func bankX(atY y: Double) -> Double {
        let pts = riverBank
        if y <= pts[0].y { return pts[0].x }
        for i in 1..<pts.count where y <= pts[i].y {
            let a = pts[i - 1], b = pts[i]
            return a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y)
        }
        return pts[pts.count - 1].x
    }

    /// x of the quay line (bank minus the quay setback): buildings stay west of it.
    public func quayX(atY y: Double) -> Double { bankX(atY: y) - quaySetbackM }

    /// The river as a polygon between two latitudes (y): the bank and the bank shifted east by the river width.
    /// - Complexity: O(bank points).
    public func riverPolygon(southY south: Double, northY north: Double) -> Polygon {
        var west = [Point2D(x: bankX(atY: south), y: south)]
        for p in riverBank where p.y > south && p.y < north { west.append(p) }
        west.append(Point2D(x: bankX(atY: north), y: north))
        let east = west.reversed().map { Point2D(x: $0.x + riverWidthM, y: $0.y) }
        return Polygon(exterior: west + east + [west[0]]).normalized()
    }

    /// The district's outline up to `north`: west kerb, south limit, quay line, north limit.
    public func outline(northY north: Double) -> Polygon {
        var east = [Point2D(x: quayX(atY: southY), y: southY)]
        for p in riverBank where p.y > southY && p.y < north { east.append(Point2D(x: p.x - quaySetbackM, y: p.y)) }
        east.append(Point2D(x: quayX(atY: north), y: north))
        let ring = [Point2D(x: westEdgeX, y: southY)] + east + [Point2D(x: westEdgeX, y: north), Point2D(x: westEdgeX, y: southY)]
        return Polygon(exterior: ring).normalized()
    }
}
