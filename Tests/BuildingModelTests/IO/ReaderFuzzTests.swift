import Foundation
import PropertyBased
import Testing
import TestSupport
@testable import BuildingModel

/// Property tests over the readers: random damage to valid inputs never crashes or hangs a reader; every input
/// ends as data or as a specific error. (A long run for nightly use: `RENOVATE_FUZZ_COUNT=100000 swift test
/// --filter ReaderFuzzTests`.)
@Suite("Readers under random damage")
struct ReaderFuzzTests {
    static let count = InputDamage.caseCount

    static let geoJSON = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}},
        "features":[{"type":"Feature","id":"a","properties":{"height_m":9.5,"storeys":3,"dwellings":4,
        "annee_construction":1880,"generateur_chauffage":"chaudiere gaz standard","etiquette_energie_dpe":"E",
        "conso_energie_dpe_kwhep_m2_an":300.5,"nb_logements":4,"surface_habitable_estimee_m2":240},
        "geometry":{"type":"Polygon","coordinates":[[[500000,6400000],[500010,6400000],[500010,6400008],
        [500000,6400008],[500000,6400000]],[[500002,6400002],[500004,6400002],[500004,6400004],[500002,6400002]]]}},
        {"type":"Feature","id":"b","properties":{"hauteur":12,"nb_niveau":4},"geometry":{"type":"MultiPolygon",
        "coordinates":[[[[500020,6400000],[500030,6400000],[500030,6400010],[500020,6400000]]]]}}]}
        """

    static func damaged(_ text: String, _ rng: inout SplitMix64) -> Data { InputDamage.damaged(text, &rng) }

    @Test func geoJSONAndTheStockMapperNeverCrash() async {
        await propertyCheck(count: Self.count, input: Gen.int(in: 0...Int.max)) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            let data = Self.damaged(Self.geoJSON, &rng)
            let start = Date()
            do {
                let features = try GeoJSONReader.read(data, file: "fuzz.geojson")
                let stock = StockReader().stock(from: features, file: "fuzz.geojson")
                // Every feature is a building or a rejection that says why.
                let rejected = Set(stock.diagnostics.filter { $0.severity == .rejected }.map(\.featureID))
                #expect(stock.buildings.count + rejected.count >= Set(features.map(\.id)).count - 1)
                for b in stock.buildings {
                    #expect(InputLimits.storeys.contains(b.storeys) && b.heightM.isFinite && b.heightM > 0)
                    #expect(InputLimits.dwellings.contains(b.dwellings))
                }
            } catch let error as VectorFileError {
                #expect(!error.description.isEmpty)
            } catch {
                Issue.record("seed \(seed): not a VectorFileError: \(error)")
            }
            #expect(Date().timeIntervalSince(start) < 2, "seed \(seed) took \(Date().timeIntervalSince(start)) s")
        }
    }

    @Test func strictJSONAcceptsOnlyWhatFoundationAccepts() async {
        await propertyCheck(count: Self.count, input: Gen.int(in: 0...Int.max)) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            let data = Self.damaged(Self.geoJSON, &rng)
            do throws(JSONGuard.Problem) {
                let body = try JSONGuard.check([UInt8](data))
                #expect((try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])) != nil,
                        "seed \(seed): strict JSON accepted what Foundation refuses: \(String(decoding: data, as: UTF8.self))")
            } catch {
                #expect(error.line >= 1 && error.column >= 1 && !error.message.isEmpty)
            }
        }
    }

    static let yamlPieces = ["a: 1\n", "  b: 2\n", "- x\n", "  - y\n", "[", "]", "{", "}", "k: [1, {z: 2}]\n",
                             "\"q: \"\n", "a: 2\n", "    - - - deep\n", "&anchor x\n", "*anchor\n", "? complex\n",
                             "verdict: allowed\n", "verdict: forbidden\n", "\t", "#: comment\n", "'[[[['\n"]

    @Test func yamlGuardNeverCrashes() async {
        await propertyCheck(count: Self.count, input: Gen.int(in: 0...Int.max)) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            var text = ""
            for _ in 0..<Int(rng.next() % 60) {
                let piece = Self.yamlPieces[Int(rng.next() % UInt64(Self.yamlPieces.count))]
                text += rng.next() % 10 == 0 ? String(repeating: piece, count: Int(rng.next() % 200)) : piece
            }
            do { _ = try YAMLGuard.compose(text) } catch let error as YAMLGuard.Problem {
                #expect(!error.message.isEmpty)
            } catch {
                Issue.record("seed \(seed): \(error)")
            }
        }
    }

    @Test func duplicateKeysAndDeepNestingAreAlwaysCaught() async {
        await propertyCheck(count: Self.count, input: Gen.int(in: 1...2_000)) { depth in
            let nested = "a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
            do {
                _ = try YAMLGuard.compose(nested)
                #expect(depth + 1 <= InputLimits.yamlDepth, "depth \(depth) accepted")
            } catch let error as YAMLGuard.Problem {
                #expect(depth + 1 > InputLimits.yamlDepth && error.message.contains("nesting deeper"), "\(error)")
            } catch {
                Issue.record("\(error)")
            }
            let twice = "x:\n  k: 1\n" + String(repeating: "  f: 0\n", count: depth % 5) + "  k: 2\n"
            #expect(throws: YAMLGuard.Problem.self) { try YAMLGuard.compose(twice) }
        }
    }
}
