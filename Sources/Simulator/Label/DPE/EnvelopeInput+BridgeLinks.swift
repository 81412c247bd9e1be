import ThreeCL

/// Thermal bridges (§3.4) follow the elements a scenario insulates: a bridge joined to an edited wall or floor
/// drops its cited `pont_thermique` row so that k is selected again from the new insulation types.
///
/// A bridge names its elements by `reference_1` / `reference_2`; files without them (older schemas) describe the
/// junction as "Mur  1 Nord, Est / Fenêtre  1 Nord": the two halves are matched with the head of the elements'
/// descriptions ("Mur  1 Nord, Est - Mur en pierre…"), when each names exactly one element.
extension EnvelopeInput {
    /// Re-selects the rows of the bridges joined to the given walls, low floors and high floors (indices).
    /// - Returns: notes on bridges that keep their recorded k.
    /// - Complexity: O(bridges × elements).
    mutating func reselectBridges(walls: [Int] = [], lowFloors: [Int] = [], highFloors: [Int] = []) -> [String] {
        guard !thermalBridges.isEmpty else { return [] }
        nameUnreferencedElements()
        linkBridgesByDescription()
        let wallRefs = Set(walls.compactMap { self.walls[$0].reference })
        let floorRefs = Set(lowFloors.compactMap { self.lowFloors[$0].reference })
            .union(highFloors.compactMap { self.highFloors[$0].reference })
        var unnamed = 0, undescribed = 0
        for i in thermalBridges.indices {
            let t = thermalBridges[i]
            guard t.kMethodId == 1 || t.enteredK == nil else { continue }  // k entered: kept
            guard t.wallReference != nil else {
                unnamed += 1
                continue
            }
            let joinsEdited = t.wallReference.map(wallRefs.contains) == true
                || t.otherReference.map(floorRefs.contains) == true
            guard joinsEdited else { continue }
            let c = bridgeContext(t)
            let needsFloor = t.junctionTypeId == 1 || t.junctionTypeId == 3
            let needsOpening = t.junctionTypeId == 5
            guard c.wallInsulationTypeId != nil, !needsFloor || c.floorInsulationTypeId != nil else {
                unnamed += 1
                continue
            }
            guard !needsOpening || c.poseTypeId != nil else {
                undescribed += 1
                continue
            }
            thermalBridges[i].kRowId = nil
        }
        var notes: [String] = []
        if unnamed > 0 {
            notes.append("\(unnamed) thermal bridge(s) keep their recorded k: the elements they join are not named in the DPE")
        }
        if undescribed > 0 {
            notes.append("\(undescribed) window or door thermal bridge(s) keep their recorded k: the opening's fitting "
                + "(enum_type_pose_id) is not recorded")
        }
        return notes
    }

    /// Gives the walls, floors, windows and doors without a `reference` one of their own ("renovate:mur[1]"), so
    /// that bridges linked by description can name them.
    mutating func nameUnreferencedElements() {
        for i in walls.indices where walls[i].reference == nil { walls[i].reference = "renovate:mur[\(i + 1)]" }
        for i in lowFloors.indices where lowFloors[i].reference == nil {
            lowFloors[i].reference = "renovate:plancher_bas[\(i + 1)]"
        }
        for i in highFloors.indices where highFloors[i].reference == nil {
            highFloors[i].reference = "renovate:plancher_haut[\(i + 1)]"
        }
        for i in windows.indices where windows[i].reference == nil { windows[i].reference = "renovate:baie[\(i + 1)]" }
        for i in doors.indices where doors[i].reference == nil { doors[i].reference = "renovate:porte[\(i + 1)]" }
    }

    /// Fills the missing references of bridges described as "wall / other element".
    mutating func linkBridgesByDescription() {
        func unique<T>(_ items: [T], _ description: (T) -> String, _ reference: (T) -> String?, _ key: String) -> String? {
            let hits = items.filter { DPEElementName.key(DPEElementName.of(description($0), kind: "", index: 0)) == key }
            return hits.count == 1 ? reference(hits[0]) : nil
        }
        for i in thermalBridges.indices where thermalBridges[i].wallReference == nil {
            let parts = thermalBridges[i].description.components(separatedBy: " / ")
            guard parts.count == 2 else { continue }
            let wallKey = DPEElementName.key(parts[0])
            let otherKey = DPEElementName.key(parts[1])
            guard let wall = unique(walls, \.description, \.reference, wallKey) else { continue }
            thermalBridges[i].wallReference = wall
            if thermalBridges[i].otherReference == nil {
                thermalBridges[i].otherReference = unique(lowFloors, \.description, \.reference, otherKey)
                    ?? unique(highFloors, \.description, \.reference, otherKey)
                    ?? unique(windows, \.description, \.reference, otherKey)
                    ?? unique(doors, \.description, \.reference, otherKey)
            }
        }
    }

    /// Marks the windows and doors joined (by a window/wall bridge) to the given walls as having the insulation
    /// returned into their reveals, as wall insulation works do; the bridges' k follows (§3.4). Bridges that keep
    /// their cited row are not affected.
    /// - Returns: the number of openings marked.
    mutating func returnInsulationIntoReveals(walls touched: [Int]) -> Int {
        let wallRefs = Set(touched.compactMap { walls[$0].reference })
        let openings = Set(thermalBridges.filter {
            $0.junctionTypeId == 5 && $0.kRowId == nil && $0.wallReference.map(wallRefs.contains) == true
        }.compactMap(\.otherReference))
        var marked = 0
        for i in windows.indices where windows[i].reference.map(openings.contains) == true && windows[i].insulationReturn != true {
            windows[i].insulationReturn = true
            marked += 1
        }
        for i in doors.indices where doors[i].reference.map(openings.contains) == true && doors[i].insulationReturn != true {
            doors[i].insulationReturn = true
            marked += 1
        }
        return marked
    }
}
