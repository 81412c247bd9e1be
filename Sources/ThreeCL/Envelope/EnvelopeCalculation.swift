/// §3 to §7 together: the losses of every element, the air renewal, GV, the south-equivalent area per month, the
/// inertia class and the ventilation fans' electricity.
///
/// Symbols (units):
/// - b: reduction coefficient of an element's adjacency (§3.1), between 0 and 1.
/// - U0, U: heat transmission coefficient of an element bare and as it is, W/(m²·K); Ue for floors on the ground.
/// - k: linear transmission coefficient of a thermal bridge, W/(m·K); l its length, m.
/// - DP = Σ S × U × b + Σ k × l: transmission losses, W/K; Hvent, Hperm: air renewal losses (§4), W/K;
///   GV = DP + Hvent + Hperm (`deperdition_enveloppe`), W/K.
/// - Sdep: losing area of walls, high floors, windows and doors (b ≠ 0), m², for Hperm.
/// - Sse_j: south-equivalent area of month j (§6.2), m².
public struct EnvelopeElementResult: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case wall, lowFloor, highFloor, window, door, thermalBridge
    }
    public var kind: Kind
    /// Index in its list of `EnvelopeInput`.
    public var index: Int
    public var description: String
    /// Area, m² (length, m, for a thermal bridge).
    public var areaM2: Double
    /// U0 of an opaque element, W/(m²·K).
    public var u0: Double?
    /// U used for the loss, W/(m²·K) (Upb_final = Ue for floors on the ground; Ujn or Uw for windows; k for bridges).
    public var u: Double
    public var b: Double
    /// S × U × b (k × l × share for a bridge), W/K.
    public var lossWPerK: Double
    /// Windows only: the thermal and solar values.
    public var window: WindowValues?
}

public struct EnvelopeResult: Sendable, Hashable, Codable {
    public var wallsWPerK, lowFloorsWPerK, highFloorsWPerK, windowsWPerK, doorsWPerK, thermalBridgesWPerK: Double
    /// Hvent and Hperm (§4), W/K.
    public var ventilationWPerK, permeabilityWPerK: Double
    /// deperdition_renouvellement_air = Hvent + Hperm, W/K.
    public var airRenewalWPerK: Double
    /// deperdition_enveloppe = GV, all of the above, W/K.
    public var envelopeWPerK: Double
    /// Sse for each month (January first), m², for §6.1 solar gains.
    public var southEquivalentAreaM2ByMonth: [Double]
    /// ADEME `enum_classe_inertie_id` (1 très lourde … 4 légère).
    public var inertiaClassId: Int
    /// §5 conso_auxiliaire_ventilation, kWh of electricity per year: the dwelling's part of a collective system
    /// (`VentilationAuxiliaries.dwellingShare`).
    public var ventilationAuxiliaryKWh: Double
    /// Ubat, W/(m²·K): the transmission losses (walls, floors, windows, doors, thermal bridges) over the area of the
    /// elements that lose heat (b > 0), as `sortie/qualite_isolation/ubat` records it.
    public var ubatWPerM2K: Double?
    /// Envelope losing area without low floors (Sdep, §4), m².
    public var losingAreaM2: Double
    /// Per-element results, in input order by kind.
    public var elements: [EnvelopeElementResult]
    /// Per-ventilation §4 values.
    public var airRenewal: [AirRenewalValues]

    /// The element that loses most.
    public var largestLoss: EnvelopeElementResult? { elements.max { $0.lossWPerK < $1.lossWPerK } }
}

extension EnvelopeInput {
    /// §3.4: what the table `pont_thermique` needs from the elements a bridge joins (found by their `reference`).
    public func bridgeContext(_ t: ThermalBridgeInput) -> ThermalBridgeContext {
        var c = ThermalBridgeContext()
        if let r = t.wallReference, let w = walls.first(where: { $0.reference == r }) {
            c.wallInsulationTypeId = w.insulationTypeId
            c.wallAdjacencyTypeId = w.adjacency.typeAdjacenceId
            c.wallStructureMaterialId = w.structureMaterialId
        }
        guard let r = t.otherReference else { return c }
        if let f = lowFloors.first(where: { $0.reference == r }) {
            c.floorInsulationTypeId = f.insulationTypeId
            c.lowFloorTypeId = f.floorTypeId
        } else if let f = highFloors.first(where: { $0.reference == r }) {
            c.floorInsulationTypeId = f.insulationTypeId
            c.highFloorTypeId = f.ceilingTypeId
        } else if let w = windows.first(where: { $0.reference == r }) {
            c.poseTypeId = w.glazing.poseTypeId
            c.frameWidthCm = w.frameWidthCm
            c.insulationReturn = w.insulationReturn
        } else if let d = doors.first(where: { $0.reference == r }) {
            c.poseTypeId = d.poseTypeId
            c.frameWidthCm = d.frameWidthCm
            c.insulationReturn = d.insulationReturn
        }
        return c
    }

