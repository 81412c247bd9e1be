import BuildingModel
import Foundation

/// Reads EnergyPlus Weather files (EPW): the `LOCATION` header and 8760 hourly data rows.
///
/// Format (EnergyPlus "Auxiliary Programs", Weather Converter, EPW data dictionary): 8 header lines, then one
/// comma-separated row per hour. Columns used (0-based): 1 month, 2 day, 3 hour (1–24), 6 dry-bulb °C,
/// 7 dew point °C, 8 relative humidity %, 12 horizontal infrared W/m² (9999 = missing), 13 GHI, 14 DNI, 15 DHI
/// (Wh/m² over the hour ending at the stamp), 21 wind speed m/s, 23 opaque sky cover tenths (optional).
///
/// Tolerates CRLF line ends and rows shorter than the full 35 columns as long as they reach column 21
/// (e.g. the 32-column DRYCOLD TMY file). Rejects truncated files, wrong row counts, non-numeric and
/// out-of-range values with `file:line:column` (1-based).
public enum EPWReader {
    /// Last column index the reader needs (wind speed).
    static let minimumColumns = 22

    /// Plausible ranges (inclusive) for the columns read; values outside are errors, except IR's 9999 = missing.
    static let ranges: [(column: Int, name: String, lo: Double, hi: Double)] = [
        (6, "dry-bulb temperature", -70, 70),
        (7, "dew point temperature", -80, 50),
        (8, "relative humidity", 0, 110),
        (13, "global horizontal irradiance", 0, 1600),
        (14, "direct normal irradiance", 0, 1500),
        (15, "diffuse horizontal irradiance", 0, 1000),
        (21, "wind speed", 0, 50),
    ]

    public static func read(url: URL) throws -> ClimateData {
        // A UTF-8 byte-order mark is accepted; bytes that are not UTF-8 are named rather than read as replacement
        // characters.
        let text: String
        do { text = try TextFile.utf8(url.path) } catch {
            throw SimulatorError.weatherFile(file: url.path, line: 0, column: 0, message: error.reason)
        }
        return try parse(text, fileName: url.path)
    }

