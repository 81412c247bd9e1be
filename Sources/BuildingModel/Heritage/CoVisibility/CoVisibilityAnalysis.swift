import Foundation

/// Co-visibility of the stock's buildings with the listed monuments that have no delimited perimeter (PDA):
/// within 500 m, a building is in the monument's abords when it is visible from the monument, or visible at the
/// same time as it from a place open to the public (Code du patrimoine L.621-30, II; the "champ de visibilité").
///
/// ## Method (2.5D, documented choices)
/// - **Scene**: every stock building is a vertical prism of its footprint and height (`Building.heightM`) on flat
///   ground (z = 0; the relief is ignored: Cahors' hills would add views this method misses).
/// - **Monument**: the point of its geometry (a point, or the centroid of a polygon or of the largest polygon of a
///   multipolygon) at the monument's height: `Monument.heightM` when the heritage layer gives one (`height`),
///   else the height of the stock building that is the monument, else `defaultMonumentHeightM` (15 m). The
///   buildings that are the monument neither block nor are assessed.
/// - **Visible from the monument**: an observer at the monument's point and height looks around in
///   `azimuths` directions (1,440: every 0.25°, 2.2 m apart at 500 m) up to 500 m; a building is seen when part of
///   the top edge of its walls rises above the horizon made by the buildings before it in one direction.
/// - **Visible with it from public space**: viewpoints every `viewpointSpacingM` (10 m) within 500 m of the
///   monument, outside every footprint's outer ring (streets, squares, quays, open land; a courtyard is inside its
///   building's outer ring and is not public), at eye height `eyeHeightM` (1.6 m). A viewpoint that sees the
///   monument's top by a clear sight line looks around as above; every building it sees is co-visible.
/// - **Verdict**: co-visible when seen either way; the evidence is the first sight line found (from the monument
///   top or the viewpoint, direction and distance), or, when none, how many viewpoints saw the monument and that
///   none of them nor the monument saw the building. Directions are sampled: a building narrower than the gap
///   between two directions at its distance can be missed (0.25° is 2.2 m at 500 m, 0.4 m at 100 m).
public struct CoVisibilityAnalysis: Sendable {
    /// Default height of a monument whose height is neither given nor found in the stock, metres.
    public static let defaultMonumentHeightM = 15.0
    public static let eyeHeightM = 1.6
    public static let viewpointSpacingM = 10.0
    public static let azimuths = 1440

    /// Per monument id, per building id: the verdict (buildings within 500 m of the monument only).
    public let verdicts: [String: [String: CoVisibilityVerdict]]
    /// Per monument id: how it was seen (its height and where it came from, the public viewpoints that see it).
    public let monuments: [String: MonumentSight]

    /// How the analysis saw one monument.
    public struct MonumentSight: Sendable, Hashable, Codable {
        public var heightM: Double
        /// "heritage layer", "stock building <id>" or "default".
        public var heightSource: String
        public var viewpointsTried: Int
        public var viewpointsSeeingIt: Int
    }

    /// How many buildings the analysis was asked to decide (the others only block views).
    public let assessedBuildings: Int

    /// The analysis the abords need (`HeritageCheck.coVisibility`): the buildings `assessing` accepts (all when
    /// nil) that lie outside every SPR are decided, since inside one the abords do not apply (Code du patrimoine
    /// L.621-30, II); every building blocks views. Nil when every monument has a PDA (nothing to decide).
    public static func forAbords(stock: [Building], layers: HeritageLayers, assessing: ((String) -> Bool)? = nil,
                                 threads: Int) -> CoVisibilityAnalysis? {
        let withPDA = layers.monumentIDsWithPDA
        guard layers.monuments.contains(where: { !withPDA.contains($0.id) }) else { return nil }
        let outsideZones = stock.filter { b in
            assessing?(b.id) != false
                && !layers.zones.contains { HeritageCheck.overlaps(b.footprint.normalized(), $0.polygons) }
        }
        return CoVisibilityAnalysis(buildings: stock, layers: layers, threads: threads, only: Set(outsideZones.map(\.id)))
    }

    /// The verdict for a building and a monument, when the building lies within 500 m of it.
    public func verdict(building: String, monument: String) -> CoVisibilityVerdict? {
        verdicts[monument]?[building]
    }

