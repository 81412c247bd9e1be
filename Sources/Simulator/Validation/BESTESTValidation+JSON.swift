import Foundation

extension BESTESTValidation {
    /// The comparison as JSON (`renovate validate bestest --format json`), for scripts and CI: the run's weather,
    /// sky model and need model, then one object per case and metric with the value, the reference programs'
    /// range, the acceptance range when published, and whether the value is inside the reference range (null
    /// without one). Keys sorted, so the same run gives the same bytes.
    public static func json(_ rows: [Row], weather: String, sky: String, model: String) throws -> String {
        struct Range: Encodable {
            var min: Double, max: Double, mean: Double?
            init(_ r: BESTESTReference.Range) { (min, max, mean) = (r.min, r.max, r.mean) }
        }
        struct Line: Encodable {
            var `case`: String, metric: String, unit: String, value: Double
            var reference: Range?, acceptance: Range?, passes: Bool?

            func encode(to encoder: any Encoder) throws {
                // Explicit nulls: a row without a range says so instead of leaving the key out.
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(self.case, forKey: .case)
                try c.encode(metric, forKey: .metric)
                try c.encode(unit, forKey: .unit)
                try c.encode(value, forKey: .value)
                try c.encode(reference, forKey: .reference)
                try c.encode(acceptance, forKey: .acceptance)
                try c.encode(passes, forKey: .passes)
            }
            enum CodingKeys: String, CodingKey { case `case`, metric, unit, value, reference, acceptance, passes }
        }
        struct Document: Encodable {
            var standard = "ASHRAE 140-2020, section 7"
            var weather: String, sky: String, model: String
            var rows: [Line]
        }
        let document = Document(
            weather: weather, sky: sky, model: model,
            rows: rows.map {
                Line(case: $0.caseName, metric: $0.metric, unit: $0.unit, value: $0.value,
                     reference: $0.reference.map(Range.init), acceptance: $0.acceptance.map(Range.init), passes: $0.passes)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
