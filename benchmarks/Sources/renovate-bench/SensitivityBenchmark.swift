import Foundation
import Simulator

/// `renovate-bench sensitivity [CASE-ID …] [--monthly]`: why our annual needs differ from EnergyPlus's on the comparison
/// cases — each case under documented variants of the model, with the annual energy balance of every zone
/// (benchmarks/README.md, "Agreement"). Not a timing; prints text.
enum SensitivityBenchmark {
    struct Variant: Sendable {
        var name: String
        var glazing: GlazingAngularModifier?
        var edit: @Sendable (inout BuildingThermalSpec) -> Void
    }

    static let variants: [Variant] = [
        Variant(name: "as mapped", glazing: nil, edit: { _ in }),
        Variant(name: "floor R_se 0.04 (windy) instead of 0.17 (still air)", glazing: nil, edit: { b in
            for z in b.zones.indices {
                for f in b.zones[z].floors.indices where b.zones[z].name.hasPrefix("storey") {
                    let u = b.zones[z].floors[f].uValueWPerM2K
                    b.zones[z].floors[f].uValueWPerM2K = 1 / (1 / u - BenchCaseModel.stillAirRse + BenchCaseModel.rse)
                }
            }
        }),
        Variant(name: "no glazing angular modifier", glazing: GlazingAngularModifier.none, edit: { _ in }),
        Variant(name: "no sky long-wave loss (h_r = 0)", glazing: nil, edit: { b in
            for z in b.zones.indices { b.zones[z].externalRadiativeCoefficientWPerM2K = 0 }
        }),
        Variant(name: "sky: whole view factor at θ_sky (ISO)", glazing: nil, edit: { b in
            for z in b.zones.indices { b.zones[z].skyExchange = .viewFactor }
        }),
        Variant(name: "R_se 0.04 (rated U, no wind exposure)", glazing: nil, edit: { b in
            for z in b.zones.indices { b.zones[z].windExposure = nil }
        }),
        Variant(name: "plain 5R1C as stock zones (BESTEST)", glazing: nil, edit: { b in
            // No floor node (its capacity back in the one mass node), capacities at the surface, ISO h_is/h_ms.
            for z in b.zones.indices {
                var layers: [MassLayer] = []
                if case .layers(let given) = b.zones[z].mass {
                    layers = given.map { MassLayer(areaM2: $0.areaM2, arealCapacityJPerM2K: $0.arealCapacityJPerM2K) }
                }
                for f in b.zones[z].floors.indices {
                    guard let st = b.zones[z].floors[f].storage else { continue }
                    layers.append(MassLayer(areaM2: b.zones[z].floors[f].areaM2, arealCapacityJPerM2K: st.arealCapacityJPerM2K))
                    b.zones[z].floors[f].storage = nil
                }
                if !layers.isEmpty { b.zones[z].mass = .layers(layers) }
                b.zones[z].interiorConvectiveCoefficientWPerM2K = nil
            }
        }),
        Variant(name: "A_t = 4.5·A_f (ISO default)", glazing: nil, edit: { b in
            for z in b.zones.indices { b.zones[z].interiorSurfaceAreaM2 = nil }
        }),
        Variant(name: "C_m ×2 (A_m unchanged)", glazing: nil, edit: { b in
            for z in b.zones.indices {
                let af = b.zones[z].floorAreaM2
                let (cm, am) = b.zones[z].mass.capacityAndArea(floorAreaM2: af)
                b.zones[z].mass = .explicit(capacityJPerM2KFloor: 2 * cm / af, massAreaRatio: am / af)
            }
        }),
        Variant(name: "window U −10 %", glazing: nil, edit: { b in
            for z in b.zones.indices { for w in b.zones[z].windows.indices { b.zones[z].windows[w].uValueWPerM2K *= 0.9 } }
        }),
        Variant(name: "solar gains +10 % (g ×1.1)", glazing: nil, edit: { b in
            for z in b.zones.indices { for w in b.zones[z].windows.indices { b.zones[z].windows[w].gValue *= 1.1 } }
        }),
    ]

    static func run(_ args: [String]) throws {
        let dir = BenchEnvironment.cases
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        let wanted = Set(args.filter { !$0.hasPrefix("--") })
        for name in names.filter({ $0.hasSuffix(".json") }).sorted() {
            let url = dir.appendingPathComponent(name)
            let c = try BenchCase.read(url)
            guard wanted.isEmpty || wanted.contains(c.id) else { continue }
            let model = try BenchCaseModel.make(c, file: url.path)
            let climate = try EPWReader.read(url: BenchEnvironment.shared.appendingPathComponent("data/weather/\(c.weather)"))
            print("== \(c.id) (\(c.weather)); \(model.note)")
            for v in variants {
                var b = model.building
                v.edit(&b)
                let irr = SurfaceIrradiance(climate: climate, skyModel: .perez, groundReflectance: model.groundReflectance,
                                            glazingModifier: v.glazing ?? model.glazingModifier)
                let r = try ThermalSimulator(irradiance: irr, options: SimulationOptions(warmUpDays: BenchCaseModel.warmUpDays)).run(b)
                print("  " + v.name.padding(toLength: 52, withPad: " ", startingAt: 0) + String(format: " heating %8.0f kWh  cooling %7.0f kWh", r.heatingKWh, r.coolingKWh)
                      + (r.zones.count > 1 ? "  per zone " + r.zones.map { String(format: "%.0f/%.0f", $0.heatingKWh, $0.coolingKWh) }.joined(separator: ", ") : ""))
                if v.name == "as mapped", args.contains("--monthly") {
                    // Month by month: transmitted solar and cooling per zone, to set beside EnergyPlus's monthly output.
                    let traced = try ThermalSimulator(irradiance: irr, options: SimulationOptions(
                        recordHourly: true, warmUpDays: BenchCaseModel.warmUpDays)).run(b)
                    for z in traced.zones {
                        guard let t = z.hourly else { continue }
                        var solar = [Double](repeating: 0, count: 12), cooling = solar
                        for h in 0..<ClimateData.hoursPerYear {
                            let m = Int(ClimateData.monthOfHour[h]) - 1
                            solar[m] += t.solarGainW[h] / 1000
                            cooling[m] += max(0, -t.hvacW[h]) / 1000
                        }
                        print("    monthly \(z.name): solar " + solar.map { String(format: "%.0f", $0) }.joined(separator: " ")
                              + " | cooling " + cooling.map { String(format: "%.0f", $0) }.joined(separator: " ") + " kWh")
                    }
                }
                if v.name == "as mapped" {
                    for z in r.zones {
                        let e = z.energyBalance
                        print(String(format: "    balance %@: internal %.0f, solar %.0f, opaque forcing (sol-air, sky) %.0f, HVAC %.0f, "
                                     + "inter-zone %.0f | ventilation −%.0f, windows −%.0f, opaque −%.0f, lost radiative −%.0f, storage %.0f kWh; "
                                     + "mean air %.2f °C",
                                     z.name as NSString, e.internalGainsKWh, e.solarGainsKWh, e.opaqueForcingKWh, e.hvacKWh,
                                     e.interZoneKWh, e.ventilationLossKWh, e.windowLossKWh, e.opaqueLossKWh, e.lostRadiativeKWh,
                                     e.storageKWh, z.air.meanC))
                    }
                }
            }
        }
    }
}
