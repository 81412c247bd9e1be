import BuildingModel
import Foundation
import ThreeCL

/// The 3CL-DPE description (§3–§7) of a simulator `Envelope`.
///
/// Elements still as the stock described them are given by their attributes, so that the method's own tables
/// give their U (§3.2): the wall by its structure material and thickness (`umur0`), the ground floor and the top
/// ceiling by their type (`upb0`, `uph0`), then the insulation by the default table of the construction period
/// (`umur`, `upb`: "isolation inconnue"), or as the stock says it (an uninsulated pitched roof is "non isolé").
/// Insulation added by a measure is given by its resistance (method 5, U = 1/(1/U0 + ΣR)); an element whose U a
/// measure set (a replacement) and every window are given by their U (methods 9, `uw` entered).
///
/// Defaults where the stock says nothing, each a value of the method for the case:
/// - Ground floor: timber floor on timber joists (`enum_type_plancher_bas_id` 10, Upb0 1.6, the stock's floor)
///   over an unheated cellar (adjacency 6), Ue from the table `ue` by 2S/P with P the exposed length of the
///   ground storey's façades.
/// - Pitched roof: ceiling between timber joists (`enum_type_plancher_haut_id` 4, Uph0 1.2) under a strongly
///   ventilated attic (adjacency 11, canal tiles without underlay); Aue (the roof slopes) = Aiu / cos 30°. A flat
///   roof: concrete slab (type 8) to the outside.
/// - Windows: casement windows (`enum_type_baie_id` 4) with wooden frames, set in the wall's thickness ("tunnel"),
///   frame 5 cm; Uw entered as the envelope's, Sw = g × (1 − frame share); closed wooden shutters over 22 mm
///   (`enum_type_fermeture_id` 7) when the envelope has shutters; far masks from the façade's horizon angle (table
///   `coef_masque_lointain_homogene`); no seals unless a measure lowered the air leakage (then Q4Pa is entered).
/// - Thermal bridges (§3.4): window/wall junctions, windows counted as 1.0 × 1.5 m (5 m of perimeter each). Floor
///   junctions are not counted: the method counts them for heavy floors only, and the stock's floors are timber
///   (a flat roof's slab is heavy: its junction with the walls is counted).
/// - Party walls: adjacency 22 ("local non déperditif"), b = 0. No doors (the stock has none).
/// - Inertia (§7): stone, brick and concrete walls are heavy; the timber floors are not; a flat roof's slab is.
extension EnvelopeInput {
    /// Window size assumed for the count of windows and their perimeter, m.
    static let assumedWindowWidthM = 1.0
    static let assumedWindowHeightM = 1.5
    /// Roof pitch assumed for the attic's outer area (Aue), degrees.
    static let assumedRoofPitchDeg = 30.0

