extension Measure {
    /// Areas a measure touched when applied, m² (for the cost model).
    public struct Footprint: Sendable, Hashable {
        public var wallAreaM2: Double = 0
        public var windowAreaM2: Double = 0
        public var roofAreaM2: Double = 0
        public var floorAreaM2: Double = 0
        public var facadeCount: Int = 0

        public func areaM2(of element: CostElement?, habitableAreaM2: Double) -> Double {
            switch element {
            case .wall: wallAreaM2
            case .window: windowAreaM2
            case .roof: roofAreaM2
            case .floor: floorAreaM2
            case .habitable: habitableAreaM2
            case nil: 0
            }
        }
    }

    /// Applies the measure to an envelope.
    /// - Parameter facadeSegments: indices (`FacadeElement.segmentIndex`) of the façades the measure is applied to:
    ///   their wall and window effects are applied and their opaque and window areas counted in the footprint
    ///   (a draught-proofing measure costs per m² of the windows it treats); the building-wide effects (roof,
    ///   floor, air, systems) ignore it.
    /// - Returns: the areas touched.
    @discardableResult
    public func apply(to env: inout Envelope, facadeSegments: Set<Int>) -> Footprint {
        var fp = Footprint()
        let e = effects
        for i in env.facades.indices where facadeSegments.contains(env.facades[i].segmentIndex) {
            var f = env.facades[i]
            fp.facadeCount += 1
            fp.wallAreaM2 += f.opaqueAreaM2
            fp.windowAreaM2 += f.windowAreaM2
            if let u = e.wallUValueWPerM2K { f.wall = OpaqueElement(baseUValueWPerM2K: u) }
            if let r = e.wallAddedResistanceM2KPerW {
                f.wall.layers.append(InsulationLayer(side: e.wallSide ?? .external, addedResistanceM2KPerW: r,
                                                     insulant: insulant, measureID: id))
            }
            if let u = e.windowUwWPerM2K { f.windows.uwWPerM2K = u }
            if let g = e.windowGValue { f.windows.gValue = g }
            if let ff = e.windowFrameFraction { f.windows.frameFraction = ff }
            if e.addsShutters { f.windows.hasShutters = true }
            env.facades[i] = f
        }
        if let u = e.roofUValueWPerM2K { env.roof = OpaqueElement(baseUValueWPerM2K: u) }
        if let r = e.roofAddedResistanceM2KPerW {
            env.roof.layers.append(InsulationLayer(side: .internal, addedResistanceM2KPerW: r, insulant: insulant,
                                                   measureID: id))
        }
        if e.roofUValueWPerM2K != nil || e.roofAddedResistanceM2KPerW != nil { fp.roofAreaM2 = env.roofAreaM2 }
        if let u = e.floorUValueWPerM2K { env.groundFloor = OpaqueElement(baseUValueWPerM2K: u) }
        if let r = e.floorAddedResistanceM2KPerW {
            env.groundFloor.layers.append(InsulationLayer(side: .internal, addedResistanceM2KPerW: r,
                                                          insulant: insulant, measureID: id))
        }
        if e.floorUValueWPerM2K != nil || e.floorAddedResistanceM2KPerW != nil { fp.floorAreaM2 = env.groundFloorAreaM2 }
        if let q = e.q4PaM3PerHM2 { env.q4PaM3PerHM2 = min(env.q4PaM3PerHM2, q) }
        if let v = e.ventilation { env.ventilation = v }
        if let h = e.heating {
            env.heating = h
            env.hotWater = .defaults(for: h)
        }
        return fp
    }
}
