import ThreeCL

/// Window measures on a DPE (§3.3, §6.2.1): replacement (new Uw and Sw entered, seals), secondary glazing (the
/// combined Uw entered, Sw times the added pane's g) and shutters (a closure type whose ΔR gives Ujn, §3.3.3).
extension ThreeCLInput {
    /// Replaces the windows by double-glazed ones of `frameMaterialId` (ADEME `enum_type_materiaux_menuiserie_id`:
    /// 3 wood, 5 PVC) with Uw and Sw = g × (1 − frame fraction) entered (justified values, as a diagnostician
    /// enters a product's), low-emissivity argon double glazing and seals. The fitting (`enum_type_pose_id`),
    /// the bay type and the closures stay: Ujn follows the new Uw. Windows already at or below `uw` are left out.
    /// - Complexity: O(windows).
    public mutating func replaceWindows(
        uw: Double, gValue: Double?, frameFraction: Double?, frameMaterialId: Int, context: DPEMeasureContext
    ) -> DPEMeasureEdit {
        var edit = DPEMeasureEdit()
        for i in envelope.windows.indices {
            let w = envelope.windows[i]
            let name = DPEElementName.of(w.description, kind: "baie", index: i)
            if [1, 2, 3].contains(w.glazing.windowTypeId) {
                edit.skip(name, "a glass-brick or polycarbonate wall, not a window")
                continue
            }
            let currentUw = context.baseline.envelope.elements.first { $0.kind == .window && $0.index == i }?.window?.uw
            if let c = currentUw, c <= uw {
                edit.skip(name, "its Uw \(DPEFormat.number(c, 2)) is already ≤ \(DPEFormat.number(uw, 2))")
                continue
            }
            let sw = gValue.map { $0 * (1 - (frameFraction ?? 0.3)) }
            let g = WindowInput.Glazing(
                glazingTypeId: 2, tiltId: w.glazing.tiltId, gasId: 2, gapMm: 16, lowEmissivity: true,
                frameMaterialId: frameMaterialId, windowTypeId: w.glazing.windowTypeId, poseTypeId: w.glazing.poseTypeId,
                enteredUw: uw, enteredSw: sw)
            var n = w
            n.glazing = g
            n.secondWindow = nil
            n.hasSeals = true
            n.deltaRRowId = nil
            n.ujnRowId = nil
            n.enteredUjn = nil
            envelope.windows[i] = n
            edit.elements.append(name)
            edit.footprint.windowAreaM2 += w.areaM2
        }
        if edit.elements.isEmpty {
            if edit.skipped.isEmpty { edit.skip(nil, "the DPE has no window") }
            return edit
        }
        dropCitedAirPermeability(context: context)
        if gValue == nil { edit.notes.append("Sw from the method's table (the measure gives no g)") }
        return edit
    }

    /// Adds a secondary pane inside each window whose Uw is above `uw`: the glazing becomes `survitrage`
    /// (`enum_type_vitrage_id` 4), Uw of the pair entered (the catalogue's combined value) and Sw from the method's
    /// `sw` table for it (which gives secondary glazing the solar factor of double glazing); when the table has no
    /// row for the window, Sw × g of the added pane. Double windows and windows already at or below `uw` are left out.
    /// - Complexity: O(windows).
    public mutating func addSecondaryGlazing(uw: Double, gValue: Double?, context: DPEMeasureContext) -> DPEMeasureEdit {
        var edit = DPEMeasureEdit()
        var fromG = 0
        for i in envelope.windows.indices {
            let w = envelope.windows[i]
            let name = DPEElementName.of(w.description, kind: "baie", index: i)
            guard let values = context.baseline.envelope.elements.first(where: { $0.kind == .window && $0.index == i })?.window
            else { continue }
            if [1, 2, 3].contains(w.glazing.windowTypeId) {
                edit.skip(name, "a glass-brick or polycarbonate wall, not a window")
                continue
            }
            if w.secondWindow != nil {
                edit.skip(name, "already a double window")
                continue
            }
            if values.uw <= uw {
                edit.skip(name, "its Uw \(DPEFormat.number(values.uw, 2)) is already ≤ \(DPEFormat.number(uw, 2))")
                continue
            }
            var n = w
            n.glazing.glazingTypeId = 4
            n.glazing.lowEmissivity = false
            n.glazing.enteredUw = uw
            n.glazing.enteredSw = nil
            n.glazing.ugRowId = nil
            n.glazing.uwRowId = nil
            n.glazing.swRowId = nil
            n.deltaRRowId = nil
            n.ujnRowId = nil
            n.enteredUjn = nil
            n.glazing.gasId = 1  // air between the existing pane and the added one
            if (try? Windows.values(n, tables: context.tables)) == nil {
                n.glazing.enteredSw = values.sw * (gValue ?? 1)
                fromG += 1
            }
            do throws(ThreeCLError) { _ = try Windows.values(n, tables: context.tables) } catch {
                edit.skip(name, "the method cannot compute it with secondary glazing: \(error.description)")
                continue
            }
            envelope.windows[i] = n
            edit.elements.append(name)
            edit.footprint.windowAreaM2 += w.areaM2
        }
        if edit.elements.isEmpty, edit.skipped.isEmpty { edit.skip(nil, "the DPE has no window") }
        if edit.changedSomething {
            edit.notes.append("Sw from the method's sw table for survitrage"
                + (fromG > 0 ? " (\(fromG) window(s) without a row: Sw × the catalogue's g)" : "; the catalogue's g is not used"))
        }
        return edit
    }

    /// Adds wooden shutters (`enum_type_fermeture_id` 7, "persienne coulissante et volet battant pvc ou bois
    /// (e > 22 mm)") to the windows without a closure; Ujn then comes from the closure's ΔR and Uw (§3.3.3). Roof
    /// windows and windows that have a closure are left out.
    /// - Complexity: O(windows).
    public mutating func addShutters(context: DPEMeasureContext) -> DPEMeasureEdit {
        var edit = DPEMeasureEdit()
        for i in envelope.windows.indices {
            let w = envelope.windows[i]
            let name = DPEElementName.of(w.description, kind: "baie", index: i)
            if w.closureTypeId != 1 {
                edit.skip(name, "already has a closure")
                continue
            }
            if w.glazing.tiltId != 3 || w.orientationId == 5 || [1, 2, 3].contains(w.glazing.windowTypeId) {
                edit.skip(name, "a roof window or a glass wall: no shutters")
                continue
            }
            envelope.windows[i].closureTypeId = 7
            envelope.windows[i].deltaRRowId = nil
            envelope.windows[i].ujnRowId = nil
            envelope.windows[i].enteredUjn = nil
            edit.elements.append(name)
            edit.footprint.windowAreaM2 += w.areaM2
        }
        if edit.elements.isEmpty, edit.skipped.isEmpty { edit.skip(nil, "the DPE has no window") }
        return edit
    }
}
