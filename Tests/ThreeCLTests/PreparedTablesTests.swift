import Foundation
import Testing
@testable import ThreeCL

/// The lookups prepared at load (`IdColumn`, the ug rows by glazing, curves in increasing x) against the plain
/// table reads they replace, over every row of the tables concerned.
@Suite("3CL tables prepared at load")
struct PreparedTablesTests {
    @Test("Every id column gives what the cited row gives, and the same error for an absent row")
    func idColumnsMatchTheRows() throws {
        let t = try MethodTables.bundled()
        let c = t.columns
        let columns = [c.reductionB, c.ug, c.uw, c.sw, c.deltaR, c.nearMaskFe1, c.farMaskFe2, c.doorU, c.bridgeK, c.q4paConv]
        var checked = 0
        for column in columns {
            let rows = try t.rows(column.table)
            #expect(!rows.isEmpty, "table \(column.table)")
            for r in rows {
                guard let id = r.string("tv_\(column.table)_id").flatMap({ Int($0) }) else { continue }
                let byRow = try t.row(column.table, id: id)
                if let expected = byRow.optionalNumber(column.field) {
                    #expect(try column.value(id, in: t) == expected, "\(column.table) #\(id)")
                    checked += 1
                } else {
                    #expect(throws: ThreeCLError.self) { try column.value(id, in: t) }
                }
            }
            #expect(throws: ThreeCLError.missingTableRow(table: column.table, key: "tv_\(column.table)_id 999999")) {
                try column.value(999_999, in: t)
            }
        }
        #expect(checked > 500)
    }

    @Test("The named monthly series and the C1 slots give what the tables give by name")
    func seriesGridsMatchTheNamedTables() throws {
        let t = try MethodTables.bundled()
        var checked = 0
        for series in MonthlySeries.allCases {
            for zone in ClimateZone.allCases {
                for altitude in AltitudeClass.allCases {
                    for ilpa in [false, true] {
                        let byName = try t.monthly(series.rawValue, zone: zone, altitude: altitude, ilpa: ilpa)
                        #expect(try t.monthly(series, zone: zone, altitude: altitude, ilpa: ilpa) == byName)
                        #expect(byName.count == 12)
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == MonthlySeries.allCases.count * 8 * 3 * 2)
        // C1: every orientation (1–5) and tilt (1–4) the method names, against the key it builds.
        for orientation in 1...5 {
            for tilt in 1...4 {
                let key = try SouthEquivalentArea.c1Key(orientationId: orientation, tiltId: tilt, origin: ElementOrigin())
                let slot = try #require(C1Grid.slot(orientationId: orientation, tiltId: tilt))
                for zone in ClimateZone.allCases {
                    #expect(try t.c1(zone: zone, slot: slot) == t.c1(zone: zone, orientation: key), "\(key) \(zone)")
                }
            }
        }
        #expect(C1Grid.slot(orientationId: 6, tiltId: 1) == nil && C1Grid.slot(orientationId: 1, tiltId: 5) == nil)
        #expect(throws: ThreeCLError.self) {
            try SouthEquivalentArea.c1Key(orientationId: 6, tiltId: 1, origin: ElementOrigin())
        }
    }

    @Test("The ug rows by glazing are the rows the attributes select, in increasing gap")
    func ugRowsByGlazing() throws {
        let t = try MethodTables.bundled()
        let all = try t.rows("ug")
        var keys = 0
        for glazing in 1...6 {
            for gas in 1...3 {
                for tilt in 1...4 {
                    for lowE in [false, true] {
                        let prepared = t.ugRows(glazingTypeId: glazing, gasId: gas, tiltId: tilt, lowEmissivity: lowE)
                        let scanned = all.filter {
                            $0.matches("enum_type_vitrage_id", glazing) && $0.matches("enum_type_gaz_lame_id", gas)
                                && $0.matches("enum_inclinaison_vitrage_id", tilt)
                                && $0.string("vitrage_vir") == (lowE ? "1" : "0")
                        }
                        #expect(Set(prepared.map(\.row)) == Set(scanned))
                        let gaps = prepared.map(\.gapMm)
                        #expect(gaps == gaps.sorted())
                        if !prepared.isEmpty { keys += 1 }
                    }
                }
            }
        }
        #expect(keys > 10)
    }

    @Test("Interpolation gives the same value whether or not the points come sorted")
    func interpolationOrder() {
        let sorted: [(x: Double, y: Double)] = [(0.5, 1.0), (1.0, 1.4), (2.0, 2.2), (3.0, 2.8)]
        let shuffled: [(x: Double, y: Double)] = [(2.0, 2.2), (0.5, 1.0), (3.0, 2.8), (1.0, 1.4), (2.0, 9.9)]
        for x in stride(from: 0.0, through: 3.5, by: 0.25) {
            for extrapolate in [false, true] {
                let a = TableLookup.interpolate(sorted, at: x, extrapolate: extrapolate)
                // A repeated abscissa keeps its first point in table order (2.2, not 9.9).
                let b = TableLookup.interpolate(shuffled, at: x, extrapolate: extrapolate)
                #expect(a == b, "x = \(x)")
            }
        }
        #expect(abs((TableLookup.interpolate(sorted, at: 1.5) ?? 0) - 1.8) < 1e-12)
        #expect(abs((TableLookup.interpolate(sorted, at: 4, extrapolate: true) ?? 0) - 3.4) < 1e-12)
    }

    @Test("Interval bounds are parsed at load as the method writes them")
    func boundsParsedAtLoad() {
        let row = TableRow(table: "x", fields: ["min": "0,25 <", "max": "≤ 1,00", "plain": "abc"])
        #expect(row.bound("min") == 0.25)
        #expect(row.bound("max") == 1.0)
        #expect(row.bound("plain") == nil)
        #expect(TableLookup.inInterval(0.5, row: row, min: "min", max: "max"))
        #expect(!TableLookup.inInterval(0.25, row: row, min: "min", max: "max"))
        #expect(TableLookup.inInterval(1.0, row: row, min: "min", max: "max"))
    }

    @Test("Every generateur_combustion formula by field evaluates as its text does, trailing % aside")
    func formulasByField() throws {
        let t = try MethodTables.bundled()
        var checked = 0
        for r in try t.rows("generateur_combustion") {
            for (field, raw) in r.fields where !raw.isEmpty {
                let byText = TableFormula(text: raw.hasSuffix("%") ? String(raw.dropLast()) : raw)
                let byField = r.formula(field: field)
                #expect((byText == nil) == (byField == nil), "\(r.idDescription) \(field) = \(raw)")
                guard let byText, let byField else { continue }
                for pn in [4.0, 24, 70, 120, 500] {
                    let vars = FormulaVariables(pn: pn, e: 2.5, f: -0.8)
                    #expect(byText.evaluate(vars) == byField.evaluate(vars), "\(r.idDescription) \(field) = \(raw)")
                }
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test("Power criteria: bounds, strictness, and a text that is not one")
    func powerCriteria() {
        let cases: [(String, Double, Bool)] = [
            ("Pn≤70", 70, true), ("Pn≤70", 70.1, false), ("70<Pn≤400", 70, false), ("70<Pn≤400", 100, true),
            ("70<Pn≤400", 400, true), ("Pn>400", 400, false), ("Pn>400", 401, true), ("Pn ≥ 20", 20, true),
            ("Pn<20", 20, false), ("20≤Pn", 20, true), ("puissance", 50, false), ("Pn=5", 5, false),
        ]
        for (text, pn, expected) in cases {
            #expect(PowerCriterion(text: text).holds(for: pn) == expected, "\(text) at \(pn) kW")
        }
    }

    @Test("The generator types each table lists are the types its rows hold")
    func generatorTypesByTable() throws {
        let t = try MethodTables.bundled()
        let tables: [(MethodTables.GeneratorTable, String)] = [
            (.heatPump, "scop"), (.combustion, "generateur_combustion"), (.fixedEfficiency, "rendement_generation"),
        ]
        for (table, name) in tables {
            var listed = 0
            for id in 0...200 {
                let scanned = try !t.rows(name).filter { $0.matches("enum_type_generateur_ch_id", id) }.isEmpty
                #expect(t.lists(generatorTypeId: id, in: table) == scanned, "\(name) type \(id)")
                if scanned { listed += 1 }
            }
            #expect(listed > 0, "\(name)")
        }
    }
}
