import Foundation

/// Options of `StockReader`.
public struct StockReaderOptions: Sendable {
    /// Defaults for missing attributes (period, storey height, dwelling size…).
    public var defaults: ConstructionDefaults
    /// Attribute used as the building id (else: `id`, `batiment_construction_id`, `cleabs`, `osm_id`, the feature id).
    public var idField: String?
    /// Hook applied to each footprint after the ring checks (e.g. GEOS MakeValid from Geometry/GEOS). It
    /// returns the repaired polygon, or nil to reject the building. Self-intersecting rings are not rejected here.
    public var repairFootprint: (@Sendable (Polygon) -> Polygon?)?
    /// Hook for a MultiPolygon whose parts touch (within `touchToleranceM`), e.g. a GEOS union: the merged
    /// polygon, or nil to keep the largest part. Without it the largest part is kept, with a warning.
    public var mergeTouchingParts: (@Sendable ([Polygon]) -> Polygon?)?
    /// Distance under which two parts of a MultiPolygon count as touching, metres.
    public var touchToleranceM: Double

    public init(defaults: ConstructionDefaults = .historicCentre, idField: String? = nil,
                repairFootprint: (@Sendable (Polygon) -> Polygon?)? = nil,
                mergeTouchingParts: (@Sendable ([Polygon]) -> Polygon?)? = nil, touchToleranceM: Double = 0.05) {
        self.defaults = defaults
        self.idField = idField
        self.repairFootprint = repairFootprint
        self.mergeTouchingParts = mergeTouchingParts
        self.touchToleranceM = touchToleranceM
    }
}

/// Turns vector features into a `Stock` of `Building`s, mapping BDNB, BD TOPO BATIMENT, OSM and renovate's own
/// attribute names (docs/stock-input.md). Missing attributes take `ConstructionDefaults` and are listed in
/// `Building.assumed`. A bad feature is rejected with a per-building diagnostic; the others still load.
public struct StockReader: Sendable {
    public var options: StockReaderOptions

    public init(options: StockReaderOptions = StockReaderOptions()) { self.options = options }

    /// Reads a GeoJSON or GeoPackage file (see `VectorFile.read`) and maps its features.
    public func read(_ url: URL, layer: String? = nil) throws(VectorFileError) -> Stock {
        let features = try VectorFile.read(url, layer: layer, idField: options.idField)
        return stock(from: features, file: url.lastPathComponent)
    }

    /// Maps features to buildings. Every feature ends up either as a building or as a `.rejected` diagnostic.
    /// - Complexity: O(features × attributes).
    public func stock(from features: [Feature], file: String) -> Stock {
        var buildings: [Building] = []
        buildings.reserveCapacity(features.count)
        var diagnostics: [StockDiagnostic] = []
        var seen: [String: Int] = [:]
        var unrecognised = UnrecognisedValueCounter()
        var unsettledScales = Set<Int>()
        for (index, feature) in features.enumerated() {
            var mapper = BuildingMapper(feature: feature, file: file, options: options)
            let id = mapper.buildingID
            if let first = seen[id] {
                diagnostics.append(StockDiagnostic(
                    severity: .rejected, file: file, featureID: id,
                    message: "duplicate id: feature \(index) has the same id as feature \(first) (kept the first)"))
                continue
            }
            do {
                let b = try mapper.building()
                if mapper.labelScaleUnsettled { unsettledScales.insert(buildings.count) }
                buildings.append(b)
                seen[id] = index  // only loaded buildings claim their id
            } catch {
                diagnostics.append(StockDiagnostic(severity: .rejected, file: file, featureID: id, message: error.message))
            }
            diagnostics += mapper.warnings.map {
                StockDiagnostic(severity: .warning, file: file, featureID: id, message: $0)
            }
            for (field, value) in mapper.unrecognised { unrecognised.add(field: field, value: value) }
        }
        ObservedLabelScales.settle(&buildings, unsettled: unsettledScales)
        var stock = Stock(buildings: buildings, epsg: 2154, diagnostics: diagnostics)
        stock.unrecognisedValues = unrecognised.values
        return stock
    }
}

/// Why one building was rejected.
struct BuildingRejection: Error {
    var message: String
}

