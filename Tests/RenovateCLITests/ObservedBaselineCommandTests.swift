import BuildingModel
import Foundation
import Simulator
import Testing
import TestSupport

/// `simulate --baseline observed`: a building's real label of the 2021 method is its label before works, and the
/// scenarios move it by the engine's predicted ratio; a 2012 label is kept aside; the buildings layer carries the
/// real labels and the defaulted attributes.
@Suite struct ObservedBaselineCommandTests {
    /// Six sample buildings; the first with a real 2021 label C (150 kWh/m², 20 kg/m²), the second with a 2012 E.
    static func write(into dir: URL) throws -> (stock: URL, scenarios: URL) {
        var stock = try SimulateFixture.stock(6)
        stock.buildings[0].observedLabel = ObservedLabel(energyClass: "C", greenhouseGasClass: "C",
                                                         primaryEnergyKWhPerM2: 150, greenhouseGasKgPerM2: 20,
                                                         scale: .arrete2021, date: "2023-05-02")
        stock.buildings[1].observedLabel = ObservedLabel(energyClass: "E", primaryEnergyKWhPerM2: 300, scale: .arrete2012)
        let stockURL = dir.appendingPathComponent("stock.gpkg")
        try StockWriter.writeGeoPackage(stock, to: stockURL)
        let scenariosURL = dir.appendingPathComponent("scenarios.yaml")
        try SimulateFixture.scenarioSubset().write(to: scenariosURL, atomically: true, encoding: .utf8)
        return (stockURL, scenariosURL)
    }

    /// column → value, per (building, scenario) of an exported results CSV (no quoted commas in these columns).
    static func rows(_ csv: String) -> [String: [String: String]] {
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        var out: [String: [String: String]] = [:]
        for l in lines.dropFirst() where l.count == header.count {
            let row = Dictionary(uniqueKeysWithValues: zip(header, l))
            out[row["building_id"]! + "/" + row["scenario_id"]!] = row
        }
        return out
    }

    @Test func aRealLabelOfTodaysMethodIsTheStartingPoint() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try Self.write(into: dir)
        let predictedOut = dir.appendingPathComponent("p.gpkg"), observedOut = dir.appendingPathComponent("o.gpkg")
        let p = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: predictedOut))
        #expect(p.status == 0, "\(p.stderr)")
        let o = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: observedOut)
                            + ["--baseline", "observed"])
        #expect(o.status == 0, "\(o.stderr)")
        #expect(o.stderr.contains("--baseline observed: 1 of 6 buildings start from their real label; 1 real labels of the 2012 method"))
        #expect(o.stderr.contains("real DPE labels: 2 buildings"))
        let predicted = Self.rows(try SimulateFixture.exportCSV(predictedOut))
        let observed = Self.rows(try SimulateFixture.exportCSV(observedOut))
        let ids = try StockLoader(threads: 1).load(stock).buildings.map(\.id)
        let anchored = ids[0], old = ids[1], plain = ids[2]
        #expect(observed["\(anchored)/baseline"]?["class_before"] == "C")
        #expect(observed["\(anchored)/baseline"]?["label_primary_energy_kwh_per_m2"].flatMap(Double.init) == 150)
        // After works: 150 × the engine's ratio after / before.
        let before = try #require(predicted["\(anchored)/baseline"]?["label_primary_energy_kwh_per_m2"].flatMap(Double.init))
        let after = try #require(predicted["\(anchored)/attic-only"]?["label_primary_energy_kwh_per_m2"].flatMap(Double.init))
        let anchoredAfter = try #require(observed["\(anchored)/attic-only"]?["label_primary_energy_kwh_per_m2"].flatMap(Double.init))
        #expect(abs(anchoredAfter - 150 * after / before) < 1e-6)
        // The 2012 label and the unlabelled building keep the predicted classes.
        for id in [old, plain] {
            for s in ["baseline", "attic-only"] {
                #expect(observed["\(id)/\(s)"]?["class_before"] == predicted["\(id)/\(s)"]?["class_before"])
                #expect(observed["\(id)/\(s)"]?["class_after"] == predicted["\(id)/\(s)"]?["class_after"])
            }
        }
        let layer = try ResultsGeoPackage.buildings(in: observedOut)
        let first = try #require(layer.first { $0.id == anchored })
        #expect(first.observedClass == "C" && first.observedScale == "2021" && first.observedPrimaryEnergyKWhPerM2 == 150)
        #expect(layer.first { $0.id == old }?.observedScale == "2012")
        #expect(layer.allSatisfy { !$0.defaulted.isEmpty })
    }

    @Test func observedNeedsThe3CLLabel() throws {
        let out = try CLI.run(["simulate", "s.gpkg", "--scenarios", "x.yaml", "--climate", "cahors", "--out", "r.gpkg",
                               "--baseline", "observed", "--label-method", "hourly-needs"])
        #expect(out.status != 0 && out.stderr.contains("--baseline observed anchors the 3CL label"))
    }
}
