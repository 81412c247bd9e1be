import BuildingModel
import Foundation
import ThreeCL

/// The 3CL labels of one building over the values its unknown attributes may take: windows single or double
/// glazed, roof insulated or not, and the masonry wall's thickness, each axis only where the stock did not give
/// the attribute (`Building.assumed`). Calibration and Monte Carlo then draw attributes without running the
/// engine again: the grid holds every combination (thickness interpolated linearly between its nodes).
public struct LabelGrid: Sendable {
    /// Wall thicknesses tried for a masonry wall of unknown thickness, metres (the 3CL table's range for
    /// stone and brick walls of old buildings).
    public static let thicknessNodesM = [0.35, 0.50, 0.65, 0.80]

    public var buildingID: String
    public var dwellings: Int
    /// The values of each axis (one value: the stock's own, known or defaulted but not drawn).
    public var windows: [WindowKind]
    public var roofs: [RoofKind]
    public var thicknessesM: [Double]
    /// One entry per combination, windows-major then roof then thickness.
    public var points: [UseEnergies]
    /// The building as the stock gives it, its defaults included: the prediction without calibration.
    public var asGiven: UseEnergies

    /// Whether an axis is drawn (the stock left the attribute unknown).
    public var windowsDrawn: Bool { windows.count > 1 }
    public var roofDrawn: Bool { roofs.count > 1 }
    public var thicknessDrawn: Bool { thicknessesM.count > 1 }

    func index(window w: Int, roof r: Int, thickness t: Int) -> Int {
        (w * roofs.count + r) * thicknessesM.count + t
    }

    /// The grid's log primary energy per m² on `scale`, one value per point (`points` order).
    public func logPrimaryEnergy(_ scale: PredictionScale) -> [Double] {
        points.map { log(max($0.primaryEnergyKWhPerM2(scale.scale, electricity2021: scale.electricity2021), 1e-6)) }
    }

    /// Interpolates `table` (from `logPrimaryEnergy`) at a combination; `thicknessM` is clamped to the nodes.
    func interpolate(_ table: [Double], window w: Int, roof r: Int, thicknessM: Double) -> Double {
        let nodes = thicknessesM
        guard nodes.count > 1 else { return table[index(window: w, roof: r, thickness: 0)] }
        let t = min(max(thicknessM, nodes[0]), nodes[nodes.count - 1])
        var k = 0
        while k < nodes.count - 2 && t > nodes[k + 1] { k += 1 }
        let a = table[index(window: w, roof: r, thickness: k)], b = table[index(window: w, roof: r, thickness: k + 1)]
        return a + (b - a) * (t - nodes[k]) / (nodes[k + 1] - nodes[k])
    }
}

/// Computes `LabelGrid`s for a stock's residential buildings with the 3CL engine (`ThreeCLLabeler`).
public struct LabelGridBuilder: Sendable {
    public let labeler: ThreeCLLabeler

    public init(labeler: ThreeCLLabeler) { self.labeler = labeler }

    /// The grid of each building, nil for a building without dwellings (non-residential, annexe) or without a
    /// façade analysis. The output does not depend on `threads`.
    /// - Throws: the first `ThreeCLLabelError`, naming its building.
    /// - Complexity: O(buildings × combinations × engine).
    public func grids(_ buildings: [Building], facades: [String: BuildingFacades],
                      threads: Int) throws(ThreeCLLabelError) -> [LabelGrid?] {
        let results: [Result<LabelGrid?, ThreeCLLabelError>] = ParallelChunks.map(count: buildings.count, threads: threads) { range in
            range.map { i in
                let b = buildings[i]
                guard b.dwellings > 0, b.use?.isResidential ?? true, let f = facades[b.id] else { return .success(nil) }
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

    /// One building's grid.
    public func grid(_ b: Building, facades f: BuildingFacades) throws(ThreeCLLabelError) -> LabelGrid {
        let windows = b.assumed.contains(.windows) ? [WindowKind.woodSingle, .woodDouble] : [b.windows]
        let roofs = b.assumed.contains(.roof) && b.roof != .flat ? [RoofKind.pitchedUninsulated, .pitchedInsulated] : [b.roof]
        let masonry: Set<WallMaterial> = [.stoneRubble, .stoneDressed, .solidBrick, .unknown]
        let thicknesses = b.assumed.contains(.wallThickness) && masonry.contains(b.wallMaterial)
            ? LabelGrid.thicknessNodesM : [b.wallThicknessM]
        var points: [UseEnergies] = []
        points.reserveCapacity(windows.count * roofs.count * thicknesses.count)
        for w in windows {
            for r in roofs {
                for t in thicknesses {
                    var variant = b
                    variant.windows = w
                    variant.roof = r
                    variant.wallThicknessM = t
                    points.append(try energies(variant, facades: f))
                }
            }
        }
        return LabelGrid(buildingID: b.id, dwellings: b.dwellings, windows: windows, roofs: roofs,
                         thicknessesM: thicknesses, points: points, asGiven: try energies(b, facades: f))
    }

    func energies(_ b: Building, facades f: BuildingFacades) throws(ThreeCLLabelError) -> UseEnergies {
        let envelope = Envelope(building: b, facades: f)
        let input = try labeler.input(for: envelope, facts: ThreeCLBuildingFacts(building: b))
        let result = try labeler.compute(input, buildingID: b.id)
        return UseEnergies(result: result, habitableAreaM2: input.dwelling.habitableAreaM2)
    }
}
