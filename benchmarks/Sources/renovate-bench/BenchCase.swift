import Foundation

/// A benchmark case file (`benchmarks/cases/*.json`, schema `renovate-bench-case/1`): the building every peer and
/// `renovate-bench thermal --json` model. Only the fields our mapping needs are decoded; the reference reader and
/// the schema's description are `benchmarks/peers/cases.py` and `benchmarks/README.md` ("Cases").
struct BenchCase: Decodable, Sendable {
    static let schemaName = "renovate-bench-case/1"

    var schema: String
    var id: String
    var weather: String
    var geometry: Geometry
    var faces: [String: Face]
    var materials: [String: Material]
    var constructions: [String: Construction]
    var glazings: [String: Glazing]
    var surfaceProperties: SurfaceProperties
    var internalGains: InternalGains
    /// Air changes per hour at a constant ρc = 1200 J/(m³·K) (what our model takes).
    var infiltrationAch: Double
    var setpoints: Setpoints

    struct Geometry: Decodable, Sendable {
        var widthM: Double
        var depthM: Double
        var storeyHeightM: Double
        var storeys: Int
    }

    /// One face of the box: `south`, `north`, `east`, `west`, `roof`, `floor` or `interFloor`.
    struct Face: Decodable, Sendable {
        var construction: String
        /// `outdoors`, `outdoorsNoSunNoWind` or `adiabatic` (absent for `interFloor`).
        var boundary: String?
        var windows: [ExplicitWindow]?
        var windowFraction: Double?
        var windowsPerStorey: Int?
        var windowHeightM: Double?
        var windowSillM: Double?
        var glazing: String?
    }

    struct ExplicitWindow: Decodable, Sendable {
        var glazing: String
        var widthM: Double
        var heightM: Double
    }

    struct Material: Decodable, Sendable {
        var conductivityWPerMK: Double?
        var densityKgPerM3: Double?
        var specificHeatJPerKgK: Double?
        var thermalResistanceM2KPerW: Double?
        var massless: Bool?
    }

    struct Layer: Decodable, Sendable {
        var material: String
        var thicknessM: Double?
    }

    struct Construction: Decodable, Sendable {
        var layersOutsideToInside: [Layer]
    }

    struct Glazing: Decodable, Sendable {
        var uValueWPerM2K: Double
        var gValue: Double
    }

    struct SurfaceProperties: Decodable, Sendable {
        var solarAbsorptance: Double
        var thermalEmissivity: Double
        var groundReflectance: Double
    }

    struct InternalGains: Decodable, Sendable {
        var totalW: Double?
        var perFloorAreaWPerM2: Double?
        var radiativeFraction: Double
    }

    struct Setpoints: Decodable, Sendable {
        var heatingC: Double
        var coolingC: Double
        var control: String
    }

    /// Reads and checks the schema name.
    static func read(_ url: URL) throws -> BenchCase {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw BenchError.caseFile(file: url.path, field: "", value: "", expected: "a readable file (\(error.localizedDescription))")
        }
        let c: BenchCase
        do { c = try JSONDecoder().decode(BenchCase.self, from: data) } catch {
            throw BenchError.caseFile(file: url.path, field: "", value: "\(error)", expected: "a renovate-bench-case/1 object")
        }
        guard c.schema == schemaName else {
            throw BenchError.caseFile(file: url.path, field: "schema", value: c.schema, expected: schemaName)
        }
        return c
    }

    /// Zone names as `peers/cases.py` derives them: `storey0` (ground floor) … or `zone` for one storey.
    func zoneName(_ storey: Int) -> String { geometry.storeys > 1 ? "storey\(storey)" : "zone" }

    /// Internal gains of one zone, W (the total is split equally between storeys, as the peers do).
    var internalGainsWPerZone: Double {
        if let t = internalGains.totalW { return t / Double(geometry.storeys) }
        return (internalGains.perFloorAreaWPerM2 ?? 0) * geometry.widthM * geometry.depthM
    }
}

/// Errors of the benchmark driver: which file / field / value, and what was expected.
enum BenchError: Error, CustomStringConvertible, Sendable {
    case caseFile(file: String, field: String, value: String, expected: String)
    case missingInput(what: String, path: String)
    case simulation(caseID: String, message: String)
    case badOption(name: String, value: String, expected: String)

    var description: String {
        switch self {
        case let .caseFile(file, field, value, expected):
            return "\(file): field \"\(field)\": \(value.isEmpty ? "" : "\(value) — ")expected \(expected)"
        case let .missingInput(what, path): return "\(what) not found at \(path)"
        case let .simulation(caseID, message): return "case \(caseID): \(message)"
        case let .badOption(name, value, expected): return "\(name) \"\(value)\": expected \(expected)"
        }
    }
}
