import ThreeCL

/// Table rows the mapped inputs select by attributes, resolved once per distinct attribute set and given to the
/// engine as the rows a DPE cites (`tv_*_id`), or (Ue of the ground floor, k of a thermal bridge) as the value the
/// method's own function returns for them (`LowFloors.ue`, `ThermalBridges.k`). The engine then looks rows up by id instead of scanning its tables for every input: the
/// values are the same, since each is what the engine itself selects from the same attributes.
struct ThreeCLRowMemo {
    struct WallKey: Hashable { var materialId: Int; var thicknessCm: Double? }
    struct GlazingKey: Hashable { var glazingTypeId: Int; var gasId: Int?; var tiltId: Int; var lowEmissivity: Bool? }
    struct UeKey: Hashable {
        var floor: LowFloorInput
        var column: Double
        var periodId: Int
        var zone: ClimateZone
        var jouleHeating: Bool
    }
    var umur0: [WallKey: Int] = [:]
    var reduction: [AdjacencyInput: Int?] = [:]
    var ug: [GlazingKey: Int?] = [:]
    var ue: [UeKey: Double?] = [:]
    var bridgeK: [BridgeKey: Double] = [:]
    struct BridgeKey: Hashable { var junctionTypeId: Int; var context: ThermalBridgeContext }
}

extension ThreeCLInput {
    /// Resolves the rows as `ThreeCLRowMemo` says.
    /// - Complexity: O(elements) with the rows already in `memo`; O(elements × table rows) otherwise.
    mutating func resolveRows(tables: MethodTables, memo: inout ThreeCLRowMemo) throws(ThreeCLError) {
        let zone = dwelling.climateZone
        func rowId(_ row: TableRow, _ table: String) -> Int? { row.string("tv_\(table)_id").flatMap { Int($0) } }
        func reduction(_ a: inout AdjacencyInput, origin: ElementOrigin) throws(ThreeCLError) {
            guard a.reductionRowId == nil else { return }
            let key = a
            if let id = memo.reduction[key] {
                a.reductionRowId = id
                return
            }
            let id = try ReductionCoefficient.selectRow(a, zone: zone, tables: tables, origin: origin)
                .flatMap { rowId($0, "coef_reduction_deperdition") }
            memo.reduction[key] = id
            a.reductionRowId = id
        }
        for i in envelope.walls.indices {
            try reduction(&envelope.walls[i].adjacency, origin: envelope.walls[i].origin)
            let w = envelope.walls[i]
            guard w.u0MethodId == 2, w.umur0RowId == nil else { continue }
            let key = ThreeCLRowMemo.WallKey(materialId: w.structureMaterialId, thicknessCm: w.structureThicknessCm)
            if let id = memo.umur0[key] { envelope.walls[i].umur0RowId = id; continue }
            let id = rowId(try Walls.umur0Row(w, tables: tables), "umur0")
            memo.umur0[key] = id
            envelope.walls[i].umur0RowId = id
        }
        try resolveBridges(tables: tables, memo: &memo)
        for i in envelope.highFloors.indices {
            try reduction(&envelope.highFloors[i].adjacency, origin: envelope.highFloors[i].origin)
        }
        for i in envelope.windows.indices {
            try reduction(&envelope.windows[i].adjacency, origin: envelope.windows[i].origin)
            let g = envelope.windows[i].glazing
            guard g.ugRowId == nil, g.enteredUg == nil else { continue }
            let key = ThreeCLRowMemo.GlazingKey(glazingTypeId: g.glazingTypeId, gasId: g.gasId, tiltId: g.tiltId,
                                                lowEmissivity: g.lowEmissivity)
            if let id = memo.ug[key] { envelope.windows[i].glazing.ugRowId = id; continue }
            let id = Self.ugRowId(g, tables: tables)
            memo.ug[key] = id
            envelope.windows[i].glazing.ugRowId = id
        }
        for i in envelope.lowFloors.indices {
            try reduction(&envelope.lowFloors[i].adjacency, origin: envelope.lowFloors[i].origin)
            let f = envelope.lowFloors[i]
            guard let perimeter = f.uePerimeterM, perimeter > 0 else { continue }
            let area = f.ueAreaM2 ?? f.areaM2
            var shape = f
            shape.areaM2 = 0
            shape.ueAreaM2 = nil
            shape.uePerimeterM = nil
            // Names are not attributes: left out of the key (cheaper to hash, shared by equal floors).
            shape.reference = nil
            shape.description = ""
            let key = ThreeCLRowMemo.UeKey(floor: shape, column: (2 * area / perimeter).rounded(),
                                           periodId: dwelling.constructionPeriodId, zone: zone,
                                           jouleHeating: envelope.jouleHeating)
            let ue: Double?
            if let known = memo.ue[key] { ue = known } else {
                let upb = try LowFloors.u(f, dwelling: dwelling, jouleHeating: envelope.jouleHeating, tables: tables).u
                ue = try LowFloors.ue(f, upb: upb, dwelling: dwelling, tables: tables)
                memo.ue[key] = .some(ue)
            }
            guard let ue else { continue }
            envelope.lowFloors[i].recordedUe = ue
            envelope.lowFloors[i].uePerimeterM = nil
        }
    }

    /// §3.4 k of each thermal bridge selected from its joined elements, memoized by junction and joined elements.
    mutating func resolveBridges(tables: MethodTables, memo: inout ThreeCLRowMemo) throws(ThreeCLError) {
        for i in envelope.thermalBridges.indices {
            let t = envelope.thermalBridges[i]
            guard t.kMethodId == 1, t.kRowId == nil, t.enteredK == nil else { continue }
            let context = envelope.bridgeContext(t)
            let key = ThreeCLRowMemo.BridgeKey(junctionTypeId: t.junctionTypeId, context: context)
            if let k = memo.bridgeK[key] { envelope.thermalBridges[i].enteredK = k; continue }
            let k = try ThermalBridges.k(t, context: context, tables: tables)
            memo.bridgeK[key] = k
            envelope.thermalBridges[i].enteredK = k
        }
    }

    /// §3.3.1 the `ug` row the engine selects for a glazing without a gap given (`Windows.ugRow`); nil where the
    /// engine finds none (it then reports the error itself).
    static func ugRowId(_ g: WindowInput.Glazing, tables: MethodTables) -> Int? {
        guard g.gapMm == nil, let row = try? Windows.ugRow(g, origin: ElementOrigin(), tables: tables) else { return nil }
        return row.string("tv_ug_id").flatMap { Int($0) }
    }
}
