import Foundation
import Testing
@testable import ThreeCL

/// Hand-computed cases of §3–§6.2, each value read from the method's tables (row ids in the comments).
@Suite("3CL envelope (§3–§7)")
struct ThreeCLEnvelopeTests {
    let dwelling = DwellingDescription(
        constructionPeriodId: 1, applicationMethodId: 1, habitableAreaM2: 100, ceilingHeightM: 2.5,
        climateZone: .h1a, altitude: .below400m)

    func wall(uMethod: Int, thicknessCm: Double? = nil) -> WallInput {
        WallInput(
            adjacency: AdjacencyInput(typeAdjacenceId: 1), opaqueAreaM2: 10, u0MethodId: 2, uMethodId: uMethod,
            structureMaterialId: 3, structureThicknessCm: 50, insulationTypeId: thicknessCm == nil ? 2 : 4,
            insulationThicknessCm: thicknessCm)
    }

    @Test("§3.2.1: a 50 cm stone wall, not insulated: Umur0 from umur0 #15 (1.9), Umur = Umur0")
    func bareWall() throws {
        let t = try MethodTables.bundled()
        let w = wall(uMethod: 1)
        #expect(try Walls.umur0Row(w, tables: t).idDescription == "#15")
        let u = try Walls.u(w, dwelling: dwelling, jouleHeating: false, tables: t)
        #expect(u.u0 == 1.9)
        #expect(u.u == 1.9)
    }

    @Test("§3.2.1: the same wall with 10 cm of exterior insulation: 1/(1/1.9 + 0.10/0.04)")
    func insulatedWall() throws {
        let t = try MethodTables.bundled()
        let u = try Walls.u(wall(uMethod: 3, thicknessCm: 10), dwelling: dwelling, jouleHeating: false, tables: t)
        #expect(abs(u.u - 1 / (1 / 1.9 + 2.5)) < 1e-12)
        #expect(abs(u.u - 0.330435) < 1e-6)
    }

    @Test("§3.2.1: a thickness between two tabulated columns takes the nearest (52 cm → 50 cm, #15)")
    func nearestThickness() throws {
        let t = try MethodTables.bundled()
        var w = wall(uMethod: 1)
        w.structureThicknessCm = 52
        #expect(try Walls.umur0Row(w, tables: t).idDescription == "#15")
        w.structureThicknessCm = 90
        #expect(try Walls.umur0Row(w, tables: t).idDescription == "#21")  // "≥ 80"
    }

    @Test("§3.1: b towards a garage (lc isolé + lnc non isolé), Aiu/Aue = 20/30 → row #43, b = 0.95")
    func unheatedSpace() throws {
        let t = try MethodTables.bundled()
        let a = AdjacencyInput(typeAdjacenceId: 8, cfgIsolationLncId: 4, surfaceAiuM2: 20, surfaceAueM2: 30)
        let row = try ReductionCoefficient.selectRow(a, zone: .h1a, tables: t, origin: ElementOrigin())
        #expect(row?.idDescription == "#43")
        #expect(try ReductionCoefficient.b(a, zone: .h1a, tables: t, origin: ElementOrigin()) == 0.95)
        // Outside: 1; a heated neighbour: 0.
        #expect(try ReductionCoefficient.b(AdjacencyInput(typeAdjacenceId: 1), zone: .h1a, tables: t, origin: ElementOrigin()) == 1)
        #expect(try ReductionCoefficient.b(AdjacencyInput(typeAdjacenceId: 22), zone: .h1a, tables: t, origin: ElementOrigin()) == 0)
    }

    func window(enteredUg: Double? = nil, closure: Int) -> WindowInput {
        WindowInput(
            adjacency: AdjacencyInput(typeAdjacenceId: 1), areaM2: 2,
            glazing: .init(
                glazingTypeId: 2, tiltId: 3, gasId: 1, gapMm: 16, lowEmissivity: false, frameMaterialId: 5,
                windowTypeId: 4, poseTypeId: 2, enteredUg: enteredUg, enteredSw: 0.5),
            closureTypeId: closure, orientationId: 1, nearMaskRowId: 19, farMaskHomogeneousRowId: 7)
    }

    @Test("§3.3: PVC casement, double glazing 16 mm air: Ug 2.7 (ug #8), Uw 2.6 (uw #346), roller shutter ΔR 0.25 → Ujn 2.1")
    func windowWithShutter() throws {
        let t = try MethodTables.bundled()
        let v = try Windows.values(window(closure: 6), tables: t)
        #expect(v.ug == 2.7)
        #expect(abs(v.uw - 2.6) < 1e-12)
        #expect(abs((v.ujn ?? 0) - 2.1) < 1e-12)
        #expect(v.u == v.ujn)
        let bare = try Windows.values(window(closure: 1), tables: t)
        #expect(bare.ujn == nil)
        #expect(abs(bare.u - 2.6) < 1e-12)
    }

    @Test("§3.3.2–3.3.3: an entered Ug of 2.75 interpolates Uw (2.6…2.7 → 2.65) and Ujn (2.1…2.2 → 2.15)")
    func windowInterpolation() throws {
        let t = try MethodTables.bundled()
        let v = try Windows.values(window(enteredUg: 2.75, closure: 6), tables: t)
        #expect(abs(v.uw - 2.65) < 1e-9)
        #expect(abs((v.ujn ?? 0) - 2.15) < 1e-9)
    }