    /// The same envelope with every cited table row (`tv_*_id`) dropped, so that each value is selected from the
    /// elements' attributes: what a scenario that edits elements needs (a cited row would keep the old value).
    /// Thermal bridges whose joined wall (and floor) are not named keep their cited row.
    public func withoutCitedRows() -> EnvelopeInput {
        var e = self
        func clear(_ a: inout AdjacencyInput) { a.reductionRowId = nil }
        for i in e.walls.indices {
            clear(&e.walls[i].adjacency)
            e.walls[i].umur0RowId = nil
            e.walls[i].umurRowId = nil
        }
        for i in e.lowFloors.indices {
            clear(&e.lowFloors[i].adjacency)
            e.lowFloors[i].upb0RowId = nil
            e.lowFloors[i].upbRowId = nil
        }
        for i in e.highFloors.indices {
            clear(&e.highFloors[i].adjacency)
            e.highFloors[i].uph0RowId = nil
            e.highFloors[i].uphRowId = nil
        }
        for i in e.windows.indices {
            clear(&e.windows[i].adjacency)
            e.windows[i].glazing.ugRowId = nil
            e.windows[i].glazing.uwRowId = nil
            e.windows[i].glazing.swRowId = nil
            e.windows[i].secondWindow?.ugRowId = nil
            e.windows[i].secondWindow?.uwRowId = nil
            e.windows[i].secondWindow?.swRowId = nil
            e.windows[i].deltaRRowId = nil
            e.windows[i].ujnRowId = nil
        }
        for i in e.doors.indices {
            clear(&e.doors[i].adjacency)
            e.doors[i].uporteRowId = nil
        }
        // A bridge whose joined elements are not named keeps its cited row: nothing else can select it.
        for i in e.thermalBridges.indices {
            let t = e.thermalBridges[i]
            let c = bridgeContext(t)
            let needsFloor = t.junctionTypeId == 1 || t.junctionTypeId == 3
            if c.wallInsulationTypeId != nil && (!needsFloor || c.floorInsulationTypeId != nil) {
                e.thermalBridges[i].kRowId = nil
            }
        }
        for i in e.ventilations.indices {
            e.ventilations[i].flowRowId = nil
            e.ventilations[i].q4paRowId = nil
        }
        for i in e.bufferSpaces.indices {
            clear(&e.bufferSpaces[i].adjacency)
            e.bufferSpaces[i].transparencyRowId = nil
        }
        return e
    }
}

