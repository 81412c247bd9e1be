import BuildingModel
import Foundation
import ThreeCL

/// Where in its building the dwelling a label describes stands. A flat's DPE sees its own storey only: the roof
/// for the top flats, the ground floor for the bottom ones, neither in between.
public enum LabelPosition: String, Sendable, Hashable, CaseIterable {
    /// A house, or a DPE of the whole building.
    case wholeBuilding = "whole-building"
    case groundStorey = "ground-storey"
    case middleStorey = "middle-storey"
    case topStorey = "top-storey"
}

/// The 3CL labels of one building over the values its unknown attributes may take: windows single or double
/// glazed, roof insulated or not, and the masonry wall's thickness, each axis only where the stock did not give
/// the attribute (`Building.assumed`); and, for a building of flats on several storeys, the storey of the flat
/// (ground, middle, top, weighted by how many of the building's storeys they are). Calibration and Monte Carlo then
/// draw attributes without running the engine again: the grid holds every combination (thickness interpolated
/// linearly between its nodes).
public struct LabelGrid: Sendable {
    /// Wall thicknesses tried for a masonry wall of unknown thickness, metres (the 3CL table's range for
    /// stone and brick walls of old buildings).
    public static let thicknessNodesM = [0.35, 0.50, 0.65, 0.80]

    public var buildingID: String
    public var dwellings: Int
    /// The positions of the dwelling and their weights (adding up to 1).
    public var positions: [LabelPosition]
    public var positionWeights: [Double]
    /// The values of each axis (one value: the stock's own, known or defaulted but not drawn).
    public var windows: [WindowKind]
    public var roofs: [RoofKind]
    public var thicknessesM: [Double]
    /// One entry per combination, position-major, then windows, roof, thickness.
    public var points: [UseEnergies]
    /// The building as the stock gives it, its defaults included, one entry per position: the prediction without
    /// calibration (`asGivenPrimaryEnergy`).
    public var asGiven: [UseEnergies]
    /// The whole building as the stock gives it (what the batch labels; the same as `asGiven[0]` without positions).
    public var wholeBuildingAsGiven: UseEnergies

    /// Whether an axis is drawn (the stock left the attribute unknown).
    public var windowsDrawn: Bool { windows.count > 1 }
    public var roofDrawn: Bool { roofs.count > 1 }
    public var thicknessDrawn: Bool { thicknessesM.count > 1 }

    func index(position p: Int = 0, window w: Int, roof r: Int, thickness t: Int) -> Int {
        ((p * windows.count + w) * roofs.count + r) * thicknessesM.count + t
    }

    /// The grid's log primary energy per m² on `scale`, one value per point (`points` order).
    public func logPrimaryEnergy(_ scale: PredictionScale) -> [Double] {
        points.map { log(max($0.primaryEnergyKWhPerM2(scale.scale, electricity2021: scale.electricity2021), 1e-6)) }
    }

    /// Primary energy and emissions per m² of the building as the stock gives it on `scale`: the geometric mean over
    /// the positions (a typical dwelling of the building).
    public func asGivenPrimaryEnergy(_ scale: PredictionScale) -> (ep: Double, ghg: Double) {
        var logEP = 0.0, logGHG = 0.0
        for (e, w) in zip(asGiven, positionWeights) {
            logEP += w * log(max(e.primaryEnergyKWhPerM2(scale.scale, electricity2021: scale.electricity2021), 1e-6))
            logGHG += w * log(max(e.greenhouseGasKgPerM2, 1e-6))
        }
        return (exp(logEP), exp(logGHG))
    }

    /// The class (0 = A … 6 = G) of the building as the stock gives it on `scale`.
    public func asGivenClass(_ scale: PredictionScale) -> Int {
        let x = asGivenPrimaryEnergy(scale)
        return scale.scale.classIndex(primaryEnergyKWhPerM2: x.ep, greenhouseGasKgPerM2: x.ghg)
    }

    /// Interpolates `table` (from `logPrimaryEnergy`) at a combination; `thicknessM` is clamped to the nodes.
    func interpolate(_ table: [Double], position p: Int = 0, window w: Int, roof r: Int, thicknessM: Double) -> Double {
        let nodes = thicknessesM
        guard nodes.count > 1 else { return table[index(position: p, window: w, roof: r, thickness: 0)] }
        let t = min(max(thicknessM, nodes[0]), nodes[nodes.count - 1])
        var k = 0
        while k < nodes.count - 2 && t > nodes[k + 1] { k += 1 }
        let a = table[index(position: p, window: w, roof: r, thickness: k)]
        let b = table[index(position: p, window: w, roof: r, thickness: k + 1)]
        return a + (b - a) * (t - nodes[k]) / (nodes[k + 1] - nodes[k])
    }
}

