/// A building of the stock that was not simulated (its feature or footprint was rejected), with why.
public struct RejectedBuilding: Sendable, Hashable {
    public var id: String
    public var reason: String

    public init(id: String, reason: String) {
        self.id = id
        self.reason = reason
    }
}
