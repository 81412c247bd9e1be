import Foundation
import Testing
@testable import ThreeCL

@Suite("3CL tables")
struct MethodTablesTests {
    @Test("The bundled tables load and resolve a row by its tv id")
    func rowById() throws {
        let t = try MethodTables.bundled()
        // umur0 #15: stone walls "pierre de taille et moellons avec remplissage tout venant", 50 cm → 1.9 W/(m²·K)
        // (the value 2187E0981996L.xml records for its wall 1, tv_umur0_id 15).
        let row = try t.row("umur0", id: 15)
        #expect(try row.number("umur0") == 1.9)
        #expect(row.matches("enum_materiaux_structure_mur_id", 3))
    }

    @Test("Monthly climate tables: twelve values, the zone's own")
    func monthly() throws {
        let t = try MethodTables.bundled()
        let dh19 = try t.monthly("dh19", zone: .h1a, altitude: .below400m)
        #expect(dh19.count == 12)
        #expect(dh19[0] == 11712.4)
        let tefs = try t.monthly("tefs", zone: .h3, altitude: .below400m)
        #expect(tefs.count == 12)
    }

    @Test("Class limits: the standard row above 40 m², the small-surface row below")
    func classLimits() throws {
        let t = try MethodTables.bundled()
        let big = try t.classLimits(greenhouseGas: false, habitableAreaM2: 120, altitude: .below400m)
        #expect(big == [70, 110, 180, 250, 330, 420])
        let small = try t.classLimits(greenhouseGas: false, habitableAreaM2: 9.4, altitude: .below400m)
        #expect(small[0] > 70)
    }

    @Test("A missing tv id is a specific error")
    func missingRow() throws {
        let t = try MethodTables.bundled()
        #expect(throws: ThreeCLError.missingTableRow(table: "umur0", key: "tv_umur0_id 99999")) {
            try t.row("umur0", id: 99999)
        }
    }
}
