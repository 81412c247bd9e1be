import Foundation

/// District-level figures of a façade analysis: how much of the walls are party walls, what is exposed.
public struct FacadeStatistics: Sendable, Hashable {
    /// Total wall length (all footprint edges), metres.
    public var wallLengthM: Double
    /// Length of wall shared with a neighbour, metres.
    public var partyWallLengthM: Double
    public var exposedWallAreaM2: Double
    public var partyWallAreaM2: Double
    /// Exposed wall area facing a courtyard, m².
    public var courtyardExposedAreaM2: Double

    public init(_ facades: [BuildingFacades]) {
        var length = 0.0, party = 0.0, exposed = 0.0, partyArea = 0.0, courtyard = 0.0
        for b in facades {
            for s in b.segments {
                length += s.lengthM
                party += s.lengthM * s.partyWallShare
                exposed += s.exposedAreaM2
                partyArea += s.partyWallAreaM2
                if s.context == .courtyard { courtyard += s.exposedAreaM2 }
            }
        }
        wallLengthM = length
        partyWallLengthM = party
        exposedWallAreaM2 = exposed
        partyWallAreaM2 = partyArea
        courtyardExposedAreaM2 = courtyard
    }

    /// Share of the wall length that is party wall (0–1).
    public var partyWallLengthShare: Double { wallLengthM > 0 ? partyWallLengthM / wallLengthM : 0 }
    /// Share of the wall area that is party wall (0–1).
    public var partyWallAreaShare: Double {
        let total = exposedWallAreaM2 + partyWallAreaM2
        return total > 0 ? partyWallAreaM2 / total : 0
    }

    /// One line for a terminal.
    public var summary: String {
        func pct(_ x: Double) -> String { String(format: "%.1f %%", x * 100) }
        return "party walls \(pct(partyWallLengthShare)) of wall length, \(pct(partyWallAreaShare)) of wall area"
    }
}
