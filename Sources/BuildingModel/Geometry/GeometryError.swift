/// Errors of the geometry layer: a GEOS call that failed, or a footprint that cannot be used or repaired.
///
/// Each case says which building, which ring and what was found, so a user can fix the source data.
public enum GeometryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `GEOS_init_r` returned no context.
    case contextCreationFailed
    /// A GEOS function failed; `message` is what GEOS reported through its error handler (may be empty).
    case geosFailure(function: String, message: String)
    /// A GEOS geometry of an unexpected type where `expected` was needed.
    case unexpectedGeometryType(function: String, found: Int, expected: String)
    /// A ring with fewer than 4 points (3 distinct vertices + closing point) after removing duplicates.
    case tooFewPoints(buildingID: String, ring: RingName, pointCount: Int)
    /// A coordinate that is NaN or infinite.
    case nonFiniteCoordinate(buildingID: String, ring: RingName, pointIndex: Int)
    /// The footprint is invalid and `GEOSMakeValid_r` left no polygonal area (e.g. all points collinear).
    case collapsed(buildingID: String, reason: String)

    /// Which ring of a polygon a problem is in.
    public enum RingName: Sendable, Hashable, CustomStringConvertible {
        case exterior
        case hole(Int)

        public var description: String {
            switch self {
            case .exterior: "exterior ring"
            case .hole(let i): "hole \(i)"
            }
        }
    }

    public var description: String {
        switch self {
        case .contextCreationFailed:
            "GEOS: GEOS_init_r failed to create a context"
        case .geosFailure(let function, let message):
            "GEOS: \(function) failed" + (message.isEmpty ? "" : ": \(message)")
        case .unexpectedGeometryType(let function, let found, let expected):
            "GEOS: \(function) returned geometry type id \(found), expected \(expected)"
        case .tooFewPoints(let id, let ring, let count):
            "building \"\(id)\": \(ring) has \(count) points after removing duplicates, "
                + "expected at least 4 (3 distinct vertices and the closing point)"
        case .nonFiniteCoordinate(let id, let ring, let index):
            "building \"\(id)\": \(ring), point \(index) is not a finite number"
        case .collapsed(let id, let reason):
            "building \"\(id)\": invalid footprint (\(reason)) has no area left after GEOSMakeValid_r"
        }
    }
}
