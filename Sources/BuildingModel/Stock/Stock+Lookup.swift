extension Stock {
    /// The building with this id; an unknown id throws `HeritageError.unknownBuilding` with the closest ids.
    /// - Complexity: O(n) lookup; O(n·k²) for the suggestions when the id is unknown.
    public func building(id: String) throws -> Building {
        if let b = buildings.first(where: { $0.id == id }) { return b }
        throw HeritageError.unknownBuilding(id: id, closest: NameSuggestions.closest(to: id, in: buildings.map(\.id)))
    }
}
