import ThreeCL

/// Compares the engine's chapter with the values the certified software recorded.
enum HeatingAudit {
    static func run(_ documents: [ADEMEDocument]) throws {
        print("\(documents.count) documents read; Heating audit not written yet")
    }
}
