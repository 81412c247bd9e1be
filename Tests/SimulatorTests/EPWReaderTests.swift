import Foundation
import Testing
import TestSupport
@testable import Simulator

/// A synthetic valid EPW: 8 header lines and 8760 rows of 22 columns.
func syntheticEPW(rows: Int = 8760, lineEnd: String = "\n", mutate: ((Int, inout [String]) -> Void)? = nil) -> String {
    var out = "LOCATION,Test,,FRA,x,000000,44.45,1.44,1.0,135.0" + lineEnd
    for name in ["DESIGN CONDITIONS,0", "TYPICAL/EXTREME PERIODS,0", "GROUND TEMPERATURES,0", "HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0",
                 "COMMENTS 1,x", "COMMENTS 2,x", "DATA PERIODS,1,1,Data,Sunday, 1/ 1,12/31"] { out += name + lineEnd }
    var k = 0
    outer: for (m, days) in ClimateData.daysPerMonth.enumerated() {
        for d in 1...days {
            for h in 1...24 {
                guard k < rows else { break outer }
                var f = ["2001", "\(m + 1)", "\(d)", "\(h)", "60", "?", "10.5", "5.0", "70", "100000", "0", "0", "300",
                         "200", "300", "100", "0", "0", "0", "0", "180", "3.0"]
                mutate?(k, &f)
                out += f.joined(separator: ",") + lineEnd
                k += 1
            }
        }
    }
    return out
}

@Suite struct EPWReaderTests {
    @Test func readsSyntheticFileWithLFAndCRLF() throws {
        for end in ["\n", "\r\n"] {
            let c = try EPWReader.parse(syntheticEPW(lineEnd: end), fileName: "t.epw")
            #expect(c.dryBulbC.count == 8760)
            #expect(c.location.latitudeDeg == 44.45 && c.location.timeZoneHours == 1)
            #expect(c.globalHorizontalWPerM2[100] == 200 && c.directNormalWPerM2[100] == 300 && c.diffuseHorizontalWPerM2[100] == 100)
            // IR 300 W/m² → θ_sky = (300/σ)^¼ − 273.15 ≈ 269.7 K − 273.15.
            #expect(abs(c.skyTemperatureC[0] - (pow(300 / 5.670374e-8, 0.25) - 273.15)) < 1e-9)
        }
    }

    @Test func rejectsTruncatedFile() {
        #expect { try EPWReader.parse(syntheticEPW(rows: 8000), fileName: "t.epw") } throws: { e in
            "\(e)".contains("t.epw:") && "\(e)".contains("truncated") && "\(e)".contains("8000")
        }
    }

    @Test func rejectsExtraRows() {
        let text = syntheticEPW() + "2001,12,31,24,60,?,1,1,50,100000,0,0,300,0,0,0,0,0,0,0,0,1\n"
        #expect { try EPWReader.parse(text, fileName: "t.epw") } throws: { "\($0)".contains("8761 data rows, expected 8760") }
    }

    @Test func rejectsNonNumericWithLineAndColumn() {
        let text = syntheticEPW { k, f in if k == 41 { f[6] = "abc" } }
        // Data row 42 is line 8 + 42 = 50; dry bulb is column 7 (1-based).
        #expect { try EPWReader.parse(text, fileName: "t.epw") } throws: { "\($0)".hasPrefix("t.epw:50:7:") }
    }

    @Test func rejectsOutOfRange() {
        let text = syntheticEPW { k, f in if k == 0 { f[13] = "2500" } }
        #expect { try EPWReader.parse(text, fileName: "t.epw") } throws: { "\($0)".hasPrefix("t.epw:9:14:") }
    }

    @Test func rejectsRowsTooShort() {
        let text = syntheticEPW { k, f in if k == 5 { f.removeLast(3) } }
        #expect { try EPWReader.parse(text, fileName: "t.epw") } throws: { "\($0)".hasPrefix("t.epw:14:") }
    }

    @Test func rejectsWrongHourSequence() {
        let text = syntheticEPW { k, f in if k == 30 { f[3] = "9" } }
        #expect { try EPWReader.parse(text, fileName: "t.epw") } throws: { "\($0)".contains("hour 9, expected 7") }
    }

    @Test func missingInfraredFallsBackToDewPointModel() throws {
        let c = try EPWReader.parse(syntheticEPW { _, f in f[12] = "9999" }, fileName: "t.epw")
        #expect(c.skyTemperatureC[0] < c.dryBulbC[0])
    }

    @Test(.enabled(if: SharedData.isAvailable, "../shared is absent"),
          arguments: ["725650TYCST.epw", "DRYCOLDTMY.epw", "Bordeaux.epw", "Brest.epw", "Clermont-Ferrand.epw", "Dijon.epw",
                      "FRA_AR_Lyon-Bron.AP.074800_TMYx.2004-2018.epw"])
    func readsSharedWeatherFiles(_ name: String) throws {
        let c = try EPWReader.read(url: SharedData.url("data/weather/\(name)"))
        #expect(c.dryBulbC.count == 8760)
        try c.validate()
        // Annual GHI between 900 and 2000 kWh/m² (SOURCES.md lists 1085–1832).
        #expect(c.annualGlobalHorizontalKWhPerM2 > 900 && c.annualGlobalHorizontalKWhPerM2 < 2000)
        #expect(c.skyTemperatureC.allSatisfy { $0.isFinite })
    }
}
