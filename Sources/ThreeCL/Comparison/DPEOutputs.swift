/// A DPE's outputs: the quantities of `DPEQuantity` and the two classes, either recomputed by the engine or as the
/// certified software recorded them (`logement/sortie`).
public struct DPEOutputs: Sendable, Hashable, Codable {
    public var values: [DPEQuantity: Double]
    /// `classe_bilan_dpe`: the energy class (the double threshold: worse of primary energy and GHG).
    public var energyClass: String?
    /// `classe_emission_ges`: the GHG class.
    public var greenhouseGasClass: String?

    public init(values: [DPEQuantity: Double] = [:], energyClass: String? = nil, greenhouseGasClass: String? = nil) {
        self.values = values
        self.energyClass = energyClass
        self.greenhouseGasClass = greenhouseGasClass
    }

    public subscript(_ q: DPEQuantity) -> Double? {
        get { values[q] }
        set { values[q] = newValue }
    }
}

extension DPEOutputs {
    /// The recorded outputs of a document (`logement/sortie`); quantities absent from it stay nil.
    public init(recordedIn document: ADEMEDocument) throws(ThreeCLError) {
        self.init()
        guard let sortie = document.recordedOutputs else { return }
        for q in DPEQuantity.allCases {
            guard let section = sortie.child(q.section) else { continue }
            values[q] = try section.optionalDouble(q.rawValue)
        }
        energyClass = sortie.descendant("ep_conso/classe_bilan_dpe")?.text
        greenhouseGasClass = sortie.descendant("emission_ges/classe_emission_ges")?.text
    }
}
