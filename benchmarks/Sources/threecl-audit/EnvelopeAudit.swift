import ThreeCL

/// Compares the engine's chapter with the values the certified software recorded.
enum EnvelopeAudit {
    static func run(_ documents: [ADEMEDocument]) throws {
        print("\(documents.count) documents read; Envelope audit not written yet")
    }
}
