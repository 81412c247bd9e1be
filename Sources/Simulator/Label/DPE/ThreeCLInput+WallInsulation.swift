import ThreeCL

/// Wall insulation on a DPE (§3.2.1): the insulant's R = thickness / λ is added to every wall that loses heat
/// (to the outside or to an unheated space, b > 0), and the wall's `enum_type_isolation_id` becomes ITI or ITE
/// (combined with an existing insulation), so that the method's U formula and the thermal bridges follow.
extension ThreeCLInput {
    /// Adds `resistance` (m²·K/W) on `side` to the walls that lose heat.
    ///
    /// Each wall keeps its bare U0 (its cited `umur0` row or its entered U0) and is entered as insulated of known
    /// resistance (`enum_methode_saisie_u_id` 6) with R = R_existing + R, where R_existing = 1/U − 1/U0 of the wall
    /// as recorded (0 for a bare wall), so that U = 1 / (1/U0 + R_existing + R) (§3.2.1.3). A wall whose U was
    /// entered directly without U0 gets U = 1 / (1/U + R) entered. The cited `umur` row is dropped; thermal bridges
    /// joined to the wall select their row again from the new insulation type.
    /// - Complexity: O(walls × thermal bridges).
    public mutating func insulateWalls(
        side: InsulationSide, resistance: Double, context: DPEMeasureContext
    ) -> DPEMeasureEdit {
        var edit = DPEMeasureEdit()
        let newType = side == .internal ? 3 : 4
        var touched: [Int] = []
        for i in envelope.walls.indices {
            let w = envelope.walls[i]
            let name = DPEElementName.of(w.description, kind: "mur", index: i)
            guard !DPEAdjacency.heated.contains(w.adjacency.typeAdjacenceId) else { continue }
            guard context.b(.wall, i) > 0 else { continue }
            let current: OpaqueU
            do {
                current = try Walls.u(w, dwelling: dwelling, jouleHeating: envelope.jouleHeating, tables: context.tables)
            } catch {
                edit.skip(name, "its U cannot be computed: \(error.description)")
                continue
            }
            var n = w
            let added = AddedInsulation(adding: resistance, to: current)
            n.uMethodId = added.uMethodId
            if let r = added.totalResistance {
                n.insulationResistance = r
                n.insulationThicknessCm = nil
                n.umurRowId = nil
            } else {
                n.enteredU = added.enteredU
            }
            n.insulationTypeId = DPEInsulationType.adding(newType, to: w.insulationTypeId)
            envelope.walls[i] = n
            touched.append(i)
            edit.elements.append(name)
            edit.footprint.wallAreaM2 += w.opaqueAreaM2
            edit.footprint.facadeCount += 1
        }
        if touched.isEmpty {
            edit.skip(nil, "no wall of the DPE loses heat to the outside or to an unheated space")
            return edit
        }
        edit.notes += envelope.reselectBridges(walls: touched)
        if envelope.returnInsulationIntoReveals(walls: touched) > 0 {
            edit.notes.append("insulation returned into the reveals of the windows and doors in these walls "
                + "(presence_retour_isolation)")
        }
        dropCitedAirPermeability(context: context)
        return edit
    }

    /// Replaces the U of the walls that lose heat by `u` (W/(m²·K)), entered directly (method 9).
    public mutating func replaceWallU(_ u: Double, context: DPEMeasureContext) -> DPEMeasureEdit {
        var edit = DPEMeasureEdit()
        for i in envelope.walls.indices where !DPEAdjacency.heated.contains(envelope.walls[i].adjacency.typeAdjacenceId)
            && context.b(.wall, i) > 0 {
            envelope.walls[i].uMethodId = 9
            envelope.walls[i].enteredU = u
            envelope.walls[i].umurRowId = nil
            edit.elements.append(DPEElementName.of(envelope.walls[i].description, kind: "mur", index: i))
            edit.footprint.wallAreaM2 += envelope.walls[i].opaqueAreaM2
            edit.footprint.facadeCount += 1
        }
        if edit.elements.isEmpty { edit.skip(nil, "no wall of the DPE loses heat to the outside or to an unheated space") }
        return edit
    }
}

/// Adjacencies (`enum_type_adjacence_id`) whose elements do not lose heat to an unheated space or the outside:
/// a heated dwelling (22) and heated premises of another use inside the building (20).
enum DPEAdjacency {
    static let heated: Set<Int> = [20, 22]
}

/// `enum_type_isolation_id` after adding an insulation: 3 ITI, 4 ITE, combined with the existing one (ITI + ITE 6,
/// ITR + ITI 7, ITR + ITE 8); unknown, none or "insulated, type unknown" become the new type.
enum DPEInsulationType {
    static func adding(_ new: Int, to existing: Int) -> Int {
        switch (existing, new) {
        case (1, _), (2, _), (9, _): new
        case (3, 4), (4, 3): 6
        case (5, 3): 7
        case (5, 4): 8
        default: existing
        }
    }
}