    @Test("§4: Hperm of a pre-1948 house, not insulated, no seals (q4pa_conv #5: 3.3), windows ventilation, Sdep 200 m²")
    func permeability() throws {
        let t = try MethodTables.bundled()
        let v = VentilationInput(multipleExposedFacades: true, ventilationTypeId: 1)
        let r = try AirRenewal.values(
            v, dwelling: dwelling, losingAreaM2: 200, insulatedMajority: false, sealedMajority: false, tables: t)
        #expect(r.q4pa == 3.3)
        // n50 = 3.3 × 200 / ((4/50)^(2/3) × 2.5 × 100); Qvasouf = Qvarep so Qvinf = Hsp × Sh × n50 × 0.07.
        let n50 = 3.3 * 200 / (pow(4.0 / 50.0, 2.0 / 3.0) * 2.5 * 100)
        #expect(abs(r.hpermWPerK - 0.34 * 2.5 * 100 * n50 * 0.07) < 1e-9)
        #expect(abs(r.hpermWPerK - 84.6047) < 1e-3)
        // Hvent = 0.34 × 1.2 (debits_ventilation #1) × 100.
        #expect(abs(r.hventWPerK - 40.8) < 1e-9)
    }

    @Test("§6.2: Sse of one south vertical window in H1a (C1 = 1): 2 m² × 0.5 × Fe1 1 (#19) × Fe2 0.3 (#7)")
    func southEquivalentArea() throws {
        let t = try MethodTables.bundled()
        let w = window(closure: 1)
        let v = try Windows.values(w, tables: t)
        #expect(v.fe1 == 1)
        #expect(v.fe2 == 0.3)
        let c1 = try t.c1(zone: .h1a, orientation: "sud sup75°")
        let sse = try SouthEquivalentArea.monthly(windows: [(w, v)], bufferSpaces: [], zone: .h1a, tables: t)
        #expect(sse.count == 12)
        for m in 0..<12 { #expect(abs(sse[m] - 2 * c1[m] * 0.5 * 0.3) < 1e-12) }
    }

    @Test("§3.2.2: Ue on the ground, 2S/P = 2 × 59 / 24.9 → 5, Upb 0.27 below the table: extrapolated from (0.46, 0.27), (0.59, 0.32)")
    func groundFloorUe() throws {
        let t = try MethodTables.bundled()
        let f = LowFloorInput(
            adjacency: AdjacencyInput(typeAdjacenceId: 5), areaM2: 59, floorTypeId: 9, u0MethodId: 5, uMethodId: 9,
            enteredU: 0.27, uePerimeterM: 24.9)
        let u = try LowFloors.u(f, dwelling: dwelling, jouleHeating: false, tables: t)
        #expect(u.u == 0.27)
        let ue = try #require(try LowFloors.ue(f, upb: u.u, dwelling: dwelling, tables: t))
        #expect(abs(ue - (0.27 + (0.32 - 0.27) * (0.27 - 0.46) / (0.59 - 0.46))) < 1e-12)
        #expect(abs(ue - 0.196923) < 1e-6)  // what 2387E0045247S.xml records
    }

    @Test("§3.4: window/wall bridge k from the joined wall's insulation and the window's fitting")
    func thermalBridgeSelection() throws {
        let t = try MethodTables.bundled()
        let bridge = ThermalBridgeInput(junctionTypeId: 5, lengthM: 5, wallReference: "M1", otherReference: "B1")
        func k(wallInsulation: Int, pose: Int, width: Double, insulationReturn: Bool) throws -> Double {
            var w = wall(uMethod: 1)
            w.reference = "M1"
            w.insulationTypeId = wallInsulation
            var b = window(closure: 1)
            b.reference = "B1"
            b.glazing.poseTypeId = pose
            b.frameWidthCm = width
            b.insulationReturn = insulationReturn
            let input = EnvelopeInput(walls: [w], windows: [b], thermalBridges: [bridge],
                                      inertia: InertiaInput(heavyLowFloor: false, heavyHighFloor: false, heavyWalls: false))
            return try ThermalBridges.k(bridge, context: input.bridgeContext(bridge), tables: t)
        }
        #expect(try k(wallInsulation: 3, pose: 2, width: 5, insulationReturn: true) == 0)  // #81: ITI, nu intérieur
        #expect(try k(wallInsulation: 3, pose: 1, width: 5, insulationReturn: true) == 0.22)  // #77: ITI, nu extérieur
        #expect(try k(wallInsulation: 2, pose: 3, width: 10, insulationReturn: false) == 0.19)  // #74: not insulated, tunnel
    }

    @Test("§7: inertia class from the heavy elements")
    func inertia() {
        #expect(Inertia.classId(InertiaInput(heavyLowFloor: true, heavyHighFloor: true, heavyWalls: true)) == 1)
        #expect(Inertia.classId(InertiaInput(heavyLowFloor: false, heavyHighFloor: true, heavyWalls: true)) == 2)
        #expect(Inertia.classId(InertiaInput(heavyLowFloor: false, heavyHighFloor: false, heavyWalls: false)) == 4)
    }

    @Test("An unknown wall material is a specific error naming the element")
    func unknownMaterial() throws {
        let t = try MethodTables.bundled()
        var w = wall(uMethod: 1)
        w.structureMaterialId = 999
        w.origin = ElementOrigin(file: "x.xml", path: "dpe/logement/enveloppe/mur_collection/mur")
        #expect(throws: ThreeCLError.self) { try Walls.u(w, dwelling: dwelling, jouleHeating: false, tables: t) }
    }
}
