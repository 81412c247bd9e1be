import ThreeCL

/// Draught-proofing and ventilation on a DPE (§4, §5): seals on the windows and doors (the method's conventional
/// Q4Pa then follows from the `q4pa_conv` table), and a new ventilation type (its conventional flows, fans'
/// electricity).
extension ThreeCLInput {
    /// Fits seals (`presence_joint`) to the windows and doors that have none; Q4Pa_conv is selected again (§4:
    /// the table distinguishes envelopes whose windows and doors mostly have seals).
    /// - Complexity: O(windows + doors).
    public mutating func fitSeals(context: DPEMeasureContext) -> DPEMeasureEdit {
        var edit = DPEMeasureEdit()
        for i in envelope.windows.indices where !envelope.windows[i].hasSeals {
            envelope.windows[i].hasSeals = true
            edit.elements.append(DPEElementName.of(envelope.windows[i].description, kind: "baie", index: i))
            edit.footprint.windowAreaM2 += envelope.windows[i].areaM2
        }
        for i in envelope.doors.indices where !envelope.doors[i].hasSeals {
            envelope.doors[i].hasSeals = true
            edit.elements.append(DPEElementName.of(envelope.doors[i].description, kind: "porte", index: i))
        }
        if edit.elements.isEmpty {
            edit.skip(nil, "every window and door of the DPE already has seals")
            return edit
        }
        dropCitedAirPermeability(context: context)
        return edit
    }

    /// Replaces every ventilation system by `ventilationTypeId` (ADEME `enum_type_ventilation_id`), installed after
    /// 2012; its conventional flows (`debits_ventilation`) and fans' consumption (§5) follow.
    /// - Complexity: O(ventilations).
    public mutating func replaceVentilation(typeId: Int, label: String) -> DPEMeasureEdit {
        var edit = DPEMeasureEdit()
        guard !envelope.ventilations.isEmpty else {
            edit.skip(nil, "the DPE describes no ventilation to replace")
            return edit
        }
        for i in envelope.ventilations.indices {
            let v = envelope.ventilations[i]
            let name = v.description.isEmpty ? "ventilation[\(i + 1)]" : v.description
            if v.ventilationTypeId == typeId {
                edit.skip(name, "already \(label)")
                continue
            }
            envelope.ventilations[i].ventilationTypeId = typeId
            envelope.ventilations[i].installedAfter2012 = true
            envelope.ventilations[i].flowRowId = nil
            edit.elements.append(name)
        }
        if edit.changedSomething { edit.notes.append("ventilation type \(typeId) (\(label)): the method's conventional flows") }
        return edit
    }
}

/// The ADEME ventilation types renovate's ventilation measures become.
enum DPEVentilationType {
    /// "vmc sf hygro b après 2012".
    static let humidityExtract = (id: 15, label: "VMC simple flux hygro B après 2012")
    /// "vmc df individuelle avec échangeur à partir de 2013".
    static let mvhr = (id: 20, label: "VMC double flux individuelle avec échangeur à partir de 2013")
}
