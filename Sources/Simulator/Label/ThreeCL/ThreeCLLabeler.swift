import BuildingModel
import ThreeCL

/// Computes buildings' DPE labels with the 3CL-DPE 2021 engine: maps each `Envelope` to a `ThreeCLInput`
/// (`ThreeCLInput(envelope:facts:site:labelDate:)`) and runs `ThreeCLEngine.compute`.
///
/// The method's tables are parsed once (`MethodTables.bundled()`) and shared read-only. Selecting rows by
/// attributes scans tables, so a batch keeps a `ThreeCLLabelCache` per worker: the scenarios of a building that
/// leave its envelope and systems as they were (no works, blocked, not applicable…) give back an envelope already
/// labelled, and the rows of the envelope's elements are resolved once per distinct attribute set
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
    /// - Complexity: O(elements × table rows); O(envelopes in `cache`) for an envelope already labelled.
    public func label(for envelope: Envelope, facts: ThreeCLBuildingFacts,
                      cache: inout ThreeCLLabelCache) throws(ThreeCLLabelError) -> ThreeCLLabel {
        // Scenarios that leave a building as it was (no works, blocked, not applicable) give back its envelope:
        // found by comparison before mapping it.
        if let hit = cache.label(of: envelope) { return hit }
        var input = try input(for: envelope, facts: facts)
        do { try input.resolveRows(tables: tables, memo: &cache.rows) } catch {
            throw .engine(buildingID: envelope.buildingID, reason: error.description)
        }
        let f = try compute(input, buildingID: envelope.buildingID, memo: &cache.chapters).fiveUses
        guard let energy = DPEClass(letter: f.primaryEnergyClass.rawValue),
              let ghg = DPEClass(letter: f.greenhouseGasClass.rawValue) else {
            throw .engine(buildingID: envelope.buildingID, reason: "classes \(f.primaryEnergyClass), \(f.greenhouseGasClass)")
        }
        let label = ThreeCLLabel(
            label: DPELabel(energyClass: energy, greenhouseGasClass: ghg), primaryEnergyKWhPerM2: f.primaryKWhPerM2,
            greenhouseGasKgPerM2: f.emissionKgPerM2, finalEnergyKWhPerM2: f.finalKWhPerM2)
        cache.envelopes.append((envelope, label))
        return label
    }

    /// Runs the engine (which gives combustion generators without a nominal power the method's default).
    func compute(_ input: ThreeCLInput, buildingID: String) throws(ThreeCLLabelError) -> ThreeCLResult {
        var none = ThreeCLEngineMemo(capacity: 0)
        return try compute(input, buildingID: buildingID, memo: &none)
    }

    /// The same, with the chapters `memo` holds for the building's other inputs.
    func compute(_ input: ThreeCLInput, buildingID: String,
                 memo: inout ThreeCLEngineMemo) throws(ThreeCLLabelError) -> ThreeCLResult {
        do { return try ThreeCLEngine.compute(input, tables: tables, memo: &memo) } catch {
            throw .engine(buildingID: buildingID, reason: error.description)
        }
    }
}

/// 3CL labels already computed for the envelopes of one building. A batch worker keeps one per building and
/// empties it when it moves to the next, to keep the memory bounded.
///
/// The engine is a function of the input and the input of the envelope, so an envelope equal to one already
/// labelled has its label. A building has a few envelopes (its baseline and its scenarios' works): they are compared
/// in turn, without hashing; two unequal envelopes usually differ in their first façade. In the sample's batch every
/// repeated input comes from a repeated envelope (a scenario with no works, blocked or not applicable gives back the
/// baseline), so inputs are not compared as well.
public struct ThreeCLLabelCache {
    var envelopes: [(envelope: Envelope, label: ThreeCLLabel)] = []
    /// Table rows resolved by attributes (`ThreeCLRowMemo`); kept across buildings (bounded by the distinct
    /// attribute sets of a stock).
    var rows = ThreeCLRowMemo()
    /// Chapters shared by the building's inputs (`ThreeCLEngineMemo`): emptied with the labels.
    var chapters = ThreeCLEngineMemo()

    public init() {}

    /// The label of an envelope equal to `envelope`, if one was labelled.
    /// - Complexity: O(envelopes held).
    func label(of envelope: Envelope) -> ThreeCLLabel? {
        envelopes.first { $0.envelope == envelope }?.label
    }

    /// Labels held (envelopes labelled since the last `removeAll`).
    public var count: Int { envelopes.count }

    /// Forgets the labels and the shared chapters (not the resolved rows).
    public mutating func removeAll() {
        envelopes.removeAll(keepingCapacity: true)
        chapters.removeAll()
    }
}
