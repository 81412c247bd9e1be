/// Shares of attribute values in a stock (by building count), keyed as in
/// `CahorsAttributeModel.documentedShareRanges`: "period before-1915", "wall stone-rubble", "heating gas-boiler",
/// "storeys 4", "vacant"…
public struct StockShares: Sendable, CustomStringConvertible {
    public let buildingCount: Int
    /// Count of buildings per key.
    public let counts: [String: Int]
    /// Dwellings in all buildings, and in vacant buildings.
    public let dwellings: Int
    public let vacantDwellings: Int

    /// - Complexity: O(n) in the number of buildings.
    public init(_ stock: Stock) {
        var counts: [String: Int] = [:]
        var dwellings = 0, vacantDwellings = 0
        for b in stock.buildings {
            counts["period \(b.period.rawValue)", default: 0] += 1
            counts["wall \(b.wallMaterial.rawValue)", default: 0] += 1
            counts["roof \(b.roof.rawValue)", default: 0] += 1
            counts["windows \(b.windows.rawValue)", default: 0] += 1
            counts["heating \(b.heating.rawValue)", default: 0] += 1
            counts["storeys \(b.storeys)", default: 0] += 1
            if b.isVacant {
                counts["vacant", default: 0] += 1
                vacantDwellings += b.dwellings
            }
            dwellings += b.dwellings
        }
        self.buildingCount = stock.buildings.count
        self.counts = counts
        self.dwellings = dwellings
        self.vacantDwellings = vacantDwellings
    }

    /// Share of buildings with this key (0 when none).
    public func share(_ key: String) -> Double {
        buildingCount == 0 ? 0 : Double(counts[key] ?? 0) / Double(buildingCount)
    }

    /// One line per key, sorted: `key  count  share %`.
    public var description: String {
        counts.keys.sorted().map { key in
            let pct = (share(key) * 1000).rounded() / 10
            let pad = String(repeating: " ", count: max(1, 28 - key.count))
            return "\(key)\(pad)\(counts[key] ?? 0)\t\(pct) %"
        }.joined(separator: "\n")
    }
}
