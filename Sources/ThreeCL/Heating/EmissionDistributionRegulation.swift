/// §9.1.2 — Efficiencies of emission, distribution and regulation of an emitter (tables `rendement_emission`,
/// `rendement_distribution_ch`, `rendement_regulation`).
public struct EmitterEfficiencies: Sendable, Hashable, Codable {
    public var emission: Double
    public var distribution: Double
    public var regulation: Double

    public init(emission: Double, distribution: Double, regulation: Double) {
        self.emission = emission
        self.distribution = distribution
        self.regulation = regulation
    }

    /// Re × Rd × Rr.
    public var product: Double { emission * distribution * regulation }
}

public enum EmissionDistributionRegulation {
    /// §9.1.2 the three efficiencies of an emitter: the rows of its emission type (and, for distribution, of its
    /// network insulation); the rows the DPE cites when its type has none. (The recorded efficiencies agree with
    /// the attributes more often than with the cited rows.)
    public static func efficiencies(_ emitter: HeatEmitter, tables: MethodTables) throws(ThreeCLError) -> EmitterEfficiencies {
        let type = emitter.emissionDistributionTypeId
        func pick(_ table: String, cited: Int?, _ byAttributes: () throws(ThreeCLError) -> TableRow) throws(ThreeCLError) -> TableRow {
            do { return try byAttributes() } catch {
                guard let id = cited else { throw error }
                return try tables.row(table, id: id)
            }
        }
        let re = try pick("rendement_emission", cited: emitter.tvEmissionId) { () throws(ThreeCLError) -> TableRow in
            try tables.firstRow("rendement_emission", matching: ["enum_type_emission_distribution_id": type])
        }
        let rr = try pick("rendement_regulation", cited: emitter.tvRegulationId) { () throws(ThreeCLError) -> TableRow in
            try tables.firstRow("rendement_regulation", matching: ["enum_type_emission_distribution_id": type])
        }
        let rd = try pick("rendement_distribution_ch", cited: emitter.tvDistributionId) { () throws(ThreeCLError) -> TableRow in
            // "Other equipment" (41) fits every distribution row: the cited one decides when given.
            if type == 41, let id = emitter.tvDistributionId { return try tables.row("rendement_distribution_ch", id: id) }
            return try distributionRow(type: type, insulated: emitter.networkInsulated, tables: tables)
        }
        return EmitterEfficiencies(emission: try re.number("re"), distribution: try rd.number("rd"), regulation: try rr.number("rr"))
    }

    /// §9.1.2 distribution row by emission type and insulation (rows without an insulation field apply to both).
    static func distributionRow(type: Int, insulated: Bool, tables: MethodTables) throws(ThreeCLError) -> TableRow {
        let rows = try tables.rows("rendement_distribution_ch", where: "enum_type_emission_distribution_id", contains: type)
        let flag = insulated ? "1" : "0"
        if let r = rows.first(where: { $0.string("reseau_distribution_isole") == flag }) { return r }
        if let r = rows.first(where: { $0.string("reseau_distribution_isole") == nil }) { return r }
        throw .missingTableRow(table: "rendement_distribution_ch", key: "émission \(type), isolé \(flag)")
    }
}
