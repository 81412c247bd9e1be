import BuildingModel

/// Small, documented example buildings for tests, benchmarks and documentation (not calibrated stock data).
public enum ExampleBuildings {
    /// A terraced town house of the Cahors centre: `storeys` zones of 6 m × 10 m (60 m², 2.8 m high) with party
    /// walls east and west (adiabatic), a street façade facing `streetFacing` and a courtyard façade opposite,
    /// 20 % glazing, stone-rubble walls (U ≈ 1.9 W/(m²·K), heavy mass), timber floors between storeys
    /// (U ≈ 2 W/(m²·K) → H_c = 120 W/K) and a roof of U `roofUValue` on the top storey (2.5 = uninsulated tiles
    /// on battens; 0.2 = insulated). Ground floor on the ground.
    public static func townHouse(
        id: String = "town-house", storeys: Int = 3, streetFacing: Orientation = .south, roofUValue: Double = 2.5,
        wallUValue: Double = 1.9, windowUValue: Double = 4.0, glazingRatio: Double = 0.2, horizonAngleDeg: Double = 0,
        infiltrationAch: Double = 0.6, heatingSetpointC: Double? = 19, coolingSetpointC: Double? = nil
    ) -> BuildingThermalSpec {
        let width = 6.0, depth = 10.0, height = 2.8
        let floor = width * depth
        let back = Orientation(azimuthDeg: streetFacing.azimuthDeg + 180)
        let facadeArea = width * height
        let zones = (0..<storeys).map { k -> ZoneSpec in
            let glazed = glazingRatio * facadeArea
            var z = ZoneSpec(
                name: "\(id) storey \(k)", floorAreaM2: floor, volumeM3: floor * height,
                walls: [
                    WallSpec(orientation: streetFacing, areaM2: facadeArea - glazed, uValueWPerM2K: wallUValue),
                    WallSpec(orientation: back, areaM2: facadeArea - glazed, uValueWPerM2K: wallUValue),
                ],
                windows: [
                    ZoneWindowSpec(orientation: streetFacing, areaM2: glazed, uValueWPerM2K: windowUValue, gValue: 0.75,
                               frameFraction: 0.3, horizonAngleDeg: horizonAngleDeg),
                    ZoneWindowSpec(orientation: back, areaM2: glazed, uValueWPerM2K: windowUValue, gValue: 0.75,
                               frameFraction: 0.3, horizonAngleDeg: horizonAngleDeg),
                ],
                mass: .isoClass(.heavy),
                airflow: AirflowSpec(infiltration: .ach(infiltrationAch)),
                internalGains: InternalGainsSpec(wattsPerM2: 4),
                hvac: HVACSpec(heatingSetpointC: heatingSetpointC, coolingSetpointC: coolingSetpointC))
            if k == 0 { z.floors = [FloorSpec(areaM2: floor, uValueWPerM2K: 1.5)] }
            if k == storeys - 1 {
                z.roofs = [RoofSpec(plane: .pitched(streetFacing), areaM2: floor / 2 / 0.82, uValueWPerM2K: roofUValue, solarAbsorptance: 0.7),
                           RoofSpec(plane: .pitched(back), areaM2: floor / 2 / 0.82, uValueWPerM2K: roofUValue, solarAbsorptance: 0.7)]
            }
            return z
        }
        return BuildingThermalSpec(id: id, zones: zones,
                                   interZoneConductancesWPerK: [Double](repeating: 2.0 * floor, count: max(0, storeys - 1)))
    }
}
