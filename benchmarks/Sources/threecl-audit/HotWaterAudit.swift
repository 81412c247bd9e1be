import ThreeCL

/// Compares the engine's chapter with the values the certified software recorded.
enum HotWaterAudit {
    static func run(_ documents: [ADEMEDocument]) throws {
        print("\(documents.count) documents read; HotWater audit not written yet")
    }
}
