/// The attributes mapped through a source vocabulary (`SourceVocabulary`): heating, hot water, use, glazing,
/// the observed label and the metered consumptions.
extension BuildingMapper {
    /// The first present field among `names`, through `parse`; nil (and `attribute` assumed) when absent, unknown in
    /// the source or not recognised (then reported in `unrecognised`).
    mutating func vocabulary<T>(_ names: [String], _ attribute: BuildingAttribute,
                                _ parse: (String) -> SourceValue<T>) -> T? {
        if let t = parsed(names, parse) { return t }
        assumed.insert(attribute)
        return nil
    }

    /// The first present field among `names`, through `parse`; nil when absent, unknown in the source or not
    /// recognised (then reported in `unrecognised`).
    mutating func parsed<T>(_ names: [String], _ parse: (String) -> SourceValue<T>) -> T? {
        guard let (name, v) = first(names), let raw = v.stringValue else { return nil }
        switch parse(raw) {
        case .known(let t): return t
        case .unknownInSource: return nil
        case .unrecognised:
            unrecognised.append((name, raw))
            return nil
        }
    }

    /// The heating system from a generator field, or from the heating energy alone.
    mutating func heatingSystem() -> (HeatingSystem, BoilerType?)? {
        let generator = first(StockFields.heatingGenerator)
        let energy = first(StockFields.heatingEnergy)
        switch SourceVocabulary.heating(generator: generator?.value.stringValue, energy: energy?.value.stringValue) {
        case .known(let h):
            // renovate's own columns carry the boiler's technology in a column of its own.
            if h.1 == nil, let raw = value("boiler")?.stringValue {
                if let b = BoilerType(rawValue: raw) { return (h.0, b) }
                unrecognised.append(("boiler", raw))
            }
            return h
        case .unknownInSource: break
        case .unrecognised:
            if let generator, let raw = generator.value.stringValue,
               case .unrecognised = SourceVocabulary.heating(generator: raw, energy: nil) {
                unrecognised.append((generator.name, raw))
            } else if let energy, let raw = energy.value.stringValue {
                unrecognised.append((energy.name, raw))
            }
        }
        assumed.insert(.heating)
        return nil
    }

    /// How the hot water is made (nil: the simulator's default for the heating, and `hotWater` assumed).
    mutating func hotWaterSystem() -> HotWaterSystem? {
        vocabulary(StockFields.hotWater, .hotWater, SourceVocabulary.hotWater)
    }

    /// The real DPE label, when the source carries a class. Its scale comes from `observed_scale` / `type_dpe`, else
    /// from `date_etablissement_dpe`, else from which scale's limits the values agree with (settled over the stock
    /// by `ObservedLabelScales.settle` when both or neither do).
    mutating func observedLabel() -> ObservedLabel? {
        guard let letter = parsed(StockFields.observedClass, SourceVocabulary.classLetter) else { return nil }
        let ghgClass = parsed(StockFields.observedGHGClass, SourceVocabulary.classLetter)
        let ep = nonNegative(StockFields.observedPrimaryEnergy)
        let ghg = nonNegative(StockFields.observedGHG)
        let date = first(StockFields.observedDate)?.value.stringValue
        var scale = parsed(StockFields.observedScale, SourceVocabulary.scale)
        if scale == nil, let date, date.count >= 10 { scale = LabelScale(issuedOn: date) }
        var inferred = false
        if scale == nil {
            inferred = true
            if let ep {
                let fits = LabelScale.consistent(energyClass: letter, primaryEnergyKWhPerM2: ep, greenhouseGasKgPerM2: ghg)
                if fits.count == 1 { scale = fits[0] }
            }
        }
        labelScaleUnsettled = scale == nil
        // renovate's `observed_object` ("building"/"dwelling"), else the BDNB DPE type: a DPE immeuble covers the
        // building; an apartment's or a house's, one dwelling.
        let object = first(["observed_object", "type_batiment_dpe", "type_dpe"])?.value.stringValue
            .map(SourceVocabulary.normalised) ?? ""
        let coversBuilding = object == "building" || object.contains("immeuble") || object.contains("logements collectifs")
        return ObservedLabel(energyClass: letter, greenhouseGasClass: ghgClass, primaryEnergyKWhPerM2: ep,
                             greenhouseGasKgPerM2: ghg, scale: scale ?? .arrete2021, scaleInferred: inferred,
                             date: date, coversBuilding: coversBuilding)
    }

    /// Metered consumptions, when the source carries any.
    mutating func meteredConsumption() -> MeteredConsumption? {
        let gas = nonNegative(StockFields.meteredGas), elec = nonNegative(StockFields.meteredElectricity)
        return gas == nil && elec == nil ? nil : MeteredConsumption(gasKWh: gas, electricityKWh: elec)
    }

    /// The first present field among `names` as a number ≥ 0, or nil (with a warning when present but not one).
    mutating func nonNegative(_ names: [String]) -> Double? {
        guard let (name, v) = first(names) else { return nil }
        if let d = Self.number(v), d >= 0, d.isFinite { return d }
        warnings.append("field \"\(name)\": \(Self.quoted(v)) is not a number ≥ 0; ignored")
        return nil
    }
}

/// Settles the scale of the observed labels whose values fit both scales (or neither): they take the scale most
/// of the stock's labels clearly follow (a BDNB extract comes from one era of the DPE database), and are marked
/// `labelScale` assumed.
enum ObservedLabelScales {
    /// - Parameter unsettled: indices of the buildings whose label's scale is not settled.
    static func settle(_ buildings: inout [Building], unsettled: Set<Int>) {
        var counts: [LabelScale: Int] = [:]
        for (i, b) in buildings.enumerated() where !unsettled.contains(i) {
            if let l = b.observedLabel { counts[l.scale, default: 0] += 1 }
        }
        let majority = (counts[.arrete2012] ?? 0) > (counts[.arrete2021] ?? 0) ? LabelScale.arrete2012 : .arrete2021
        for i in unsettled.sorted() {
            buildings[i].observedLabel?.scale = majority
            buildings[i].assumed.insert(.labelScale)
        }
    }
}

/// Counts the values a source's vocabularies did not recognise, per field.
struct UnrecognisedValueCounter {
    private var counts: [String: [String: Int]] = [:]

    mutating func add(field: String, value: String) { counts[field, default: [:]][value, default: 0] += 1 }

    /// Sorted by field, then by count (most first), then value.
    var values: [UnrecognisedValue] {
        counts.keys.sorted().flatMap { field in
            counts[field]!.map { UnrecognisedValue(field: field, value: $0.key, count: $0.value) }
                .sorted { ($1.count, $0.value) < ($0.count, $1.value) }
        }
    }
}

/// A value of a source field that renovate did not recognise, and on how many buildings: the attribute took its
/// default there.
public struct UnrecognisedValue: Sendable, Hashable, Codable, CustomStringConvertible {
    public var field: String
    public var value: String
    public var count: Int

    public var description: String { "field \"\(field)\": \"\(value)\" not recognised on \(count) building(s); default used" }
}
