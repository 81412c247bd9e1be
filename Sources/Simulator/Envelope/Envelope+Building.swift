import BuildingModel

extension Envelope {
    /// Derives the envelope of a building from its attributes and its façade analysis.
    ///
    /// - Storeys: `building.storeys` of equal height `building.storeyHeightM`; reference area per storey =
    ///   footprint area − the walls' own footprint (exposed length × thickness + party length × half the thickness:
    ///   a party wall is shared with the neighbour), never below 50 % of the footprint;
    ///   the source's habitable area shared equally between the storeys when it gives one, within 50–100 % of the
    ///   footprint (a smaller floor under the same façades is a building partly not housing, whose zone the hourly
    ///   model cannot hold: ISO 13790 needs the mass area to exceed the opaque conductance).
    /// - Façades: every exposed segment; its exposed area is split by storey from the segment's free length
    ///   (full height) and shared length (only above the neighbour's height), then scaled so the storeys add up to
    ///   the segment's `exposedAreaM2`.
    /// - Ground floor: the reference area; on the ground (the default) or over a cellar as the building says (its
    ///   exposed perimeter for EN ISO 13370 follows from the façades: `groundFloorExposedPerimeterM`).
    /// - Air leakage: the building's Q4Pa when the source gives it, else the 3CL default of its period.
    /// - U-values, windows, systems: `EnvelopeDefaults` and `HeatingSpec.defaults`.
    public init(building b: Building, facades f: BuildingFacades) {
        let n = max(b.storeys, 1)
        let h = b.storeyHeightM
        let footprint = b.footprint.areaM2
        // The building owns the whole thickness of its exposed walls and half of each party wall.
        let exposedPerimeter = f.segments.reduce(0) { $0 + $1.lengthM * (1 - $1.partyWallShare) }
        let partyPerimeter = f.segments.reduce(0) { $0 + $1.lengthM * $1.partyWallShare }
        let wallFootprint = (exposedPerimeter + partyPerimeter / 2) * b.wallThicknessM
        let reference = b.habitableAreaM2.map { min(max($0 / Double(n), footprint * 0.5), footprint) }
            ?? max(footprint - wallFootprint, footprint * 0.5)
        let storeys = (0..<n).map { i in
            StoreyGeometry(index: i, bottomM: Double(i) * h, heightM: h, grossFloorAreaM2: footprint,
                           referenceAreaM2: reference, isOnGround: i == 0, isUnderRoof: i == n - 1)
        }
        let wallU = EnvelopeDefaults.wallUValueWPerM2K(material: b.wallMaterial, thicknessM: b.wallThicknessM)
        let window = EnvelopeDefaults.window(b.windows)
        let elements = f.segments.filter(\.isExposed).map { seg -> FacadeElement in
            let free = seg.lengthM * (1 - seg.partyWallShare)
            let shared = seg.lengthM * seg.partyWallShare
            let neighbour = seg.neighbourHeightM ?? 0
            var split = storeys.map { st -> Double in
                let top = st.bottomM + st.heightM
                return free * st.heightM + shared * max(0, top - max(st.bottomM, neighbour))
            }
            let sum = split.reduce(0, +)
            split = sum > 0 ? split.map { $0 * seg.exposedAreaM2 / sum }
                            : Array(repeating: seg.exposedAreaM2 / Double(n), count: n)
            return FacadeElement(
                segmentIndex: seg.index, azimuthDeg: seg.azimuthDeg, context: seg.context,
                horizonAngleDeg: seg.horizonAngleDeg, storeyGrossAreaM2: split,
                windowToWallRatio: min(max(b.windowToWallRatio, 0), 0.9),
                wall: OpaqueElement(baseUValueWPerM2K: wallU), windows: window)
        }
        let roof = EnvelopeDefaults.roof(b.roof)
        let heating = HeatingSpec.defaults(for: b.heating)
        self.init(
            buildingID: b.id, wallMaterial: b.wallMaterial, wallThicknessM: b.wallThicknessM, storeys: storeys,
            facades: elements, roof: OpaqueElement(baseUValueWPerM2K: roof.uValueWPerM2K), roofAreaM2: f.roofAreaM2,
            roofAdjacencyFactor: roof.adjacencyFactor,
            groundFloor: OpaqueElement(baseUValueWPerM2K: EnvelopeDefaults.groundFloorUValueWPerM2K),
            groundFloorAreaM2: reference, groundFloorAdjacencyFactor: EnvelopeDefaults.groundFloorAdjacencyFactor,
            partyWallAreaM2: f.partyWallAreaM2,
            q4PaM3PerHM2: b.airPermeabilityQ4PaM3PerHM2
                ?? EnvelopeDefaults.q4PaM3PerHM2(period: b.period, dwellings: b.dwellings),
            ventilation: .naturalDefault, heating: heating, hotWater: .defaults(for: heating, system: b.hotWater),
            cooling: nil,
            dwellings: max(b.dwellings, 1), groundFloorKind: b.groundFloor)
    }
}
