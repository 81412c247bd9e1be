/// §7 — the inertia class of the dwelling, from which of its low floors, high floors and vertical walls are heavy.
public struct InertiaInput: Sendable, Hashable, Codable {
    public var heavyLowFloor: Bool
    public var heavyHighFloor: Bool
    public var heavyWalls: Bool
    /// The class recorded by the diagnostician (`enum_classe_inertie_id`), when given.
    public var recordedClassId: Int?

    public init(heavyLowFloor: Bool, heavyHighFloor: Bool, heavyWalls: Bool, recordedClassId: Int? = nil) {
        self.heavyLowFloor = heavyLowFloor
        self.heavyHighFloor = heavyHighFloor
        self.heavyWalls = heavyWalls
        self.recordedClassId = recordedClassId
    }
}

public enum Inertia {
    /// §7: the ADEME `enum_classe_inertie_id` from the heavy elements: all three heavy → 1 (très lourde), two → 2
    /// (lourde), one → 3 (moyenne), none → 4 (légère).
    public static func classId(_ i: InertiaInput) -> Int {
        let heavy = [i.heavyLowFloor, i.heavyHighFloor, i.heavyWalls].filter { $0 }.count
        return 4 - heavy
    }
}