/// Maps the attributes of one feature to a `Building`, collecting warnings.
struct BuildingMapper {
    let feature: Feature
    let file: String
    let options: StockReaderOptions
    var warnings: [String] = []
    var assumed: Set<BuildingAttribute> = []
    /// Values of the source's vocabularies renovate does not know (field, value), reported with counts.
    var unrecognised: [(field: String, value: String)] = []
    /// Whether the observed label's scale is left to `ObservedLabelScales.settle`.
    var labelScaleUnsettled = false

    init(feature: Feature, file: String, options: StockReaderOptions) {
        self.feature = feature
        self.file = file
        self.options = options
    }

    var defaults: ConstructionDefaults { options.defaults }

    var buildingID: String {
        if let f = options.idField, let v = value(f)?.stringValue { return v }
        for name in StockFields.id { if let v = value(name)?.stringValue { return v } }
        return feature.id
    }

    /// A present, non-null, non-blank attribute.
    func value(_ name: String) -> PropertyValue? {
        guard let v = feature.properties[name] else { return nil }
        switch v {
        case .null: return nil
        case .string(let s) where s.trimmingCharacters(in: .whitespaces).isEmpty: return nil
        default: return v
        }
    }

    /// The first present field among `names`, with its name.
    func first(_ names: [String]) -> (name: String, value: PropertyValue)? {
        for n in names { if let v = value(n) { return (n, v) } }
        return nil
    }

    static func quoted(_ v: PropertyValue) -> String {
        if case .string(let s) = v { return "\"\(s)\"" }
        return v.stringValue ?? "null"
    }

    /// A number, accepting OSM-style units ("12 m", "12m").
    static func number(_ v: PropertyValue) -> Double? {
        if let d = v.doubleValue { return d }
        guard case .string(var s) = v else { return nil }
        s = s.trimmingCharacters(in: .whitespaces)
        if s.hasSuffix("m") { s = String(s.dropLast()).trimmingCharacters(in: .whitespaces) }
        return Double(s.replacingOccurrences(of: ",", with: "."))
    }

