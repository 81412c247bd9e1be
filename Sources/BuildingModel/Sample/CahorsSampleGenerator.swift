/// Generates the synthetic Cahors-style historic district of issue 7: ≈ 2,100 terraced buildings on ≈ 33 ha
/// between the boulevard Gambetta and the Lot, in Lambert-93 (EPSG:2154).
///
/// Deterministic: the same seed (and target) gives the same stock, value for value, on every platform — the
/// generator draws from `SplitMix64` and uses only `+ − × ÷`, `squareRoot()` and rounding, all exactly rounded
/// by IEEE 754 (no `sin`, `cos` or `exp`, whose last bit may differ between C libraries).
///
/// The footprints are SYNTHETIC: a plausible street grid and plot pattern, not the real cadastre. Only the
/// placement (around the real cathedral Saint-Étienne) is real. See `docs/sample-cahors.md`.
///
/// ```swift
/// let stock = CahorsSampleGenerator(seed: 1972).generate()          // ≈ 2,100 buildings
/// let big = CahorsSampleGenerator(seed: 1, targetBuildings: 10_000).generate()  // exactly 10,000, for benchmarks
/// ```
public struct CahorsSampleGenerator: Sendable {
    /// The seed of the shipped sample (the year the secteur sauvegardé was created).
    public static let defaultSeed: UInt64 = 1972
    /// Version of the generation rules: bump it whenever the same seed would give a different stock.
    public static let version = 1
    /// The `last_change` written into generated GeoPackages, so that the same seed gives the same bytes.
    public static let fixedTimestamp = "2026-01-01T00:00:00.000Z"

    public var seed: UInt64
    /// Exact number of buildings wanted (a scaled stock that continues north of the real district), or nil for
    /// the district as it is (≈ 2,100 buildings).
    public var targetBuildings: Int?
    public var district: CahorsDistrict

    public init(seed: UInt64 = defaultSeed, targetBuildings: Int? = nil, district: CahorsDistrict = .cahors) {
        precondition(targetBuildings.map { $0 >= 1 } ?? true, "targetBuildings must be at least 1")
        self.seed = seed
        self.targetBuildings = targetBuildings
        self.district = district
    }

    /// The stock alone.
    /// - Complexity: O(n) in the number of buildings (O(k²) per block of k plots, k ≈ 20).
    public func generate() -> Stock { generateSample().stock }

    /// The stock with the frame it was generated in (outline, river, metadata).
    /// - Complexity: O(n) in the number of buildings.
    public func generateSample() -> CahorsSample {
        let grid = StreetGrid(district: district, seed: seed)
        var shapes: [BlockSubdivision.Shape] = []
        var south = grid.cross(0, previous: nil, northLimit: targetBuildings == nil)
        var row = 0
        while true {
            let north = grid.cross(row + 1, previous: south, northLimit: targetBuildings == nil)
            for block in grid.blocks(row: row, south: south, north: north) {
                for shape in BlockSubdivision.shapes(of: block, seed: seed) where !isReserved(shape.ring) {
                    shapes.append(shape)
                }
            }
            south = north
            row += 1
            if let target = targetBuildings {
                if shapes.count >= target { break }
            } else if north.isLimit {
                break
            }
        }
        if let target = targetBuildings, shapes.count > target { shapes.removeLast(shapes.count - target) }

        var rng = SplitMix64.derived(seed: seed, key: 3)
        let width = max(4, String(shapes.count).count)
        var buildings: [Building] = []
        buildings.reserveCapacity(shapes.count)
        for (k, shape) in shapes.enumerated() {
            let number = String(k + 1)
            let id = "CAH-" + String(repeating: "0", count: width - number.count) + number
            buildings.append(CahorsAttributeModel.building(id: id, shape: shape, rng: &rng))
        }
        var maxY = district.northY
        for b in buildings { maxY = max(maxY, b.footprint.bounds.maxY) }
        let northY = targetBuildings == nil ? district.northY : (maxY + 1).rounded(.up)
        return CahorsSample(
            stock: Stock(buildings: buildings, epsg: 2154), seed: seed, district: district, northY: northY,
            buildingsWithYard: shapes.reduce(0) { $0 + ($1.hasYard ? 1 : 0) },
            buildingsWithDigitisingGap: shapes.reduce(0) { $0 + ($1.hasDigitisingGap ? 1 : 0) })
    }

    /// Whether a footprint's bounding box meets a reserved site.
    private func isReserved(_ ring: [Point2D]) -> Bool {
        let b = Polygon(exterior: ring).bounds
        return district.reservedSites.contains { s in
            b.minX < s.maxX && b.maxX > s.minX && b.minY < s.maxY && b.maxY > s.minY
        }
    }
}
