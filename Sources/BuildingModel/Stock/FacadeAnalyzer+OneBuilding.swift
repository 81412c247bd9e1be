extension FacadeAnalyzer {
    /// Buildings whose box lies within this distance of the checked building take part in its analysis: enough
    /// for the party walls, the obstruction ray (`FacadeOptions.obstructionRangeM`) and the block it belongs to
    /// (courtyards are the enclosed holes of a block of touching buildings, which may run past the street).
    public static let oneBuildingWindowM = 250.0

    /// The façades of one building, analysed with the buildings around it (not the whole stock).
    /// - Returns: nil when the building was rejected by the footprint checks (see the diagnostics).
    /// - Complexity: O(n) to select the neighbourhood, then the analysis of that neighbourhood.
    public static func analyze(
        buildingID: String, in buildings: [Building], options: FacadeOptions = FacadeOptions()
    ) -> (facades: BuildingFacades?, diagnostics: [GeometryDiagnostic]) {
        guard let target = buildings.first(where: { $0.id == buildingID }) else { return (nil, []) }
        let t = target.footprint.bounds
        let w = max(oneBuildingWindowM, options.obstructionRangeM)
        let near = buildings.filter { b in
            let bb = b.footprint.bounds
            return bb.maxX >= t.minX - w && bb.minX <= t.maxX + w && bb.maxY >= t.minY - w && bb.minY <= t.maxY + w
        }
        let analysis = analyze(near, options: options, threads: 1)
        return (analysis.facades.first { $0.buildingID == buildingID },
                analysis.diagnostics.filter { $0.buildingID == buildingID })
    }
}