    init(envelope env: Envelope, facts: ThreeCLBuildingFacts, dwelling: DwellingDescription) {
        struct WallKey: Hashable { var orientationId: Int; var wall: OpaqueElement }
        struct WindowKey: Hashable { var wall: Int; var spec: WindowSpec; var maskRowId: Int }
        // A building has a handful of distinct walls and windows: found by a linear search (no hashing).
        var wallKeys: [WallKey] = [], wallAreas: [Double] = []
        var windowKeys: [WindowKey] = [], windowAreas: [Double] = []
        for f in env.facades {
            let orientation = Self.orientationId(azimuthDeg: f.azimuthDeg)
            let wk = WallKey(orientationId: orientation, wall: f.wall)
            let w: Int
            if let i = wallKeys.firstIndex(of: wk) { w = i } else {
                w = wallKeys.count
                wallKeys.append(wk)
                wallAreas.append(0)
            }
            wallAreas[w] += f.opaqueAreaM2
            guard f.windowAreaM2 > 0 else { continue }
            let nk = WindowKey(wall: w, spec: f.windows,
                               maskRowId: Self.farMaskRowId(orientationId: orientation, horizonDeg: f.horizonAngleDeg))
            let n: Int
            if let i = windowKeys.firstIndex(of: nk) { n = i } else {
                n = windowKeys.count
                windowKeys.append(nk)
                windowAreas.append(0)
            }
            windowAreas[n] += f.windowAreaM2
        }
        let material = Self.structureMaterialId(env.wallMaterial)
        let heavyWalls = [.stoneRubble, .stoneDressed, .solidBrick, .concrete].contains(env.wallMaterial)
        var walls = wallKeys.indices.map { i in
            Self.wall(wallKeys[i].wall, reference: Self.wallReference(i), orientationId: wallKeys[i].orientationId,
                      areaM2: wallAreas[i], materialId: material, env: env, facts: facts, heavy: heavyWalls)
        }
        if env.partyWallAreaM2 > 0 {
            var party = Self.wall(OpaqueElement(baseUValueWPerM2K: facts.stockWallUValueWPerM2K), reference: "party-walls",
                                  orientationId: nil, areaM2: env.partyWallAreaM2, materialId: material, env: env,
                                  facts: facts, heavy: heavyWalls)
            party.description = "party walls (adiabatic)"
            party.adjacency = AdjacencyInput(typeAdjacenceId: 22)
            walls.append(party)
        }
        let sealed = env.q4PaM3PerHM2 < facts.stockQ4PaM3PerHM2
        var windows: [WindowInput] = []
        var bridges: [ThermalBridgeInput] = []
        let windowArea = Self.assumedWindowWidthM * Self.assumedWindowHeightM
        for (i, k) in windowKeys.enumerated() {
            let area = windowAreas[i]
            let count = max(1, Int((area / windowArea).rounded()))
            let ref = Self.windowReference(i)
            let spec = k.spec
            windows.append(WindowInput(
                reference: ref, description: Self.windowDescription(window: i, wall: k.wall),
                adjacency: AdjacencyInput(typeAdjacenceId: 1), areaM2: area, count: count,
                glazing: .init(glazingTypeId: spec.uwWPerM2K > 4 ? 1 : 2, tiltId: 3, frameMaterialId: 3, windowTypeId: 4,
                               poseTypeId: 3, enteredUw: spec.uwWPerM2K,
                               enteredSw: spec.gValue * (1 - spec.frameFraction)),
                closureTypeId: spec.hasShutters ? 7 : 1, orientationId: wallKeys[k.wall].orientationId,
                farMaskHomogeneousRowId: k.maskRowId, hasSeals: sealed, frameWidthCm: 5, insulationReturn: false))
            bridges.append(ThermalBridgeInput(
                description: Self.windowBridgeDescription(i), junctionTypeId: 5,
                lengthM: Double(count) * 2 * (Self.assumedWindowWidthM + Self.assumedWindowHeightM),
                wallReference: walls[k.wall].reference, otherReference: ref))
        }
        let highFloor = Self.roof(env, facts: facts)
        // A storey between two heated storeys (`Envelope.storey`) has neither roof nor ground floor.
        let hasRoof = env.roofAreaM2 > 0, hasGroundFloor = env.groundFloorAreaM2 > 0
        if hasRoof, facts.roof == .flat, let mainWall = walls.first(where: { $0.adjacency.typeAdjacenceId == 1 }) {
            let length = env.facades.reduce(0) { sum, f in
                let top = env.storeys.count - 1
                return sum + (top >= 0 ? f.storeyGrossAreaM2[top] / env.storeys[top].heightM : 0)
            }
            bridges.append(ThermalBridgeInput(
                description: "roof slab/wall", junctionTypeId: 3, lengthM: length,
                wallReference: mainWall.reference, otherReference: highFloor.reference))
        }
        let firstOrientation = walls.lazy.compactMap(\.orientationId).first
        let multipleOrientations = walls.contains { $0.orientationId.map { $0 != firstOrientation } ?? false }
        self.init(
            walls: walls, lowFloors: hasGroundFloor ? [Self.groundFloor(env, facts: facts)] : [],
            highFloors: hasRoof ? [highFloor] : [], windows: windows,
            thermalBridges: bridges,
            ventilations: [Self.ventilation(env, facts: facts, multipleExposedFacades: multipleOrientations)],
            inertia: InertiaInput(heavyLowFloor: false, heavyHighFloor: facts.roof == .flat, heavyWalls: heavyWalls),
            jouleHeating: [.electricConvector].contains(env.heating.system))
    }