/// Computes `LabelGrid`s for a stock's residential buildings with the 3CL engine (`ThreeCLLabeler`).
public struct LabelGridBuilder: Sendable {
    public let labeler: ThreeCLLabeler
    /// Whether a building of several flats over several storeys is labelled as one of its flats (the DPE most
    /// dwellings carry, and the one BDNB's "Appartement" labels are); a whole building's otherwise.
    public var flats: Bool

    public init(labeler: ThreeCLLabeler, flats: Bool = true) {
        self.labeler = labeler
        self.flats = flats
    }

    /// The grid of each building, nil for a building without dwellings (non-residential, annexe) or without a
    /// façade analysis. The output does not depend on `threads`.
    /// - Parameter only: when given, the other buildings get no grid (a shard needs its own buildings and the
    ///   labelled ones).
    /// - Throws: the first `ThreeCLLabelError`, naming its building.
    /// - Complexity: O(buildings × combinations × engine).
    public func grids(_ buildings: [Building], facades: [String: BuildingFacades], only: Set<Int>? = nil,
                      threads: Int) throws(ThreeCLLabelError) -> [LabelGrid?] {
        let results: [Result<LabelGrid?, ThreeCLLabelError>] = ParallelChunks.map(count: buildings.count, threads: threads) { range in
            range.map { i in
                let b = buildings[i]
                guard only?.contains(i) ?? true, b.dwellings > 0, b.use?.isResidential ?? true, let f = facades[b.id] else {
                    return .success(nil)
                }
                do throws(ThreeCLLabelError) { return .success(try grid(b, facades: f)) } catch { return .failure(error) }
            }
        }
        var out: [LabelGrid?] = []
        out.reserveCapacity(results.count)
        for r in results {
            switch r {
            case .success(let g): out.append(g)
            case .failure(let e): throw e
            }
        }
        return out
    }

    /// The positions a building's label may describe, with their weights.
    func positions(_ b: Building) -> [(LabelPosition, Double)] {
        let n = b.storeys
        guard flats, b.dwellings > 1, n > 1, b.use != .house, !(b.observedLabel?.coversBuilding ?? false) else {
            return [(.wholeBuilding, 1)]
        }
        let edge = 1 / Double(n)
        return n == 2 ? [(.groundStorey, 0.5), (.topStorey, 0.5)]
            : [(.groundStorey, edge), (.middleStorey, 1 - 2 * edge), (.topStorey, edge)]
    }

    /// One building's grid.
    public func grid(_ b: Building, facades f: BuildingFacades) throws(ThreeCLLabelError) -> LabelGrid {
        let windows = b.assumed.contains(.windows) ? [WindowKind.woodSingle, .woodDouble] : [b.windows]
        let roofs = b.assumed.contains(.roof) && b.roof != .flat ? [RoofKind.pitchedUninsulated, .pitchedInsulated] : [b.roof]
        let masonry: Set<WallMaterial> = [.stoneRubble, .stoneDressed, .solidBrick, .unknown]
        let thicknesses = b.assumed.contains(.wallThickness) && masonry.contains(b.wallMaterial)
            ? LabelGrid.thicknessNodesM : [b.wallThicknessM]
        let positions = positions(b)
        var points: [UseEnergies] = []
        points.reserveCapacity(positions.count * windows.count * roofs.count * thicknesses.count)
        for (p, _) in positions {
            for w in windows {
                for r in roofs {
                    for t in thicknesses {
                        var variant = b
                        variant.windows = w
                        variant.roof = r
                        variant.wallThicknessM = t
                        points.append(try energies(variant, facades: f, position: p))
                    }
                }
            }
        }
        var asGiven: [UseEnergies] = []
        for (p, _) in positions { asGiven.append(try energies(b, facades: f, position: p)) }
        let whole = positions.count == 1 && positions[0].0 == .wholeBuilding ? asGiven[0]
            : try energies(b, facades: f, position: .wholeBuilding)
        return LabelGrid(buildingID: b.id, dwellings: b.dwellings, positions: positions.map(\.0),
                         positionWeights: positions.map(\.1), windows: windows, roofs: roofs, thicknessesM: thicknesses,
                         points: points, asGiven: asGiven, wholeBuildingAsGiven: whole)
    }

    func energies(_ b: Building, facades f: BuildingFacades, position: LabelPosition) throws(ThreeCLLabelError) -> UseEnergies {
        let whole = Envelope(building: b, facades: f)
        var facts = ThreeCLBuildingFacts(building: b)
        let envelope: Envelope
        switch position {
        case .wholeBuilding: envelope = whole
        case .groundStorey: envelope = whole.storey(0)
        case .middleStorey: envelope = whole.storey(whole.storeys.count / 2)
        case .topStorey: envelope = whole.storey(whole.storeys.count - 1)
        }
        facts.labelsAFlat = position != .wholeBuilding
        let input = try labeler.input(for: envelope, facts: facts)
        let result = try labeler.compute(input, buildingID: b.id)
        return UseEnergies(result: result, habitableAreaM2: input.dwelling.habitableAreaM2)
    }
}