public enum EnvelopeCalculation {
    /// §3–§7 for one dwelling.
    /// - Complexity: O(elements × table rows).
    public static func compute(
        _ input: EnvelopeInput, dwelling: DwellingDescription, tables: MethodTables
    ) throws(ThreeCLError) -> EnvelopeResult {
        let zone = dwelling.climateZone
        var elements: [EnvelopeElementResult] = []
        var walls = 0.0, low = 0.0, high = 0.0, win = 0.0, doors = 0.0, bridges = 0.0
        // Sdep (§4) and the shares used by Q4Pa_conv.
        var losingArea = 0.0, insulatedArea = 0.0, bareArea = 0.0, sealedArea = 0.0, unsealedArea = 0.0

        func countInsulation(_ typeId: Int, _ periodId: Int?, _ area: Double) {
            if (typeId == 1 && (periodId ?? 0) >= 3) || ![1, 2].contains(typeId) { insulatedArea += area } else { bareArea += area }
        }

        for (i, w) in input.walls.enumerated() {
            let b = try ReductionCoefficient.b(w.adjacency, zone: zone, tables: tables, origin: w.origin)
            let u = try Walls.u(w, dwelling: dwelling, jouleHeating: input.jouleHeating, tables: tables)
            let loss = w.opaqueAreaM2 * u.u * b
            walls += loss
            elements.append(.init(kind: .wall, index: i, description: w.description, areaM2: w.opaqueAreaM2, u0: u.u0,
                                  u: u.u, b: b, lossWPerK: loss, window: nil))
            if b != 0 && w.adjacency.typeAdjacenceId != AdjacencyInput.nonLosingType {
                losingArea += w.opaqueAreaM2
                countInsulation(w.insulationTypeId, w.insulationPeriodId, w.opaqueAreaM2)
            }
        }
        for (i, f) in input.lowFloors.enumerated() {
            let b = try ReductionCoefficient.b(f.adjacency, zone: zone, tables: tables, origin: f.origin)
            let u = try LowFloors.u(f, dwelling: dwelling, jouleHeating: input.jouleHeating, tables: tables)
            let ue = try LowFloors.ue(f, upb: u.u, dwelling: dwelling, tables: tables)
            let final = ue ?? u.u
            let loss = f.areaM2 * final * b
            low += loss
            elements.append(.init(kind: .lowFloor, index: i, description: f.description, areaM2: f.areaM2, u0: u.u0,
                                  u: final, b: b, lossWPerK: loss, window: nil))
        }
        for (i, f) in input.highFloors.enumerated() {
            let b = try ReductionCoefficient.b(f.adjacency, zone: zone, tables: tables, origin: f.origin)
            let u = try HighFloors.u(f, dwelling: dwelling, jouleHeating: input.jouleHeating, tables: tables)
            let loss = f.areaM2 * u.u * b
            high += loss
            elements.append(.init(kind: .highFloor, index: i, description: f.description, areaM2: f.areaM2, u0: u.u0,
                                  u: u.u, b: b, lossWPerK: loss, window: nil))
            if b != 0 {
                losingArea += f.areaM2
                countInsulation(f.insulationTypeId, f.insulationPeriodId, f.areaM2)
            }
        }
        var windowValues: [(input: WindowInput, values: WindowValues)] = []
        for (i, w) in input.windows.enumerated() {
            let b = try ReductionCoefficient.b(w.adjacency, zone: zone, tables: tables, origin: w.origin)
            let v = try Windows.values(w, tables: tables)
            let loss = w.areaM2 * v.u * b
            win += loss
            windowValues.append((w, v))
            elements.append(.init(kind: .window, index: i, description: w.description, areaM2: w.areaM2, u0: nil,
                                  u: v.u, b: b, lossWPerK: loss, window: v))
            if b != 0 { losingArea += w.areaM2 }
            if w.hasSeals { sealedArea += w.areaM2 } else { unsealedArea += w.areaM2 }
        }
        for (i, d) in input.doors.enumerated() {
            let b = try ReductionCoefficient.b(d.adjacency, zone: zone, tables: tables, origin: d.origin)
            let u = try Doors.u(d, tables: tables)
            let loss = d.areaM2 * u * b
            doors += loss
            elements.append(.init(kind: .door, index: i, description: d.description, areaM2: d.areaM2, u0: nil, u: u,
                                  b: b, lossWPerK: loss, window: nil))
            if b != 0 { losingArea += d.areaM2 }
            if d.hasSeals { sealedArea += d.areaM2 } else { unsealedArea += d.areaM2 }
        }
        for (i, t) in input.thermalBridges.enumerated() {
            let k = try ThermalBridges.k(t, context: input.bridgeContext(t), tables: tables)
            let loss = k * t.lengthM * t.share
            bridges += loss
            elements.append(.init(kind: .thermalBridge, index: i, description: t.description, areaM2: t.lengthM, u0: nil,
                                  u: k, b: 1, lossWPerK: loss, window: nil))
        }

        var hvent = 0.0, hperm = 0.0, aux = 0.0
        var airValues: [AirRenewalValues] = []
        let openings = sealedArea + unsealedArea
        let sealedMajority = openings > 0 && sealedArea / openings >= 0.5
        for v in input.ventilations {
            let values = try AirRenewal.values(
                v, dwelling: dwelling, losingAreaM2: losingArea, insulatedMajority: insulatedArea > bareArea,
                sealedMajority: sealedMajority, tables: tables)
            hvent += values.hventWPerK
            hperm += values.hpermWPerK
            aux += try VentilationAuxiliaries.consumptionKWh(
                v, values: values, isHouse: dwelling.isHouse, constructionPeriodId: dwelling.constructionPeriodId)
                * VentilationAuxiliaries.dwellingShare(v, values: values, dwelling: dwelling)
            airValues.append(values)
        }
        let sse = try SouthEquivalentArea.monthly(
            windows: windowValues, bufferSpaces: input.bufferSpaces, zone: zone, tables: tables)
        let opaque = walls + low + high + win + doors + bridges
        // Ubat (qualite_isolation): the transmission losses over the area of the elements that lose heat (b > 0).
        let losingElementsArea = elements.filter { $0.kind != .thermalBridge && $0.b > 0 }.reduce(0) { $0 + $1.areaM2 }
        let ubat: Double? = losingElementsArea > 0 ? opaque / losingElementsArea : nil
        return EnvelopeResult(
            wallsWPerK: walls, lowFloorsWPerK: low, highFloorsWPerK: high, windowsWPerK: win, doorsWPerK: doors,
            thermalBridgesWPerK: bridges, ventilationWPerK: hvent, permeabilityWPerK: hperm,
            airRenewalWPerK: hvent + hperm, envelopeWPerK: opaque + hvent + hperm,
            southEquivalentAreaM2ByMonth: sse,
            inertiaClassId: input.inertia.recordedClassId ?? Inertia.classId(input.inertia),
            ventilationAuxiliaryKWh: aux, ubatWPerM2K: ubat, losingAreaM2: losingArea, elements: elements,
            airRenewal: airValues)
    }
}