    /// ADEME `enum_orientation_id` of a façade's outward normal (azimuth from north, clockwise): south 135–225°,
    /// west 225–315°, north 315–45°, east 45–135°.
    /// "wall-N", "window-N", "window/wall window-N" and "windows window-N (wall-M)" (N = i + 1), built once for the
    /// first indices: the mapping runs for every envelope of a batch.
    static func wallReference(_ i: Int) -> String { i < numberedCount ? wallReferences[i] : "wall-" + String(i + 1) }
    static func windowReference(_ i: Int) -> String {
        i < numberedCount ? windowReferences[i] : "window-" + String(i + 1)
    }
    static func windowBridgeDescription(_ i: Int) -> String {
        i < numberedCount ? windowBridgeDescriptions[i] : "window/wall " + windowReference(i)
    }
    static func windowDescription(window i: Int, wall w: Int) -> String {
        if i < numberedCount, w < numberedCount { return windowDescriptions[i][w] }
        return "windows " + windowReference(i) + " (" + wallReference(w) + ")"
    }

    private static let numberedCount = 32
    private static let wallReferences = (0..<numberedCount).map { "wall-\($0 + 1)" }
    private static let windowReferences = (0..<numberedCount).map { "window-\($0 + 1)" }
    private static let windowBridgeDescriptions = windowReferences.map { "window/wall " + $0 }
    private static let windowDescriptions: [[String]] = windowReferences.map { window in
        wallReferences.map { wall in "windows " + window + " (" + wall + ")" }
    }

    static func orientationId(azimuthDeg: Double) -> Int {
        let a = (azimuthDeg.truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360)
        switch a {
        case 45..<135: return 3
        case 135..<225: return 1
        case 225..<315: return 4
        default: return 2
        }
    }

    /// §6.2.2 the `coef_masque_lointain_homogene` row of a façade's horizon: by orientation (north rows 1–4, south
    /// 5–8, east or west 9–12) and the obstruction's height angle (< 15°, 15–30°, 30–60°, ≥ 60°).
    static func farMaskRowId(orientationId: Int, horizonDeg: Double) -> Int {
        let base = orientationId == 2 ? 1 : orientationId == 1 ? 5 : 9
        let step = horizonDeg < 15 ? 0 : horizonDeg < 30 ? 1 : horizonDeg < 60 ? 2 : 3
        return base + step
    }

    /// ADEME `enum_materiaux_structure_mur_id` of a stock wall material: rubble stone of one material (2), dressed
    /// stone faces with a rubble core (3), timber frame with infill (6), solid brick (8), poured concrete (13),
    /// unknown (1). The `umur0` rows of these ids are the stock's own default U-values (`EnvelopeDefaults`).
    static func structureMaterialId(_ m: WallMaterial) -> Int {
        switch m {
        case .stoneRubble: 2
        case .stoneDressed: 3
        case .timberFrame: 6
        case .solidBrick: 8
        case .concrete: 13
        case .unknown: 1
        }
    }

    /// `enum_type_isolation_id` of added layers: internal 3 (ITI), external 4 (ITE), both 6.
    static func insulationTypeId(_ layers: [InsulationLayer]) -> Int {
        let inside = layers.contains { $0.side == .internal }, outside = layers.contains { $0.side == .external }
        return inside == outside ? 6 : inside ? 3 : 4
    }

    static func wall(
        _ w: OpaqueElement, reference: String, orientationId: Int?, areaM2: Double, materialId: Int, env: Envelope,
        facts: ThreeCLBuildingFacts, heavy: Bool
    ) -> WallInput {
        var input = WallInput(
            reference: reference, description: "walls " + reference, adjacency: AdjacencyInput(typeAdjacenceId: 1),
            orientationId: orientationId, opaqueAreaM2: areaM2, u0MethodId: materialId == 1 ? 1 : 2, uMethodId: 2,
            structureMaterialId: materialId, structureThicknessCm: env.wallThicknessM * 100, insulationTypeId: 1,
            heavy: heavy)
        if w.baseUValueWPerM2K != facts.stockWallUValueWPerM2K {
            // Replaced by a measure: U entered.
            input.u0MethodId = 5
            input.uMethodId = 9
            input.enteredU = w.uValueWPerM2K
            input.insulationTypeId = w.layers.isEmpty ? 9 : insulationTypeId(w.layers)
        } else if !w.layers.isEmpty {
            input.uMethodId = 5
            input.insulationResistance = w.layers.reduce(0) { $0 + $1.addedResistanceM2KPerW }
            input.insulationTypeId = insulationTypeId(w.layers)
        }
        return input
    }

