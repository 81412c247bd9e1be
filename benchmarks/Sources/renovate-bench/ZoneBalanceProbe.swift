import BuildingModel
import Foundation
import Simulator

/// `renovate-bench zone-balance STOCK --scenarios S --building ID [--weather EPW] [--exposure T]`: one building of a
/// stock file mapped to its storey zones as `simulate` maps it (`BatchSetup.load`, the scenario's built envelope —
/// the baseline's when heritage blocks the works —, the run's thermal conventions), then each scenario's conditioned run, per storey: the heating need month by month, the
/// solar gain month by month and the annual energy balance (kWh). A diagnostic for comparisons with other tools
/// (issue 16: benchmarks/README.md, "Through simulate"), not a timed benchmark.
enum ZoneBalanceProbe {
    static let usage = "zone-balance STOCK --scenarios S --building ID [--weather EPW] [--exposure rated|country|urban|large-city]"

    static func run(_ args: [String]) throws {
        guard let stock = args.first, !stock.hasPrefix("--"), let scenarios = BenchEnvironment.option("--scenarios", in: args),
              let id = BenchEnvironment.option("--building", in: args) else {
            throw BenchError.badOption(name: "arguments", value: args.joined(separator: " "), expected: usage)
        }
        var inputs = BatchInputs(stock: stock, scenarios: scenarios, toolVersion: "renovate-bench")
        inputs.weather = BenchEnvironment.option("--weather", in: args)
        if let e = BenchEnvironment.option("--exposure", in: args), e != "rated" {
            guard let terrain = WindExposure.Terrain(rawValue: e) else {
                throw BenchError.badOption(name: "--exposure", value: e, expected: "rated, country, urban or large-city")
            }
            inputs.terrain = terrain
        }
        let setup = try BatchSetup.load(inputs, shard: nil, threads: 1, log: { _ in })
        let ev = setup.evaluator
        guard let i = ev.buildings.firstIndex(where: { $0.id == id }) else {
            throw BenchError.badOption(name: "--building", value: id, expected: "the id of a building of \(stock)")
        }
        let climate = try inputs.loadClimate()
        var options = SimulationOptions()
        options.recordHourly = true
        let simulator = ThermalSimulator(irradiance: SurfaceIrradiance(climate: climate), options: options)
        let building = ev.buildings[i], facades = ev.facades[i]
        let baseline = Envelope(building: building, facades: facades)
        let applier = ScenarioApplier(set: setup.scenarios, catalogue: ev.catalogue, verdicts: ev.verdicts[i])
        func row(_ values: [Double]) -> String { values.map { String(format: "%6.0f", $0) }.joined() }
        for s in setup.scenarios.scenarios {
            let spec = applier.apply(s, to: building, facades: facades, baseline: baseline)
                .builtEnvelope(baseline: baseline).thermalSpec(inputs.thermalConventions)
            let result = try simulator.run(spec)
            print("== \(s.id)")
            for z in result.zones {
                var heating = [Double](repeating: 0, count: 12), solar = heating, start = 0
                for (m, days) in ClimateData.daysPerMonth.enumerated() {
                    for h in start..<(start + days * 24) {
                        heating[m] += max(0, z.hourly?.hvacW[h] ?? 0) / 1000
                        solar[m] += (z.hourly?.solarGainW[h] ?? 0) / 1000
                    }
                    start += days * 24
                }
                let b = z.energyBalance
                print(String(format: "%@: heating %.0f kWh, mean air %.2f °C", z.name, z.heatingKWh, z.air.meanC))
                print("  heating by month " + row(heating))
                print("  solar by month   " + row(solar))
                print(String(format: "  gains: internal %.0f, solar %.0f, opaque forcing (sol-air, sky, ground) %.0f; "
                             + "losses: air %.0f, windows %.0f, opaque %.0f; storeys %.0f, lost radiative %.0f",
                             b.internalGainsKWh, b.solarGainsKWh, b.opaqueForcingKWh, b.ventilationLossKWh,
                             b.windowLossKWh, b.opaqueLossKWh, b.interZoneKWh, b.lostRadiativeKWh))
            }
        }
    }
}
