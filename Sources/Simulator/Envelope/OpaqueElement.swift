/// An opaque element (wall, roof, floor) as a base U-value plus added layers.
///
/// U after works = 1 / (1/U₀ + ΣRᵢ) (EN ISO 6946: resistances in series add); a measure may also set U directly
/// (replacement), which resets the base and clears the layers.
public struct OpaqueElement: Sendable, Hashable, Codable {
    /// U-value of the element before any added layer, W/(m²·K).
    public var baseUValueWPerM2K: Double
    public var layers: [InsulationLayer]

    public init(baseUValueWPerM2K: Double, layers: [InsulationLayer] = []) {
        self.baseUValueWPerM2K = baseUValueWPerM2K
        self.layers = layers
    }

    /// U-value with the added layers, W/(m²·K).
    public var uValueWPerM2K: Double {
        let r = layers.reduce(1 / baseUValueWPerM2K) { $0 + $1.addedResistanceM2KPerW }
        return 1 / r
    }
}
