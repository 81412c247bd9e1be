import BuildingModel

extension Envelope {
    /// The envelope of storey `k` alone, as the flats of that storey see it: its share of every façade and of the
    /// party walls, the roof when it is the top storey, the ground floor when it is the bottom one (the storeys
    /// above and below are heated dwellings: no loss), and the building's dwellings shared equally between the
    /// storeys. What a flat's DPE describes, where a building's describes all storeys at once.
    public func storey(_ k: Int) -> Envelope {
        precondition(storeys.indices.contains(k), "storey \(k) of \(storeys.count)")
        var e = self
        let s = storeys[k]
        e.storeys = [StoreyGeometry(index: 0, bottomM: s.bottomM, heightM: s.heightM, grossFloorAreaM2: s.grossFloorAreaM2,
                                    referenceAreaM2: s.referenceAreaM2, isOnGround: s.isOnGround,
                                    isUnderRoof: s.isUnderRoof)]
        e.facades = facades.map { f in
            var g = f
            g.storeyGrossAreaM2 = [f.storeyGrossAreaM2[k]]
            return g
        }
        if !s.isUnderRoof { e.roofAreaM2 = 0 }
        if !s.isOnGround { e.groundFloorAreaM2 = 0 }
        e.partyWallAreaM2 = partyWallAreaM2 / Double(storeys.count)
        e.dwellings = max(1, Int((Double(dwellings) / Double(storeys.count)).rounded()))
        return e
    }
}
