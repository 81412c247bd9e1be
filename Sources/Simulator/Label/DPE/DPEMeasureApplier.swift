import BuildingModel
import ThreeCL

/// Applies one catalogue measure to the elements of a DPE: each effect of the measure becomes the method's inputs
/// on the elements it concerns (see `ThreeCLInput+WallInsulation` and its siblings). Catalogue figures the method
/// computes itself (a heat pump's SCOP, the air leakage, ventilation flows) are replaced by the method's, with a
/// note; a measure with no effect a DPE can hold is skipped with the reason.
public enum DPEMeasureApplier {
    /// - Complexity: O(elements × thermal bridges) for insulation measures, O(elements) otherwise.
    public static func apply(_ m: Measure, to input: inout ThreeCLInput, context: DPEMeasureContext) -> DPEMeasureEdit {
        var total = DPEMeasureEdit()
        var modelled = false
        let e = m.effects
        if let r = e.wallAddedResistanceM2KPerW {
            modelled = true
            let side = e.wallSide ?? (m.kind == .internalWallInsulation ? .internal : .external)
            total.merge(input.insulateWalls(side: side, resistance: r, context: context))
        }
        if let u = e.wallUValueWPerM2K {
            modelled = true
            total.merge(input.replaceWallU(u, context: context))
        }
        if let r = e.roofAddedResistanceM2KPerW {
            modelled = true
            let target: ThreeCLInput.RoofTarget = m.kind == .atticFloorInsulation ? .atticFloors : .allRoofs
            total.merge(input.insulateHighFloors(target, resistance: r, context: context))
        }
        if let r = e.floorAddedResistanceM2KPerW {
            modelled = true
            total.merge(input.insulateLowFloors(resistance: r, context: context))
        }
        if e.roofUValueWPerM2K != nil || e.floorUValueWPerM2K != nil {
            modelled = true
            total.skip(nil, "a roof or floor replaced by a given U is not mapped onto DPE elements (give an added resistance)")
        }
        if let uw = e.windowUwWPerM2K {
            modelled = true
            if m.kind == .secondaryGlazing {
                total.merge(input.addSecondaryGlazing(uw: uw, gValue: e.windowGValue, context: context))
            } else {
                let frame: Int? = switch m.kind {
                case .windowReplacementPVC: 5
                case .windowReplacementWood: 3
                default: nil
                }
                let material = frame ?? input.envelope.windows.first?.glazing.frameMaterialId ?? 3
                total.merge(input.replaceWindows(
                    uw: uw, gValue: e.windowGValue, frameFraction: e.windowFrameFraction, frameMaterialId: material,
                    context: context))
            }
        } else if e.windowGValue != nil {
            modelled = true
            total.skip(nil, "a window g without a Uw is not mapped onto DPE windows")
        }
        if e.addsShutters {
            modelled = true
            total.merge(input.addShutters(context: context))
        }
        if let q = e.q4PaM3PerHM2 {
            modelled = true
            if m.kind == .draughtProofing {
                total.merge(input.fitSeals(context: context))
            } else if m.kind == .airtightness {
                total.skip(nil, "the method takes Q4Pa from its conventional table (§4) unless measured after the works: "
                    + "airtightness works change a DPE only with a test")
            }
            if total.changedSomething {
                total.notes.append("Q4Pa follows the method's q4pa_conv table (seals, insulated envelope) where it gives "
                    + "back the DPE's value; the catalogue's \(DPEFormat.number(q, 2)) m³/(h·m²) is not used")
            }
        }
        if let v = e.ventilation {
            modelled = true
            switch v.kind {
            case .humidityExtract:
                total.merge(input.replaceVentilation(
                    typeId: DPEVentilationType.humidityExtract.id, label: DPEVentilationType.humidityExtract.label))
            case .mvhr:
                total.merge(input.replaceVentilation(typeId: DPEVentilationType.mvhr.id, label: DPEVentilationType.mvhr.label))
            case .natural:
                total.skip(nil, "going back to natural ventilation is not a DPE measure")
            }
            if total.changedSomething {
                total.notes.append("the catalogue's \(DPEFormat.number(v.airChangesPerH, 2)) 1/h"
                    + (v.heatRecoveryEfficiency > 0 ? " and \(DPEFormat.number(v.heatRecoveryEfficiency * 100, 0)) % recovery" : "")
                    + " are not used")
            }
        }
        if let h = e.heating {
            modelled = true
            if let target = DPEGeneratorTarget.of(h.system) {
                total.merge(input.replaceHeatGenerators(
                    with: target, catalogueEfficiency: h.seasonalEfficiency, context: context))
            } else {
                total.skip(nil, "\(h.system.rawValue) needs the heat network's identifier and CO₂ content, which the "
                    + "catalogue does not give")
            }
        }
        if !modelled {
            total.skip(nil, "a \(m.kind.rawValue) measure has no effect the 3CL-DPE method models "
                + "(it changes no wall, floor, window, ventilation or generator of the DPE)")
        }
        return total
    }
}

extension DPEMeasureEdit {
    mutating func merge(_ o: DPEMeasureEdit) {
        elements += o.elements
        footprint.wallAreaM2 += o.footprint.wallAreaM2
        footprint.windowAreaM2 += o.footprint.windowAreaM2
        footprint.roofAreaM2 += o.footprint.roofAreaM2
        footprint.floorAreaM2 += o.footprint.floorAreaM2
        footprint.facadeCount += o.footprint.facadeCount
        notes += o.notes
        skipped += o.skipped
        replacedCombinedHotWater = replacedCombinedHotWater || o.replacedCombinedHotWater
    }
}