    mutating func building() throws(BuildingRejection) -> Building {
        for field in feature.unreadable.keys.sorted() where StockFields.read.contains(field) {
            throw BuildingRejection(message: "field \"\(field)\": \(feature.unreadable[field]!), expected a number or a text")
        }
        let footprint = try self.footprint()
        let habitableArea = positive(StockFields.habitableArea, max: 1_000_000)
        if habitableArea == nil { assumed.insert(.habitableArea) }

        // Height and storeys.
        var height: Double?
        if let (name, v) = first(StockFields.height) {
            guard let h = Self.number(v) else {
                throw BuildingRejection(message: "field \"\(name)\": \(Self.quoted(v)) is not a number of metres")
            }
            if h < 0 || !h.isFinite {
                throw BuildingRejection(message: "field \"\(name)\": \(Self.quoted(v)) is not a positive height in metres")
            } else if h == 0 {
                warnings.append("field \"\(name)\": 0 taken as unknown height")
            } else if h > 400 {
                throw BuildingRejection(message: "field \"\(name)\": \(Self.quoted(v)) m is not a plausible building height (≤ 400 m)")
            } else {
                height = h
            }
        }
        var storeys: Int?
        if let (name, v) = first(StockFields.storeys) {
            guard let s = Self.number(v), s.isFinite else {
                throw BuildingRejection(message: "field \"\(name)\": \(Self.quoted(v)) is not a whole number of storeys")
            }
            if s < 0 {
                throw BuildingRejection(message: "field \"\(name)\": \(Self.quoted(v)) is not a positive number of storeys")
            } else if s == 0 {
                warnings.append("field \"\(name)\": 0 taken as unknown number of storeys")
            } else {
                guard let rounded = CheckedInteger.rounded(s, .up, in: InputLimits.storeys) else {
                    throw BuildingRejection(message: "field \"\(name)\": \(Self.quoted(v)) is beyond the "
                                            + "\(InputLimits.storeys.upperBound) storeys a building may have")
                }
                if Double(rounded) != s { warnings.append("field \"\(name)\": \(Self.quoted(v)) rounded up to \(rounded) storeys") }
                storeys = rounded
            }
        }
        switch (height, storeys) {
        case (let h?, nil):
            storeys = defaults.storeys(forHeightM: h)
            assumed.insert(.storeys)
        case (nil, let s?):
            height = Double(s) * defaults.storeyHeightM
            assumed.insert(.height)
        case (nil, nil) where habitableArea != nil:
            // BDNB v0.6 gives the habitable area but no height: storeys from the floor area it needs.
            guard let derived = CheckedInteger.rounded(habitableArea! / (footprint.areaM2 * defaults.netToGrossRatio),
                                                        in: 0...InputLimits.storeys.upperBound) else {
                throw BuildingRejection(message: "habitable area \(Self.format(habitableArea!)) m² over a footprint of "
                                        + "\(Self.format(footprint.areaM2)) m² needs more than \(InputLimits.storeys.upperBound) "
                                        + "storeys: the area or the footprint is wrong")
            }
            storeys = max(1, derived)
            height = Double(storeys!) * defaults.storeyHeightM
            assumed.formUnion([.height, .storeys])
        case (nil, nil):
            storeys = defaults.storeys
            height = Double(defaults.storeys) * defaults.storeyHeightM
            assumed.formUnion([.height, .storeys])
            warnings.append("no height or storeys: assumed \(defaults.storeys) storeys of \(defaults.storeyHeightM) m")
        default: break
        }

        // Year and period.
        var year: Int?
        if let (name, v) = first(StockFields.year) {
            if let y = Self.year(v) { year = y } else {
                warnings.append("field \"\(name)\": \(Self.quoted(v)) is not a construction year (expected e.g. 1850, 1850-01-01, C18); ignored")
            }
        }
        var period: ConstructionPeriod
        if let v = value("period") {
            if let p = v.stringValue.flatMap(ConstructionPeriod.init(rawValue:)) { period = p } else {
                let valid = ConstructionPeriod.allCases.map(\.rawValue).joined(separator: ", ")
                warnings.append("field \"period\": \(Self.quoted(v)) is not one of \(valid); used the default")
                period = year.map(ConstructionPeriod.init(year:)) ?? defaults.period
                if year == nil { assumed.insert(.period) }
            }
        } else if let year {
            period = ConstructionPeriod(year: year)
        } else {
            period = defaults.period
            assumed.insert(.period)
        }

        // Walls.
        var material: WallMaterial?
        if let (name, v) = first(StockFields.wallMaterial) {
            switch Self.wallMaterial(field: name, v) {
            case .known(let m): material = m
            case .unknownInSource: break
            case .unrecognised:
                warnings.append("field \"\(name)\": \(Self.quoted(v)) is not a known wall material; used the default for \(period.rawValue)")
            }
        }
        let wallMaterial = material ?? defaults.wallMaterial(for: period)
        if material == nil { assumed.insert(.wallMaterial) }
        let thickness = positive("wall_thickness_m", max: 3) ?? {
            assumed.insert(.wallThickness)
            return defaults.wallThicknessM(for: wallMaterial)
        }()

        let roof: RoofKind = enumValue("roof", .roof) ?? defaults.roof
        let groundFloor: GroundFloorKind = enumValue("ground_floor", .groundFloor) ?? .onGround
        let q4pa = positive("q4pa_m3_per_h_m2", max: 20)
        if q4pa == nil { assumed.insert(.airPermeability) }
        let windows = vocabulary(StockFields.glazing, .windows, SourceVocabulary.windows) ?? defaults.windows
        let (heating, boiler) = heatingSystem() ?? (defaults.heating, nil)
        var wwr = defaults.windowToWallRatio
        if let (name, v) = first(["window_to_wall_ratio"]) {
            if let r = Self.number(v), r >= 0, r <= 1 { wwr = r } else {
                warnings.append("field \"\(name)\": \(Self.quoted(v)) is not a ratio between 0 and 1; used \(wwr)")
                assumed.insert(.windowToWallRatio)
            }
        } else {
            assumed.insert(.windowToWallRatio)
        }

        let grossFloorArea = footprint.areaM2 * Double(storeys!)
        var dwellings: Int?
        if let (name, v) = first(StockFields.dwellings) {
            if let d = Self.number(v), let n = CheckedInteger.exact(d, in: InputLimits.dwellings) { dwellings = n } else {
                warnings.append("field \"\(name)\": \(Self.quoted(v)) is not a whole number of dwellings within "
                                + "\(InputLimits.dwellings.lowerBound)–\(InputLimits.dwellings.upperBound); derived from floor area")
            }
        }
        let use = vocabulary(StockFields.use, .use, SourceVocabulary.use)
        if dwellings == nil { assumed.insert(.dwellings) }

        var vacant = false
        if let v = value("vacant") {
            switch v {
            case .bool(let b): vacant = b
            case .int(let i) where i == 0 || i == 1: vacant = i == 1
            case .string(let s) where ["true", "false", "1", "0", "yes", "no"].contains(s.lowercased()):
                vacant = ["true", "1", "yes"].contains(s.lowercased())
            default:
                warnings.append("field \"vacant\": \(Self.quoted(v)) is not true/false; assumed occupied")
                assumed.insert(.vacancy)
            }
        } else {
            assumed.insert(.vacancy)
        }

        // renovate's own `assumed` column (written by StockWriter) carries earlier assumptions through a round trip.
        if let list = value("assumed")?.stringValue {
            for name in list.split(separator: ",") {
                if let a = BuildingAttribute(rawValue: name.trimmingCharacters(in: .whitespaces)) { assumed.insert(a) }
            }
        }
        // Height and storeys both from the source (neither derived from the other) should agree.
        if !assumed.contains(.height) && !assumed.contains(.storeys) {
            let perStorey = height! / Double(storeys!)
            let plausible = ConstructionDefaults.plausibleStoreyHeightsM
            if !plausible.contains(perStorey) {
                warnings.append("contradictory: \(storeys!) storeys but \(Self.format(height!)) m high (\(Self.format(perStorey)) m a "
                                + "storey, expected \(Self.format(plausible.lowerBound))–\(Self.format(plausible.upperBound)) m); both kept")
            }
        }
        if let habitableArea, !assumed.contains(.storeys), habitableArea > grossFloorArea * 1.05 {
            warnings.append("contradictory: habitable area \(Self.format(habitableArea)) m² exceeds the gross floor area "
                            + "\(Self.format(grossFloorArea)) m² (footprint × storeys); both kept")
        }

        let hotWater = hotWaterSystem(), observed = observedLabel(), metered = meteredConsumption()
        return Building(
            id: buildingID, footprint: footprint, heightM: height!, storeys: storeys!, constructionYear: year,
            period: period, wallMaterial: wallMaterial, wallThicknessM: thickness, roof: roof, groundFloor: groundFloor,
            airPermeabilityQ4PaM3PerHM2: q4pa, windows: windows, windowToWallRatio: wwr, heating: heating,
            dwellings: dwellings ?? defaults.dwellings(use: use, habitableAreaM2: habitableArea,
                                                       grossFloorAreaM2: grossFloorArea),
            isVacant: vacant, assumed: assumed, groupID: first(StockFields.groupID)?.value.stringValue, use: use,
            habitableAreaM2: habitableArea, boiler: boiler, hotWater: hotWater, observedLabel: observed,
            metered: metered)
    }

