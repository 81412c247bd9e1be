import BuildingModel

/// Deterministic exports of a results file's tables (`renovate export`), for pandas and byte comparisons.
///
/// `results` is `ResultsStore.exportCSV` / `exportJSONLines` (sorted by building then scenario); `failures`
/// is sorted likewise; `district_summary` keeps the run's scenario order, and so do `district_intervals` and
/// `district_samples` (then by sample), written by `simulate --samples`. Numbers are written as in
/// `ResultsStore+Export`: decimal integers, reals in Swift's shortest round-trip form.
public enum ResultsExport {
    public enum Table: String, Sendable, CaseIterable {
        case results, failures
        case districtSummary = "district_summary"
        /// `simulate --samples` only.
        case districtIntervals = "district_intervals"
        case districtSamples = "district_samples"
        /// Every storey of every pair.
        case storeys
    }

    public enum Format: String, Sendable, CaseIterable {
        case csv, jsonl
    }

    /// Writes `table` of the store (a results GeoPackage opened with `ResultsStore.open`) to `out`.
    public static func write<Out: TextOutputStream>(_ table: Table, of store: ResultsStore, format: Format,
                                                   to out: inout Out) throws(BatchError) {
        switch (table, format) {
        case (.results, .csv): try store.exportCSV(to: &out)
        case (.results, .jsonl): try store.exportJSONLines(to: &out)
        case (.failures, _):
            let rows = try store.propertyRows(
                sql: "SELECT building_id, scenario_id, error FROM failures ORDER BY building_id, scenario_id")
            write(columns: ["building_id", "scenario_id", "error"], rows: rows, format: format, to: &out)
        case (.districtSummary, _):
            let names = DistrictSummaryTable.columns.map(\.name)
            let rows = try store.propertyRows(
                sql: "SELECT \(names.joined(separator: ", ")) FROM district_summary ORDER BY fid")
            write(columns: names, rows: rows, format: format, to: &out)
        case (.districtIntervals, _), (.districtSamples, _):
            let columns = table == .districtIntervals ? LabelSamplesTables.intervalColumns : LabelSamplesTables.sampleColumns
            guard try ResultsGeoPackage.labelSamples(in: store) != nil else {
                throw .invalidSchema("\(store.path) has no table \(table.rawValue): it comes with simulate --samples")
            }
            let names = columns.map(\.name)
            let rows = try store.propertyRows(sql: "SELECT \(names.joined(separator: ", ")) FROM \(table.rawValue) ORDER BY fid")
            write(columns: names, rows: rows, format: format, to: &out)
        case (.storeys, _):
            let columns = try store.storeyColumnsInFile()
            guard !columns.isEmpty else { throw .invalidSchema("\(store.path) has no table storeys (results of an older renovate)") }
            try store.withSortedStoreyRows(columns) { rows in
                write(columns: ["building_id", "scenario_id"] + columns.map(\.name), rows: rows, format: format, to: &out)
            }
        }
    }

    /// Rows as CSV (header, then one line per row) or JSON Lines.
    public static func write<Out: TextOutputStream, Rows: Sequence>(columns: [String], rows: Rows, format: Format,
                                                                    to out: inout Out) where Rows.Element == [PropertyValue] {
        switch format {
        case .csv:
            out.write(columns.map(ResultsStore.csvField).joined(separator: ",") + "\n")
            for row in rows {
                out.write(row.map { v in
                    if case .string(let s) = v { return ResultsStore.csvField(s) }
                    return text(v)
                }.joined(separator: ",") + "\n")
            }
        case .jsonl:
            let keys = columns.map(ResultsStore.jsonString)
            for row in rows {
                var line = "{"
                for (i, v) in row.enumerated() {
                    if i > 0 { line += "," }
                    line += keys[i] + ":" + json(v)
                }
                out.write(line + "}\n")
            }
        }
    }

    /// A value as plain text (integers in decimal, reals in shortest round-trip form, null empty).
    public static func text(_ v: PropertyValue) -> String {
        switch v {
        case .null: ""
        case .bool(let b): b ? "1" : "0"
        case .int(let i): String(i)
        case .double(let d): String(d)
        case .string(let s): s
        }
    }

    /// A value as a JSON literal.
    public static func json(_ v: PropertyValue) -> String {
        switch v {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .string(let s): ResultsStore.jsonString(s)
        case .double(let d) where !d.isFinite: "null"
        default: text(v)
        }
    }
}
