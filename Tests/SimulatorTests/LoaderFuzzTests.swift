import BuildingModel
import Foundation
import PropertyBased
import Testing
import TestSupport

@testable import Simulator

/// Property tests over the loaders of the batch's other inputs: random damage to the shipped scenarios, catalogue
/// and rules and to a real weather file never crashes or hangs a loader, and every refusal is the loader's own
/// error naming the file. (`RENOVATE_FUZZ_COUNT=100000 swift test --filter LoaderFuzzTests` for a long run.)
@Suite("Loaders under random damage")
struct LoaderFuzzTests {
    static let count = InputDamage.caseCount
    static let sample = SharedData.repositoryRoot.appendingPathComponent("samples/cahors")

    static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    @Test func scenarioCatalogueAndRuleLoadersNeverCrash() async throws {
        let scenarios = try String(contentsOf: Self.sample.appendingPathComponent("scenarios.yaml"), encoding: .utf8)
        let rules = try String(contentsOf: Self.sample.appendingPathComponent("rules.yaml"), encoding: .utf8)
        let catalogue = try MeasureCatalogue.bundled()
        await propertyCheck(count: Self.count, input: Gen.int(in: 0...Int.max)) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            let start = Date()
            do { _ = try ScenarioSetLoader.parse(Self.text(InputDamage.damaged(scenarios, &rng)), file: "s.yaml", catalogue: catalogue) } catch {
                #expect(error is RetrofitInputError && "\(error)".contains("s.yaml"), "seed \(seed): \(error)")
            }
            do { _ = try MeasureCatalogueLoader.parse(Self.text(InputDamage.damaged(DefaultCatalogues.measuresYAML, &rng)), file: "m.yaml") } catch {
                #expect(error is RetrofitInputError && "\(error)".contains("m.yaml"), "seed \(seed): \(error)")
            }
            do { _ = try RuleSet.parse(yaml: Self.text(InputDamage.damaged(rules, &rng)), file: "r.yaml") } catch {
                #expect("\(error)".contains("r.yaml"), "seed \(seed): \(error)")
            }
            #expect(Date().timeIntervalSince(start) < 5, "seed \(seed) took \(Date().timeIntervalSince(start)) s")
        }
    }

    static let weather = "data/weather/Bordeaux.epw"

    @Test(.enabled(if: SharedData.has(weather), "../shared/data/weather/Bordeaux.epw is absent"))
    func weatherReaderNeverCrashes() async throws {
        let epw = try String(contentsOf: SharedData.url(Self.weather), encoding: .utf8)
        // A whole year per case: a third of the cases keeps the property's run short.
        await propertyCheck(count: max(Self.count / 3, 1), input: Gen.int(in: 0...Int.max)) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            let start = Date()
            do {
                let climate = try EPWReader.parse(Self.text(InputDamage.damaged(epw, &rng)), fileName: "w.epw")
                let series = [climate.dryBulbC, climate.dewPointC, climate.relativeHumidityPct, climate.globalHorizontalWPerM2,
                              climate.directNormalWPerM2, climate.diffuseHorizontalWPerM2, climate.windSpeedMPerS]
                #expect(series.allSatisfy { $0.allSatisfy(\.isFinite) }, "seed \(seed): a value that is not finite was read")
            } catch {
                #expect("\(error)".contains("w.epw"), "seed \(seed): \(error)")
            }
            #expect(Date().timeIntervalSince(start) < 5, "seed \(seed) took \(Date().timeIntervalSince(start)) s")
        }
    }
}
