/// The hourly 5R1C need model (ISO 13790 Annex C, storey by storey): the `NeedModel` used for results.
///
/// Holds one `ThermalSimulator` (and so one `SurfaceIrradiance`, computed once per weather file, read-only and
/// shared by every thread). Per building it makes two runs of `Envelope.thermalSpec(_:freeFloat:)`:
/// 1. conditioned (19 °C heating, 28 °C cooling): heating and cooling needs per storey;
/// 2. free float: summer overheating per storey, `OverheatingMetrics` counted inside the hour loop with the same
///    definition (`OverheatingMetrics.accumulate`, threshold 28 °C, May–September), so no 8760-value array is
///    returned per building × scenario. `OverheatingMetrics.maxOperativeTemperatureC` is the **annual** maximum of
///    the free-float operative temperature (in free float it falls in summer in this climate).
public struct HourlyNeedModel: NeedModel {
    public let simulator: ThermalSimulator
    public var conventions: ThermalMappingConventions
    /// Keep the free-float hourly operative temperatures (for a single-building check; off in batches).
    public var recordsTrace: Bool

    /// - Parameters:
    ///   - irradiance: the weather file's surface irradiance (build it once and share it).
    ///   - recordsTrace: also return the free-float hourly operative temperatures (8760 per storey).
    public init(irradiance: SurfaceIrradiance, conventions: ThermalMappingConventions = ThermalMappingConventions(),
                recordsTrace: Bool = false) {
        var options = SimulationOptions(overheatingThresholdsC: [OverheatingMetrics.thresholdC],
                                        overheatingMonths: MonthMask.mayToSeptember)
        options.recordHourly = false
        self.simulator = ThermalSimulator(irradiance: irradiance, options: options)
        self.conventions = conventions
        self.recordsTrace = recordsTrace
    }

    /// Both runs' results (for checks: energy balance, traces). The two runs share the hourly solar and sol-air
    /// forcing (same building, same weather) and one hour loop (`ThermalSimulator.run(variants:)`); each result is
    /// the one its own run gives.
    public func thermalResults(for envelope: Envelope) throws -> (conditioned: ThermalResult, freeFloat: ThermalResult) {
        try thermalResults(for: envelope, energyBalance: true)
    }

    /// As above; `energyBalance: false` leaves the zones' energy balances zero (the needs do not use them).
    func thermalResults(for envelope: Envelope, energyBalance: Bool) throws
        -> (conditioned: ThermalResult, freeFloat: ThermalResult)
    {
        var workspace = ThermalSimulator.Workspace()
        let r = try simulator.run(
            variants: [envelope.thermalSpec(conventions), envelope.thermalSpec(conventions, freeFloat: true)],
            recordHourly: [simulator.options.recordHourly, recordsTrace], energyBalance: energyBalance,
            workspace: &workspace)
        return (r[0], r[1])
    }

    /// The conditioned 5R1C model of the envelope: both runs are made from it (the free-float run only drops the
    /// heating and cooling), so envelopes that differ only in what the model does not see (heating system, hot
    /// water, costs) share their needs.
    public func needKey(for envelope: Envelope) -> AnyHashable {
        AnyHashable(envelope.thermalSpec(conventions))
    }

    /// Heating and cooling needs and overheating per storey, ground storey first.
    /// - Throws: `SimulatorError` when the mapped zones are invalid or the run diverges.
    /// - Complexity: two runs of O(storeys × 8760).
    public func needs(for envelope: Envelope) throws -> [StoreyNeeds] {
        let (c, f) = try thermalResults(for: envelope, energyBalance: false)
        return zip(c.zones, f.zones).map { cz, fz in
            StoreyNeeds(heatingNeedKWh: cz.heatingKWh, coolingNeedKWh: cz.coolingKWh,
                        freeFloatOperativeTemperaturesC: fz.hourly?.operativeC,
                        overheating: OverheatingMetrics(hoursAboveThreshold: Int(fz.hoursAbove[0]),
                                                        degreeHoursAboveThresholdKh: fz.degreeHoursAbove[0],
                                                        maxOperativeTemperatureC: fz.operative.maxC))
        }
    }
}