    /// A positive number field, or nil (with a warning when present but bad).
    mutating func positive(_ name: String, max: Double) -> Double? { positive([name], max: max) }

    /// The first present field among `names` as a positive number, or nil (with a warning when present but bad).
    mutating func positive(_ names: [String], max: Double) -> Double? {
        guard let (name, v) = first(names) else { return nil }
        if let d = Self.number(v), d > 0, d <= max { return d }
        warnings.append("field \"\(name)\": \(Self.quoted(v)) is not a number in (0, \(Self.format(max))]; used the default")
        return nil
    }

    /// A number as the messages print it (at most two decimals).
    static func format(_ d: Double) -> String {
        d.rounded() == d && abs(d) < 1e15 ? String(Int(d)) : String(format: "%.2f", d)
    }

    /// A renovate enum column (raw value), or nil with `attribute` assumed.
    mutating func enumValue<E: RawRepresentable & CaseIterable>(_ name: String, _ attribute: BuildingAttribute) -> E?
    where E.RawValue == String {
        guard let v = value(name) else { assumed.insert(attribute); return nil }
        if let e = v.stringValue.flatMap(E.init(rawValue:)) { return e }
        let valid = E.allCases.map(\.rawValue).joined(separator: ", ")
        warnings.append("field \"\(name)\": \(Self.quoted(v)) is not one of \(valid); used the default")
        assumed.insert(attribute)
        return nil
    }
}
