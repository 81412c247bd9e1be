import ThreeCL

/// Roof, attic-floor and low-floor insulation on a DPE (§3.2.2, §3.2.3): the added R goes into the method's
/// U formula of each high or low floor that loses heat, as for walls (`insulateWalls`).
extension ThreeCLInput {
    /// Which high floors a roof measure treats.
    public enum RoofTarget: Sendable {
        /// Ceilings under an attic (`type_toiture` "combles"): insulation laid on the attic floor.
        case atticFloors
        /// Every high floor that loses heat (roofs insulated from outside, terraces).
        case allRoofs
    }

    /// Adds `resistance` (m²·K/W) to the high floors that lose heat (b > 0): U = 1 / (1/Uph0 + R_existing + R),
    /// insulation type ITE (on the cold side of the ceiling or the roof).
    /// - Complexity: O(high floors × thermal bridges).
    public mutating func insulateHighFloors(
        _ target: RoofTarget, resistance: Double, context: DPEMeasureContext
    ) -> DPEMeasureEdit {
        var edit = DPEMeasureEdit()
        var touched: [Int] = []
        for i in envelope.highFloors.indices {
            let f = envelope.highFloors[i]
            let name = DPEElementName.of(f.description, kind: "plancher_haut", index: i)
            guard !DPEAdjacency.heated.contains(f.adjacency.typeAdjacenceId), context.b(.highFloor, i) > 0 else { continue }
            if target == .atticFloors && f.effectiveRoofKind != "combles" {
                edit.skip(name, "not under an attic (\(f.effectiveRoofKind)): attic-floor insulation does not apply")
                continue
            }
            let current: OpaqueU
            do {
                current = try HighFloors.u(f, dwelling: dwelling, jouleHeating: envelope.jouleHeating, tables: context.tables)
            } catch {
                edit.skip(name, "its U cannot be computed: \(error.description)")
                continue
            }
            var n = f
            let added = AddedInsulation(adding: resistance, to: current)
            n.uMethodId = added.uMethodId
            if let r = added.totalResistance {
                n.insulationResistance = r
                n.insulationThicknessCm = nil
                n.uphRowId = nil
            } else {
                n.enteredU = added.enteredU
            }
            n.insulationTypeId = DPEInsulationType.adding(4, to: f.insulationTypeId)
            envelope.highFloors[i] = n
            touched.append(i)
            edit.elements.append(name)
            edit.footprint.roofAreaM2 += f.areaM2
        }
        if touched.isEmpty {
            if edit.skipped.isEmpty { edit.skip(nil, "no high floor of the DPE loses heat (all are next to heated spaces)") }
            return edit
        }
        edit.notes += envelope.reselectBridges(highFloors: touched)
        dropCitedAirPermeability(context: context)
        return edit
    }

    /// Adds `resistance` (m²·K/W) to the low floors that lose heat: U = 1 / (1/Upb0 + R_existing + R), then Ue
    /// from the table `ue` for floors on the ground, a crawl space or an unheated basement. Insulation type ITE
    /// (from below) over a crawl space, basement or unheated room; ITI (on the slab) on the ground.
    /// A floor whose Ue is only recorded (no perimeter for 2S/P) is left out: the method cannot recompute it.
    /// - Complexity: O(low floors × thermal bridges).
    public mutating func insulateLowFloors(resistance: Double, context: DPEMeasureContext) -> DPEMeasureEdit {
        var edit = DPEMeasureEdit()
        var touched: [Int] = []
        for i in envelope.lowFloors.indices {
            let f = envelope.lowFloors[i]
            let name = DPEElementName.of(f.description, kind: "plancher_bas", index: i)
            guard !DPEAdjacency.heated.contains(f.adjacency.typeAdjacenceId), context.b(.lowFloor, i) > 0 else { continue }
            if [3, 5, 6].contains(f.adjacency.typeAdjacenceId), (f.uePerimeterM ?? 0) <= 0 {
                edit.skip(name, "its Ue is only recorded (no perimeter for 2S/P, §3.2.2): the method cannot recompute it")
                continue
            }
            let current: OpaqueU
            do {
                current = try LowFloors.u(f, dwelling: dwelling, jouleHeating: envelope.jouleHeating, tables: context.tables)
            } catch {
                edit.skip(name, "its U cannot be computed: \(error.description)")
                continue
            }
            var n = f
            let added = AddedInsulation(adding: resistance, to: current)
            n.uMethodId = added.uMethodId
            if let r = added.totalResistance {
                n.insulationResistance = r
                n.insulationThicknessCm = nil
                n.upbRowId = nil
            } else {
                n.enteredU = added.enteredU
            }
            n.recordedUe = nil
            let onGround = f.adjacency.typeAdjacenceId == 5
            n.insulationTypeId = DPEInsulationType.adding(onGround ? 3 : 4, to: f.insulationTypeId)
            envelope.lowFloors[i] = n
            touched.append(i)
            edit.elements.append(name)
            edit.footprint.floorAreaM2 += f.areaM2
            if onGround { edit.notes.append("\(name): on the ground, insulated on the slab (ITI)") }
        }
        if touched.isEmpty {
            if edit.skipped.isEmpty { edit.skip(nil, "no low floor of the DPE loses heat (all are over heated spaces)") }
            return edit
        }
        edit.notes += envelope.reselectBridges(lowFloors: touched)
        dropCitedAirPermeability(context: context)
        return edit
    }
}
