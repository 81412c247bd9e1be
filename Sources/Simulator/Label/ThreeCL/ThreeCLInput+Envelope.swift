import BuildingModel
import ThreeCL

extension ThreeCLInput {
    /// The 3CL-DPE input of a building described by a simulator `Envelope` (after the works of a scenario, if
    /// any): a DPE of the whole building.
    ///
    /// - Dwelling (§1): a house (`enum_methode_application_dpe_log_id` 1) for a building of one dwelling (a flat, 2,
    ///   or 3 with district heating, when `facts.labelsAFlat`), else a
    ///   whole collective building with individual heating and hot water (6; 7, collective heating, with district
    ///   heating), of the envelope's reference area and dwellings; levels = storeys; ceiling height = storey height
    ///   − 0.25 m of floor (`EnvelopeDefaults.floorThicknessM`); old materials (§9.1) for a building before 1948.
    /// - Envelope: `EnvelopeInput(envelope:facts:dwelling:)`; heating, hot water and cooling: the `HeatingSpec`,
    ///   `HotWaterSpec` and `CoolingSpec` mappings, each documenting its defaults.
    /// - Throws: `ThreeCLLabelError.unmappable` for an envelope without storeys or reference area.
    public init(envelope env: Envelope, facts: ThreeCLBuildingFacts, site: ThreeCLSite,
                labelDate: String?) throws(ThreeCLLabelError) {
        let area = env.referenceAreaM2
        guard !env.storeys.isEmpty, area > 0, area.isFinite else {
            throw .unmappable(buildingID: env.buildingID, field: "reference area", value: "\(area) m²",
                              expected: "a positive area over at least one storey")
        }
        let storeyHeight = env.storeys.reduce(0) { $0 + $1.heightM } / Double(env.storeys.count)
        let dwellings = max(env.dwellings, 1)
        let collective = env.heating.system == .districtHeat
        let method = dwellings == 1 ? (facts.labelsAFlat ? (collective ? 3 : 2) : 1) : collective ? 7 : 6
        let dwelling = DwellingDescription(
            constructionPeriodId: facts.constructionPeriodId, constructionYear: facts.constructionYear,
            applicationMethodId: method, habitableAreaM2: area, buildingHabitableAreaM2: area,
            dwellingCount: dwellings, levelCount: env.storeys.count,
            ceilingHeightM: max(storeyHeight - EnvelopeDefaults.floorThicknessM, 1.8),
            climateZone: site.climateZone, altitude: site.altitude, oldMaterials: facts.constructionPeriodId == 1)
        let heating = HeatingInput(heating: env.heating, facts: facts, dwelling: dwelling, levels: env.storeys.count)
        self.init(
            dwelling: dwelling, envelope: EnvelopeInput(envelope: env, facts: facts, dwelling: dwelling),
            heating: heating,
            hotWater: HotWaterInput(hotWater: env.hotWater, heating: heating, dwelling: dwelling,
                                    levels: env.storeys.count),
            cooling: CoolingInput(cooling: env.cooling, dwelling: dwelling), labelDate: labelDate)
    }
}