    static func groundFloor(_ env: Envelope, facts: ThreeCLBuildingFacts) -> LowFloorInput {
        let g = env.groundFloor
        let perimeter = env.groundFloorExposedPerimeterM
        var f = LowFloorInput(
            reference: "ground-floor",
            description: env.groundFloorKind == .onGround ? "ground floor on the ground" : "ground floor over a cellar",
            // type_adjacence 5 terre-plein (Ue from the method's tables by 2S/P), 6 sous-sol non chauffé.
            adjacency: AdjacencyInput(typeAdjacenceId: env.groundFloorKind == .onGround ? 5 : 6), areaM2: env.groundFloorAreaM2, floorTypeId: 10,
            u0MethodId: 2, uMethodId: 2, insulationTypeId: 1, uePerimeterM: max(perimeter, 0.1), heavy: false)
        if g.baseUValueWPerM2K != facts.stockGroundFloorUValueWPerM2K {
            f.u0MethodId = 5
            f.uMethodId = 9
            f.enteredU = g.uValueWPerM2K
            f.insulationTypeId = 9
        } else if !g.layers.isEmpty {
            f.uMethodId = 5
            f.insulationResistance = g.layers.reduce(0) { $0 + $1.addedResistanceM2KPerW }
            f.insulationTypeId = 4
        }
        return f
    }

    static func roof(_ env: Envelope, facts: ThreeCLBuildingFacts) -> HighFloorInput {
        let r = env.roof
        let insulated = facts.roof == .pitchedInsulated || !r.layers.isEmpty
        let adjacency: AdjacencyInput = facts.roof == .flat
            ? AdjacencyInput(typeAdjacenceId: 1)
            : AdjacencyInput(typeAdjacenceId: 11, cfgIsolationLncId: insulated ? 4 : 2, surfaceAiuM2: env.roofAreaM2,
                             surfaceAueM2: env.roofAreaM2 / cos(assumedRoofPitchDeg * .pi / 180))
        var h = HighFloorInput(
            reference: "roof", description: facts.roof == .flat ? "flat roof slab" : "ceiling under the attic",
            adjacency: adjacency, areaM2: env.roofAreaM2, ceilingTypeId: facts.roof == .flat ? 8 : 4, u0MethodId: 2,
            uMethodId: 1, insulationTypeId: 2, heavy: facts.roof == .flat)
        if facts.roof == .pitchedInsulated {
            // Insulated, date unknown: the default table of the construction period (from 1975–1977 before 1975).
            h.uMethodId = 8
            h.insulationTypeId = 9
        }
        if r.baseUValueWPerM2K != facts.stockRoofUValueWPerM2K || (facts.roof == .pitchedInsulated && !r.layers.isEmpty) {
            h.u0MethodId = 5
            h.uMethodId = 9
            h.enteredU = r.uValueWPerM2K
            h.insulationTypeId = r.layers.isEmpty ? 9 : 4
        } else if !r.layers.isEmpty {
            h.uMethodId = 5
            h.insulationResistance = r.layers.reduce(0) { $0 + $1.addedResistanceM2KPerW }
            h.insulationTypeId = 4
        }
        return h
    }

    /// §4: natural ventilation by opening windows (`enum_type_ventilation_id` 1), a humidity-controlled extract
    /// (VMC hygro B after 2012, 15) or balanced ventilation with heat recovery (individual, from 2013, 20); Q4Pa
    /// from the table `q4pa_conv` unless a measure lowered it (then entered, method 2).
    static func ventilation(_ env: Envelope, facts: ThreeCLBuildingFacts, multipleExposedFacades: Bool) -> VentilationInput {
        let type: Int
        switch env.ventilation.kind {
        case .natural: type = 1
        case .humidityExtract: type = 15
        case .mvhr: type = 20
        }
        let entered = env.q4PaM3PerHM2 != facts.stockQ4PaM3PerHM2
        return VentilationInput(
            description: env.ventilation.kind.rawValue, multipleExposedFacades: multipleExposedFacades,
            ventilationTypeId: type, installedAfter2012: type != 1, q4paMethodId: entered ? 2 : 1,
            enteredQ4pa: entered ? env.q4PaM3PerHM2 : nil)
    }
}
