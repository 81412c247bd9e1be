import Testing
@testable import BuildingModel

@Suite("Stock reader attribute mapping")
struct StockReaderTests {
    /// A 10 m × 8 m footprint (80 m²) in Lambert-93.
    static let footprint = FeatureGeometry.polygon(Polygon(exterior: [
        Point2D(x: 500000, y: 6400000), Point2D(x: 500010, y: 6400000), Point2D(x: 500010, y: 6400008),
        Point2D(x: 500000, y: 6400008), Point2D(x: 500000, y: 6400000),
    ]))

    static func read(_ properties: [String: PropertyValue], geometry: FeatureGeometry? = footprint,
                     options: StockReaderOptions = .init()) -> Stock {
        StockReader(options: options).stock(
            from: [Feature(id: "f0", geometry: geometry, properties: properties)], file: "t.gpkg")
    }

    @Test func bdnbFields() throws {
        let s = Self.read([
            "batiment_construction_id": .string("BATIMENT0000000049603363-1"), "batiment_groupe_id": .string("g"),
            "hauteur": .double(10.5), "s_geom_cstr": .double(80), "annee_construction": .int(1890),
            "mat_mur_txt": .string("BRIQUES - PIERRE"), "nb_log": .int(4),
        ])
        let b = try #require(s.buildings.first)
        #expect(b.id == "BATIMENT0000000049603363-1")
        #expect(b.heightM == 10.5)
        #expect(b.storeys == 4)  // round(10.5 / 3) = 4 (3.5 rounds away from zero)
        #expect(b.constructionYear == 1890)
        #expect(b.period == .before1915)
        #expect(b.wallMaterial == .solidBrick)
        #expect(b.wallThicknessM == 0.34)
        #expect(b.dwellings == 4)
        #expect(b.assumed == [.storeys, .wallThickness, .roof, .windows, .windowToWallRatio, .heating, .vacancy, .use,
                              .habitableArea, .hotWater, .groundFloor, .airPermeability])
        #expect(StockSource.detect(fields: ["batiment_groupe_id", "hauteur"]) == [.bdnb])
    }

    /// A BDNB height under half a storey (sheds and annexes of 1 m in the Périgueux centre) is one storey: it
    /// was the 200-storey limit, whose storeys then reached 428 °C.
    @Test(arguments: [(0.4, 1), (1.0, 1), (1.49, 1), (1.5, 1), (4.6, 2), (599.0, 200), (900.0, 200)])
    func storeysFromALowOrHighHeight(height: Double, storeys: Int) throws {
        let defaults = ConstructionDefaults()
        #expect(defaults.storeys(forHeightM: height) == storeys)
        guard height <= 400 else { return }
        let s = Self.read(["batiment_construction_id": .string("BATIMENT0000000295378352-1"), "hauteur": .double(height)])
        #expect(try #require(s.buildings.first).storeys == storeys)
    }

    @Test func bdtopoFields() throws {
        let s = Self.read([
            "cleabs": .string("BATIMENT0000000240879442"), "hauteur": .double(12), "nombre_d_etages": .int(4),
            "nombre_de_logements": .int(6), "date_d_apparition": .string("1930-01-01"),
            "materiaux_des_murs": .string("10"), "usage_1": .string("Résidentiel"),
        ])
        let b = try #require(s.buildings.first)
        #expect(b.id == "BATIMENT0000000240879442")
        #expect(b.storeys == 4 && b.heightM == 12)
        #expect(b.constructionYear == 1930 && b.period == .from1915To1948)
        #expect(b.wallMaterial == .stoneRubble)
        #expect(b.dwellings == 6)
        #expect(!b.assumed.contains(.height) && !b.assumed.contains(.storeys) && !b.assumed.contains(.period))
    }

    @Test func osmTags() throws {
        let s = Self.read([
            "osm_id": .int(123456), "building:levels": .string("3"), "start_date": .string("C18"),
            "building:material": .string("limestone"),
        ])
        let b = try #require(s.buildings.first)
        #expect(b.id == "123456")
        #expect(b.storeys == 3)
        #expect(b.heightM == 9)
        #expect(b.assumed.contains(.height))
        #expect(b.constructionYear == 1750)
        #expect(b.wallMaterial == .stoneRubble)
        // 80 m² × 3 storeys × 0.8 / 60 m² = 3.2 → 3 dwellings, assumed.
        #expect(b.dwellings == 3 && b.assumed.contains(.dwellings))
        #expect(Self.read(["height": .string("12 m")]).buildings.first?.heightM == 12)
    }

    @Test func ownColumnsAreReadAsIs() throws {
        let s = Self.read([
            "id": .string("b1"), "height_m": .double(8.5), "storeys": .int(2), "construction_year": .null,
            "period": .string("1949-1974"), "wall_material": .string("timber-frame"), "wall_thickness_m": .double(0.25),
            "roof": .string("flat"), "ground_floor": .string("over-cellar"), "q4pa_m3_per_h_m2": .double(1.7),
            "windows": .string("wood-double"), "window_to_wall_ratio": .double(0.3),
            "heating": .string("gas-boiler"), "dwellings": .int(0), "vacant": .bool(true), "assumed": .string("dwellings"),
        ])
        let b = try #require(s.buildings.first)
        let expected = Building(
            id: "b1", footprint: b.footprint, heightM: 8.5, storeys: 2, constructionYear: nil, period: .from1949To1974,
            wallMaterial: .timberFrame, wallThicknessM: 0.25, roof: .flat, groundFloor: .overCellar,
            airPermeabilityQ4PaM3PerHM2: 1.7, windows: .woodDouble, windowToWallRatio: 0.3,
            heating: .gasBoiler, dwellings: 0, isVacant: true, assumed: [.dwellings, .use, .habitableArea, .hotWater])
        #expect(b == expected)
        #expect(s.diagnostics.isEmpty)
    }

    /// A ground floor or an air permeability the reader cannot take is named, defaulted and marked assumed.
    @Test func badGroundFloorAndAirPermeabilityAreNamed() throws {
        let s = Self.read(["id": .string("b2"), "height_m": .double(9), "storeys": .int(3),
                           "ground_floor": .string("floating"), "q4pa_m3_per_h_m2": .double(-3)])
        let b = try #require(s.buildings.first)
        #expect(b.groundFloor == .onGround && b.airPermeabilityQ4PaM3PerHM2 == nil)
        #expect(b.assumed.isSuperset(of: [.groundFloor, .airPermeability]))
        let text = s.diagnostics.map { "\($0)" }.joined(separator: "\n")
        #expect(text.contains("ground_floor") && text.contains("on-ground, over-cellar"), "\(text)")
        #expect(text.contains("q4pa_m3_per_h_m2"), "\(text)")
    }

    @Test func defaultsWhenNothingIsGivenAndConfigurablePeriod() throws {
        let s = Self.read([:])
        let b = try #require(s.buildings.first)
        #expect(b.id == "f0")
        #expect(b.period == .before1915 && b.wallMaterial == .stoneRubble && b.wallThicknessM == 0.6)
        #expect(b.heating == .electricConvector)
        #expect(b.assumed == Set(BuildingAttribute.allCases).subtracting([.constructionYear, .labelScale]))
        #expect(s.diagnostics.map(\.severity) == [.warning])
        var options = StockReaderOptions()
        options.defaults.period = .from1949To1974
        let modern = try #require(Self.read([:], options: options).buildings.first)
        #expect(modern.period == .from1949To1974 && modern.wallMaterial == .concrete)
    }

    @Test func badValuesRejectThatBuildingOnly() {
        let features = [
            Feature(id: "a", geometry: Self.footprint, properties: ["hauteur": .double(-3)]),
            Feature(id: "b", geometry: Self.footprint, properties: ["nombre_d_etages": .string("trois")]),
            Feature(id: "c", geometry: Self.footprint, properties: ["hauteur": .double(6)]),
            Feature(id: "c", geometry: Self.footprint, properties: [:]),
            Feature(id: "a", geometry: Self.footprint, properties: ["hauteur": .double(3)]),
        ]
        let s = StockReader().stock(from: features, file: "stock.geojson")
        // The second "a" loads: a rejected building does not claim its id.
        #expect(s.buildings.map(\.id) == ["c", "a"])
        #expect(s.diagnostics.map(\.description) == [
            "stock.geojson: building \"a\": rejected: field \"hauteur\": -3.0 is not a positive height in metres",
            "stock.geojson: building \"b\": rejected: field \"nombre_d_etages\": \"trois\" is not a whole number of storeys",
            "stock.geojson: building \"c\": rejected: duplicate id: feature 3 has the same id as feature 2 (kept the first)",
        ])
    }

    @Test func recoverableBadValuesWarn() throws {
        let s = Self.read(["hauteur": .double(9), "mat_mur_txt": .string("PAILLE"), "annee_construction": .string("vers 1900?")])
        let b = try #require(s.buildings.first)
        #expect(b.wallMaterial == .stoneRubble && b.assumed.contains(.wallMaterial))
        #expect(b.constructionYear == 1900)
        #expect(s.diagnostics.count == 1)
        #expect(s.diagnostics[0].message.contains("\"PAILLE\" is not a known wall material"))
    }

    @Test func shortRingsAreRejectedWithTheCount() {
        let line = Polygon(exterior: [Point2D(x: 0, y: 0), Point2D(x: 1, y: 0), Point2D(x: 0, y: 0)])
        let s = Self.read([:], geometry: .polygon(line))
        #expect(s.buildings.isEmpty)
        #expect(s.diagnostics.map(\.message) == ["geometry: exterior ring has 3 points, expected at least 4"])
        let point = Self.read([:], geometry: .point(Point2D(x: 0, y: 0)))
        #expect(point.diagnostics.map(\.message) == ["geometry: Point, expected a Polygon or MultiPolygon"])
    }

    @Test func unclosedRingIsClosedWithAWarning() throws {
        let open = Polygon(exterior: [Point2D(x: 0, y: 0), Point2D(x: 4, y: 0), Point2D(x: 4, y: 4)])
        let s = Self.read(["hauteur": .int(3)], geometry: .polygon(open))
        let b = try #require(s.buildings.first)
        #expect(s.diagnostics.map(\.message).contains("geometry: exterior ring was not closed: closed it"))
        #expect(b.footprint.exterior.count == 4)
        #expect(abs(b.footprint.areaM2 - 8) < 1e-9)
    }

    @Test func multiPolygonKeepsTheLargestPartWithAWarning() throws {
        guard case .polygon(let big) = Self.footprint else { return }
        let small = Polygon(exterior: [Point2D(x: 0, y: 0), Point2D(x: 1, y: 0), Point2D(x: 1, y: 1), Point2D(x: 0, y: 0)])
        let s = Self.read(["id": .string("m"), "height_m": .int(6)], geometry: .multiPolygon([small, big]))
        let b = try #require(s.buildings.first)
        #expect(b.footprint.areaM2 == 80)
        #expect(s.diagnostics.map(\.description) == [
            "t.gpkg: building \"m\": warning: geometry: MultiPolygon with 2 separate parts: kept the largest (80.0 m²), dropped 1 part of 0.5 m² (0.6 % of the area)",
        ])
    }

    @Test func touchingPartsGoToTheMergeHook() throws {
        let left = Polygon(exterior: [Point2D(x: 0, y: 0), Point2D(x: 4, y: 0), Point2D(x: 4, y: 4), Point2D(x: 0, y: 4), Point2D(x: 0, y: 0)])
        let right = Polygon(exterior: left.exterior.map { Point2D(x: $0.x + 4.01, y: $0.y) })
        let far = Polygon(exterior: left.exterior.map { Point2D(x: $0.x + 9, y: $0.y) })
        #expect(BuildingMapper.partsTouch([left, right], toleranceM: 0.05))
        #expect(!BuildingMapper.partsTouch([left, far], toleranceM: 0.05))
        var options = StockReaderOptions()
        options.mergeTouchingParts = { parts in
            Polygon(exterior: [Point2D(x: 0, y: 0), Point2D(x: 8.01, y: 0), Point2D(x: 8.01, y: 4), Point2D(x: 0, y: 4), Point2D(x: 0, y: 0)])
        }
        let merged = Self.read(["hauteur": .int(6)], geometry: .multiPolygon([left, right]), options: options)
        #expect(abs((merged.buildings.first?.footprint.areaM2 ?? 0) - 32.04) < 1e-9)
        #expect(merged.diagnostics.map(\.message) == ["geometry: MultiPolygon with 2 touching parts: merged"])
        let separate = Self.read(["hauteur": .int(6)], geometry: .multiPolygon([left, far]), options: options)
        #expect(separate.buildings.first?.footprint.areaM2 == 16)
    }

    @Test func repairHookIsApplied() throws {
        var options = StockReaderOptions()
        options.repairFootprint = { _ in nil }
        let s = Self.read([:], options: options)
        #expect(s.buildings.isEmpty)
        #expect(s.diagnostics.last?.message == "geometry: invalid footprint that could not be repaired")
    }
}