    public static func parse(_ text: String, fileName: String) throws -> ClimateData {
        func fail(_ line: Int, _ column: Int, _ message: String) -> SimulatorError {
            .weatherFile(file: fileName, line: line, column: column, message: message)
        }
        // Lines end with LF, CRLF or CR. Split on the UTF-8 bytes (ASCII line ends are scalar boundaries):
        // splitting on Characters (grapheme clusters) made parsing ≈ 10× slower than the rest of a run.
        var lines = splitLines(text)
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        let header = 8, n = ClimateData.hoursPerYear
        guard lines.count >= 1, lines[0].hasPrefix("LOCATION") else {
            throw fail(1, 1, "first line must start with LOCATION")
        }
        let loc = lines[0].split(separator: ",", omittingEmptySubsequences: false)
        guard loc.count >= 10 else { throw fail(1, 0, "LOCATION has \(loc.count) fields, expected 10") }
        func locNumber(_ i: Int, _ name: String, _ lo: Double, _ hi: Double) throws -> Double {
            let s = loc[i].trimmingCharacters(in: .whitespaces)
            guard let v = Double(s), v >= lo, v <= hi else {
                throw fail(1, i + 1, "LOCATION \(name) \"\(s)\" is not a number in [\(lo), \(hi)]")
            }
            return v
        }
        let location = SiteLocation(
            name: loc[1].trimmingCharacters(in: .whitespaces),
            latitudeDeg: try locNumber(6, "latitude", -90, 90),
            longitudeDeg: try locNumber(7, "longitude", -180, 180),
            timeZoneHours: try locNumber(8, "time zone", -12, 14),
            elevationM: try locNumber(9, "elevation", -1000, 9000))
        guard lines.count >= header else { throw fail(lines.count, 0, "truncated header: \(lines.count) lines, expected 8") }
        let rows = lines.count - header
        guard rows == n else {
            throw fail(lines.count, 0, rows < n ? "truncated file: \(rows) data rows, expected \(n)" : "\(rows) data rows, expected \(n)")
        }
        var db = [Double](repeating: 0, count: n), dp = db, rh = db, ghi = db, dni = db, dhi = db, wind = db, sky = db
        var day = 1, month = 1
        for k in 0..<n {
            let lineNo = header + k + 1
            let f = lines[header + k].utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
                .map { Substring($0) }
            guard f.count >= minimumColumns else {
                throw fail(lineNo, f.count + 1, "row has \(f.count) columns, needs at least \(minimumColumns) (through wind speed)")
            }
            func number(_ c: Int) throws -> Double {
                let s = trimmedBlanks(f[c])
                guard s.utf8.allSatisfy({ $0 >= 32 && $0 < 127 }), let v = Double(s), v.isFinite else {
                    throw fail(lineNo, c + 1, "\"\(s.unicodeScalars.map { $0.value < 32 ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined())\" is not a number")
                }
                return v
            }
            // Calendar: a 365-day year, hours 1…24 in order.
            let expectedHour = k % 24 + 1
            if k > 0 && k % 24 == 0 {
                day += 1
                if day > ClimateData.daysPerMonth[month - 1] { day = 1; month += 1 }
            }
            let (mo, dd, hh) = (try number(1), try number(2), try number(3))
            guard CheckedInteger.exact(mo, in: 1...12) == month else {
                throw fail(lineNo, 2, "month \(Self.show(mo)), expected \(month) for data row \(k + 1)")
            }
            guard CheckedInteger.exact(dd, in: 1...31) == day else {
                throw fail(lineNo, 3, "day \(Self.show(dd)), expected \(day) for data row \(k + 1)")
            }
            guard CheckedInteger.exact(hh, in: 1...24) == expectedHour else {
                throw fail(lineNo, 4, "hour \(Self.show(hh)), expected \(expectedHour)")
            }
            var v = [Double](repeating: 0, count: 22)
            for r in ranges {
                let x = try number(r.column)
                guard x >= r.lo && x <= r.hi else {
                    throw fail(lineNo, r.column + 1, "\(r.name) \(x) outside [\(r.lo), \(r.hi)]")
                }
                v[r.column] = x
            }
            db[k] = v[6]; dp[k] = v[7]; rh[k] = v[8]; ghi[k] = v[13]; dni[k] = v[14]; dhi[k] = v[15]; wind[k] = v[21]
            let ir = try number(12)
            if ir > 0 && ir < 9999 {
                guard ir <= 1000 else { throw fail(lineNo, 13, "horizontal infrared \(ir) outside [0, 1000] (9999 = missing)") }
                sky[k] = SkyTemperature.fromInfrared(ir)
            } else {
                var cover = 5.0
                if f.count > 23, let c = Double(trimmedBlanks(f[23])), c >= 0, c <= 10 { cover = c }
                sky[k] = SkyTemperature.fromDewPoint(dryBulbC: db[k], dewPointC: dp[k], opaqueSkyCoverTenths: cover)
            }
        }
        let name = URL(fileURLWithPath: fileName).lastPathComponent
        return ClimateData(
            location: location, source: name, dryBulbC: db, dewPointC: dp, relativeHumidityPct: rh,
            globalHorizontalWPerM2: ghi, directNormalWPerM2: dni, diffuseHorizontalWPerM2: dhi, windSpeedMPerS: wind,
            skyTemperatureC: sky)
    }

    /// The lines of `text`, split at LF, CRLF or CR (a final line end gives a last empty line, as
    /// `split(omittingEmptySubsequences: false)` does).
    static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let u = text.utf8
        var start = u.startIndex, i = u.startIndex
        while i != u.endIndex {
            let b = u[i]
            if b == 10 || b == 13 {
                lines.append(text[start..<i])
                var next = u.index(after: i)
                if b == 13, next != u.endIndex, u[next] == 10 { next = u.index(after: next) }
                start = next
                i = next
            } else {
                i = u.index(after: i)
            }
        }
        lines.append(text[start..<u.endIndex])
        return lines
    }

    /// `s` without leading and trailing spaces and tabs.
    static func trimmedBlanks(_ s: Substring) -> Substring {
        let u = s.utf8
        var lo = u.startIndex, hi = u.endIndex
        while lo != hi, u[lo] == 32 || u[lo] == 9 { lo = u.index(after: lo) }
        while hi != lo, u[u.index(before: hi)] == 32 || u[u.index(before: hi)] == 9 { hi = u.index(before: hi) }
        return s[lo..<hi]
    }

    /// A calendar field as read: "6", "6.5", "1e+300".
    static func show(_ x: Double) -> String {
        CheckedInteger.exact(x, in: Int.min / 2...Int.max / 2).map(String.init) ?? String(x)
    }
}