    /// Runs the analysis for every monument of `layers` without a PDA.
    /// - Complexity: per monument, one sweep from its top and one per public viewpoint that sees it, each
    ///   `azimuths` rays walked through the grid until the horizon hides everything farther.
    /// - Parameter only: the ids of the buildings to decide (all when nil); every building still blocks views.
    public init(buildings: [Building], layers: HeritageLayers, threads: Int = 1, only: Set<String>? = nil) {
        let scene = PrismScene(footprints: buildings.map(\.footprint), heightsM: buildings.map(\.heightM))
        let outerRings = buildings.map { Polygon(exterior: $0.footprint.exterior) }
        let withPDA = layers.monumentIDsWithPDA
        let monuments = layers.monuments.filter { !withPDA.contains($0.id) }

        let results = ParallelChunks.map(count: monuments.count, threads: threads) { range in
            range.map { Self.analyse(monuments[$0], buildings: buildings, scene: scene, outerRings: outerRings, only: only) }
        }
        var verdicts: [String: [String: CoVisibilityVerdict]] = [:]
        var sights: [String: MonumentSight] = [:]
        for case let (id, v, s)? in results {
            verdicts[id] = v
            sights[id] = s
        }
        self.verdicts = verdicts
        self.monuments = sights
        assessedBuildings = only?.count ?? buildings.count
    }

    /// One monument: its sweep from the top, its public viewpoints and their sweeps, the verdicts.
    static func analyse(_ m: Monument, buildings: [Building], scene: PrismScene, outerRings: [Polygon], only: Set<String>?)
        -> (String, [String: CoVisibilityVerdict], MonumentSight)?
    {
        let radius = HeritageCheck.surroundingsRadiusM
        guard let at = Self.point(of: m.geometry) else { return nil }
        // The buildings that are the monument.
        var own = Set<Int>()
        for (i, b) in buildings.enumerated() where HeritageCheck.footprint(b.footprint.normalized(), isMonument: m.geometry) {
            own.insert(i)
        }
        let height: Double, source: String
        if let h = m.heightM {
            (height, source) = (h, "heritage layer")
        } else if let i = own.min() {
            (height, source) = (buildings[i].heightM, "stock building \(buildings[i].id)")
        } else {
            (height, source) = (Self.defaultMonumentHeightM, "default")
        }
        // Buildings within 500 m.
        var near: [Int] = []
        for (i, b) in buildings.enumerated()
        where !own.contains(i) && only.map({ $0.contains(b.id) }) != false && HeritageCheck.distance(b.footprint, m.geometry) <= radius {
            near.append(i)
        }
        guard !near.isEmpty else {
            return (m.id, [:], MonumentSight(heightM: height, heightSource: source, viewpointsTried: 0, viewpointsSeeingIt: 0))
        }
        let directions = PrismScene.directions(Self.azimuths)
        var stamp = [UInt32](repeating: 0, count: buildings.count), ray: UInt32 = 0
        var fromTop: [Int: (azimuth: Int, distanceM: Double)] = [:]
        scene.sweep(from: at, eyeM: height, radiusM: radius, directions: directions, ignoring: own, stamp: &stamp,
                    ray: &ray, into: &fromTop)

        // Public viewpoints that see the monument's top.
        var tried = 0
        var seeing: [Point2D] = []
        let steps = Int(radius / Self.viewpointSpacingM)
        for gy in -steps...steps {
            for gx in -steps...steps {
                let v = Point2D(x: at.x + Double(gx) * Self.viewpointSpacingM, y: at.y + Double(gy) * Self.viewpointSpacingM)
                guard hypot(v.x - at.x, v.y - at.y) <= radius else { continue }
                if Self.isBuilt(v, scene: scene, rings: outerRings) { continue }
                tried += 1
                if scene.isClear(from: v, Self.eyeHeightM, to: at, height, ignoring: own) { seeing.append(v) }
            }
        }
        var together: [Int: (viewpoint: Point2D, azimuth: Int, distanceM: Double)] = [:]
        var seenFromV: [Int: (azimuth: Int, distanceM: Double)] = [:]
        var undecided = Set(near.filter { fromTop[$0] == nil })
        for v in seeing where !undecided.isEmpty {
            seenFromV.removeAll(keepingCapacity: true)
            scene.sweep(from: v, eyeM: Self.eyeHeightM, radiusM: radius, directions: directions, ignoring: own,
                        stamp: &stamp, ray: &ray, into: &seenFromV)
            for (i, s) in seenFromV where together[i] == nil {
                together[i] = (v, s.azimuth, s.distanceM)
                undecided.remove(i)
            }
        }

        var out: [String: CoVisibilityVerdict] = [:]
        for i in near {
            let id = buildings[i].id
            if let s = fromTop[i] {
                out[id] = CoVisibilityVerdict(
                    monumentID: m.id, monumentName: m.name, kind: .visibleFromMonument, viewpoint: at,
                    viewpointHeightM: height, azimuthDeg: Self.degrees(s.azimuth), sightDistanceM: Self.round1(s.distanceM))
            } else if let s = together[i] {
                out[id] = CoVisibilityVerdict(
                    monumentID: m.id, monumentName: m.name, kind: .visibleTogether, viewpoint: s.viewpoint,
                    viewpointHeightM: Self.eyeHeightM, azimuthDeg: Self.degrees(s.azimuth),
                    sightDistanceM: Self.round1(s.distanceM))
            } else {
                out[id] = CoVisibilityVerdict(
                    monumentID: m.id, monumentName: m.name, kind: .notCoVisible, viewpoint: nil, viewpointHeightM: nil,
                    azimuthDeg: nil, sightDistanceM: nil, publicViewpointsSeeingMonument: seeing.count)
            }
        }
        return (m.id, out, MonumentSight(heightM: height, heightSource: source, viewpointsTried: tried,
                                         viewpointsSeeingIt: seeing.count))
    }

