import BuildingModel

/// The heritage verdict on one measure kind on one façade (or on the building, for measures not bound to a façade).
///
/// TODO(lead): map the heritage helper's verdict type onto this one (or replace it) when HeritageCheck merges.
public enum HeritageVerdict: Sendable, Hashable {
    case allowed
    /// Allowed subject to conditions; reported as "needs ABF approval".
    case conditional([String])
    case forbidden(String)

    /// Ordering for "best verdict": allowed (0) < conditional (1) < forbidden (2).
    var rank: Int {
        switch self {
        case .allowed: 0
        case .conditional: 1
        case .forbidden: 2
        }
    }
}

/// Gives the heritage verdict of a measure kind on a façade (`nil`: the building as a whole).
public protocol HeritageVerdictProvider: Sendable {
    func verdict(measureKind: String, facade: FacadeSegment?) -> HeritageVerdict
}

/// A verdict provider from a closure (tests, or an adapter over the real HeritageCheck).
public struct ClosureVerdictProvider: HeritageVerdictProvider {
    let body: @Sendable (String, FacadeSegment?) -> HeritageVerdict
    public init(_ body: @escaping @Sendable (String, FacadeSegment?) -> HeritageVerdict) { self.body = body }
    public func verdict(measureKind: String, facade: FacadeSegment?) -> HeritageVerdict { body(measureKind, facade) }
}

/// Every measure allowed everywhere (an unprotected building).
public struct AllowEverything: HeritageVerdictProvider {
    public init() {}
    public func verdict(measureKind: String, facade: FacadeSegment?) -> HeritageVerdict { .allowed }
}
