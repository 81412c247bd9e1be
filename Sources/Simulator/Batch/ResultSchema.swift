import BuildingModel

/// The columns of a run's results table, declared once per run: the fixed key and ranking columns, then the
/// evaluator's own columns in the order given.
///
/// The schema is stored with the run; resuming with another schema is refused.
public struct ResultSchema: Sendable, Hashable, Codable {
    /// The evaluator-specific columns, in table order after the fixed ones.
    public let columns: [ResultColumn]
    /// The columns of the per-storey rows (table `storeys`, after `building_id` and `scenario_id`); empty when the
    /// evaluator gives none (no `storeys` table).
    public var storeyColumns: [ResultColumn] = []

    private enum CodingKeys: String, CodingKey { case columns }

    /// The fixed columns every results table starts with: the key, then the fields of `RankableOutcome`.
    public static let fixedColumns: [ResultColumn] = [
        ResultColumn("building_id", .text),
        ResultColumn("scenario_id", .text),
        ResultColumn("dwellings", .integer),
        ResultColumn("capex_eur", .real),
        ResultColumn("npv_eur", .real),
        ResultColumn("primary_energy_before_kwh_per_m2", .real),
        ResultColumn("primary_energy_after_kwh_per_m2", .real),
        ResultColumn("primary_energy_saved_kwh_per_year", .real),
        ResultColumn("co2_avoided_kg_per_year", .real),
        ResultColumn("class_before", .text),
        ResultColumn("class_after", .text),
        ResultColumn("rental_ban_year_before", .integer),
        ResultColumn("rental_ban_year_after", .integer),
        ResultColumn("overheating_hours", .real),
        ResultColumn("heritage", .text),
        ResultColumn("application", .text),
        ResultColumn("planned_measures", .integer),
    ]

    /// - Throws: `BatchError.invalidSchema` for a malformed, reserved or repeated column name.
    public init(columns: [ResultColumn]) throws(BatchError) {
        var seen = Set(ResultSchema.fixedColumns.map(\.name))
        for column in columns {
            guard ResultSchema.isValidName(column.name) else {
                throw .invalidSchema(
                    "column \"\(column.name)\" is not a lower-case identifier (letters, digits, _; starting with a letter)")
            }
            guard seen.insert(column.name).inserted else {
                throw .invalidSchema("column \"\(column.name)\" is declared twice or is a fixed column")
            }
        }
        self.columns = columns
    }

    /// Every column of the results table, fixed then evaluator-specific.
    public var allColumns: [ResultColumn] { ResultSchema.fixedColumns + columns }

    /// Checks one per-storey row against `storeyColumns` (same rules as `validate`).
    func validateStorey(_ values: [PropertyValue]) -> String? {
        guard values.count == storeyColumns.count else {
            return "a storey row has \(values.count) values for \(storeyColumns.count) declared storey columns"
        }
        return Self.check(values, against: storeyColumns).map { "storey row: \($0)" }
    }

    /// Checks evaluator values against the declared columns and converts them to storable values.
    ///
    /// Accepted: `.null` anywhere; `.int` or `.bool` (0/1) in an integer column; `.double` or `.int` in a real
    /// column (finite only); `.string` in a text column.
    func validate(_ values: [PropertyValue]) -> String? {
        guard values.count == columns.count else {
            return "the evaluator returned \(values.count) values for \(columns.count) declared columns"
        }
        return Self.check(values, against: columns)
    }

    static func check(_ values: [PropertyValue], against columns: [ResultColumn]) -> String? {
        for (column, value) in zip(columns, values) {
            switch (column.type, value) {
            case (_, .null), (.integer, .int), (.integer, .bool), (.real, .int), (.text, .string):
                continue
            case (.real, .double(let d)):
                if !d.isFinite { return "column \"\(column.name)\": value \(d) is not a finite number" }
            default:
                return "column \"\(column.name)\" expects \(column.type.rawValue), got \(value)"
            }
        }
        return nil
    }

    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