    static func point(of g: FeatureGeometry) -> Point2D? {
        switch g {
        case .point(let p): p
        case .polygon(let p): p.centroid
        case .multiPolygon(let ps): ps.max { $0.areaM2 < $1.areaM2 }?.centroid
        case .lineString(let l): l.isEmpty ? nil : l[l.count / 2]
        }
    }

    /// Whether a point lies inside some footprint's outer ring (a building or its courtyard).
    static func isBuilt(_ p: Point2D, scene: PrismScene, rings: [Polygon]) -> Bool {
        scene.prisms(near: p).contains { rings[Int($0)].contains(p) }
    }

    static func degrees(_ azimuth: Int) -> Double { Double(azimuth) * 360 / Double(azimuths) }
    static func round1(_ x: Double) -> Double { (x * 10).rounded() / 10 }
}

/// Whether one building is co-visible with one monument, and the evidence.
public struct CoVisibilityVerdict: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case visibleFromMonument = "visible-from-monument"
        case visibleTogether = "visible-together"
        case notCoVisible = "not-co-visible"
    }

    public var monumentID: String
    public var monumentName: String
    public var kind: Kind
    /// Where the sight line starts: the monument's point, or the public viewpoint (Lambert-93 metres).
    public var viewpoint: Point2D?
    public var viewpointHeightM: Double?
    /// Direction of the sight line from the viewpoint, degrees clockwise from grid north.
    public var azimuthDeg: Double?
    /// Distance along it to the building's wall, metres.
    public var sightDistanceM: Double?
    /// For a building not co-visible: how many public viewpoints saw the monument (none of which sees the building).
    public var publicViewpointsSeeingMonument: Int?

    public var isCoVisible: Bool { kind != .notCoVisible }

    /// The evidence in words (English).
    public var evidence: String { evidence(.english) }

    /// The evidence in the words of a message table.
    public func evidence(_ w: HeritageMessages) -> String {
        func at(_ p: Point2D) -> String { "(\(Int(p.x.rounded())), \(Int(p.y.rounded())))" }
        let az = azimuthDeg.map { String(format: "%.2f", $0) } ?? "?"
        let d = sightDistanceM.map { String(format: "%.1f", $0) } ?? "?"
        switch kind {
        case .visibleFromMonument:
            return w.seenFromTop(monumentName, viewpointHeightM.map { String(format: "%.1f", $0) } ?? "?", az, d)
        case .visibleTogether:
            return w.seenTogether(monumentName, viewpoint.map(at) ?? "?", az, d)
        case .notCoVisible:
            return w.noSightLine(monumentName, publicViewpointsSeeingMonument ?? 0)
        }
    }
}
