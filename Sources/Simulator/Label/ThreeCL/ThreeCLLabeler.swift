import BuildingModel
import ThreeCL

/// Computes buildings' DPE labels with the 3CL-DPE 2021 engine: maps each `Envelope` to a `ThreeCLInput`
/// (`ThreeCLInput(envelope:facts:site:labelDate:)`) and runs `ThreeCLEngine.compute`.
///
/// The method's tables are parsed once (`MethodTables.bundled()`) and shared read-only. Selecting rows by
/// attributes scans tables, so a batch keeps a `ThreeCLLabelCache` per worker: the scenarios of a building that
/// leave its envelope and systems as they were (no works, blocked, not applicable…) map to an input already
/// computed, and the rows of the envelope's elements are resolved once per distinct attribute set
/// (`ThreeCLRowMemo`).
public struct ThreeCLLabeler: Sendable {
    public let tables: MethodTables
    public let site: ThreeCLSite
    /// The date the labels are computed for ("YYYY-MM-DD"): the electricity factor (1.9 from 2026) and the class
    /// limits in force then.
    public let labelDate: String

    /// - Throws: `ThreeCLError.corruptTables` when the bundled tables cannot be read (a packaging fault).
    public init(site: ThreeCLSite = .cahors, labelDate: String = "2026-01-01") throws(ThreeCLError) {
        tables = try MethodTables.bundled()
        self.site = site
        self.labelDate = labelDate
    }

    /// The 3CL input of an envelope.
    public func input(for envelope: Envelope, facts: ThreeCLBuildingFacts) throws(ThreeCLLabelError) -> ThreeCLInput {
        try ThreeCLInput(envelope: envelope, facts: facts, site: site, labelDate: labelDate)
    }

    /// The engine's full result for an envelope (every chapter's values, for checking a mapping by hand).
    /// - Complexity: O(elements × table rows).
    public func result(for envelope: Envelope, facts: ThreeCLBuildingFacts) throws(ThreeCLLabelError) -> ThreeCLResult {
        try compute(input(for: envelope, facts: facts), buildingID: envelope.buildingID)
    }

    /// The label of an envelope.
    /// - Complexity: O(elements × table rows); O(1) for an input already in `cache`.
    public func label(for envelope: Envelope, facts: ThreeCLBuildingFacts,
                      cache: inout ThreeCLLabelCache) throws(ThreeCLLabelError) -> ThreeCLLabel {
        let input = try input(for: envelope, facts: facts)
        // The input is hashed once, for the lookup and the insertion alike.
        let key = ThreeCLLabelCache.Key(input)
        if let hit = cache.entries[key] { return hit }
        var resolved = input
        do { try resolved.resolveRows(tables: tables, memo: &cache.rows) } catch {
            throw .engine(buildingID: envelope.buildingID, reason: error.description)
        }
        let r = try compute(resolved, buildingID: envelope.buildingID)
        let f = r.fiveUses
        guard let energy = DPEClass(letter: f.primaryEnergyClass.rawValue),
              let ghg = DPEClass(letter: f.greenhouseGasClass.rawValue) else {
            throw .engine(buildingID: envelope.buildingID, reason: "classes \(f.primaryEnergyClass), \(f.greenhouseGasClass)")
        }
        let label = ThreeCLLabel(
            label: DPELabel(energyClass: energy, greenhouseGasClass: ghg), primaryEnergyKWhPerM2: f.primaryKWhPerM2,
            greenhouseGasKgPerM2: f.emissionKgPerM2, finalEnergyKWhPerM2: f.finalKWhPerM2)
        cache.entries[key] = label
        return label
    }

    /// Runs the engine (which gives combustion generators without a nominal power the method's default).
    func compute(_ input: ThreeCLInput, buildingID: String) throws(ThreeCLLabelError) -> ThreeCLResult {
        do { return try ThreeCLEngine.compute(input, tables: tables) } catch {
            throw .engine(buildingID: buildingID, reason: error.description)
        }
    }
}

/// 3CL labels already computed, keyed by their input (the engine is a function of it). A batch worker keeps one
/// per building and empties it when it moves to the next, to keep the memory bounded.
public struct ThreeCLLabelCache {
    var entries: [Key: ThreeCLLabel] = [:]

    /// An input with its hash computed once (hashing an input walks all of its elements).
    struct Key: Hashable {
        let input: ThreeCLInput
        let inputHash: Int

        init(_ input: ThreeCLInput) {
            self.input = input
            inputHash = Self.fingerprint(input)
        }

        /// A hash of the values a retrofit measure changes (areas, entered U and resistances, windows, air,
        /// systems), not of every field: the element descriptions and references a mapped input carries are the
        /// same for all scenarios of a building. Equal inputs have equal fingerprints; two different inputs with the
        /// same fingerprint are told apart by `==`.
        static func fingerprint(_ input: ThreeCLInput) -> Int {
            var h = Hasher()
            let e = input.envelope
            h.combine(input.dwelling)
            // An opaque element: its area, entered U and added resistance (what insulation measures change).
            func opaque(_ area: Double, _ u: Double?, _ r: Double?) {
                h.combine(area)
                h.combine(u)
                h.combine(r)
            }
            for w in e.walls {
                opaque(w.opaqueAreaM2, w.enteredU, w.insulationResistance)
                h.combine(w.uMethodId)
            }
            for f in e.lowFloors { opaque(f.areaM2, f.enteredU, f.insulationResistance) }
            for f in e.highFloors { opaque(f.areaM2, f.enteredU, f.insulationResistance) }
            for w in e.windows {
                h.combine(w.areaM2)
                h.combine(w.glazing.enteredUw)
                h.combine(w.glazing.enteredSw)
                h.combine(w.closureTypeId)
                h.combine(w.hasSeals)
            }
            for v in e.ventilations {
                h.combine(v.ventilationTypeId)
                h.combine(v.enteredQ4pa)
            }
            h.combine(input.heating)
            h.combine(input.hotWater)
            h.combine(input.cooling)
            return h.finalize()
        }

        static func == (l: Key, r: Key) -> Bool { l.inputHash == r.inputHash && l.input == r.input }
        func hash(into h: inout Hasher) { h.combine(inputHash) }
    }
    /// Table rows resolved by attributes (`ThreeCLRowMemo`); kept across buildings (bounded by the distinct
    /// attribute sets of a stock).
    var rows = ThreeCLRowMemo()

    public init() {}

    /// Labels held.
    public var count: Int { entries.count }

    /// Forgets the labels (not the resolved rows).
    public mutating func removeAll() { entries.removeAll(keepingCapacity: true) }
}
