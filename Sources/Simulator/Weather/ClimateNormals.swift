/// Monthly climate normals from which ``TypicalYearGenerator`` builds an hourly year.
public struct ClimateNormals: Sendable, Hashable {
    public var location: SiteLocation
    /// Where the figures come from.
    public var source: String
    /// Monthly mean air temperature, °C (January first).
    public var meanTemperatureC: [Double]
    /// Monthly mean daily range T_max − T_min, K.
    public var dailyRangeK: [Double]
    /// Monthly mean daily global horizontal irradiation, kWh/(m²·day).
    public var globalHorizontalKWhPerM2Day: [Double]
    /// Monthly mean relative humidity, %.
    public var relativeHumidityPct: [Double]

    public init(location: SiteLocation, source: String, meanTemperatureC: [Double], dailyRangeK: [Double],
                globalHorizontalKWhPerM2Day: [Double], relativeHumidityPct: [Double]) {
        self.location = location
        self.source = source
        self.meanTemperatureC = meanTemperatureC
        self.dailyRangeK = dailyRangeK
        self.globalHorizontalKWhPerM2Day = globalHorizontalKWhPerM2Day
        self.relativeHumidityPct = relativeHumidityPct
    }

    /// Cahors (Lot, climate zone H2c), **approximate** normals.
    ///
    /// Temperatures: monthly mean T_min/T_max of the Météo-France station Cahors–Le Montat (46), 1991–2020 normals
    /// as published on the Météo-France "fiches climatologiques" and relayed by infoclimat.fr; quoted from memory
    /// to about ±0.5 K — **not verified** here (no network access to the source). Mean = (T_min + T_max)/2, range
    /// = T_max − T_min. Global irradiation: typical values for the Lot / Agen area (PVGIS-SARAH and the
    /// Météo-France Agen–La Garenne sunshine normals give ≈ 1 350–1 400 kWh/(m²·a)), approximate to ±10 %.
    /// Relative humidity: typical south-west France values, approximate.
    ///
    /// A real measured or typical-year EPW for the site is always better than this synthetic year.
    public static let cahors = ClimateNormals(
        location: .cahors,
        source: "approximate Météo-France normals, Cahors–Le Montat 1991–2020 (temperature) and Lot/Agen irradiation",
        meanTemperatureC: [5.8, 6.8, 9.7, 12.3, 16.2, 19.8, 22.1, 21.9, 18.4, 14.6, 9.3, 6.3],
        dailyRangeK: [8.3, 10.1, 11.3, 11.5, 11.6, 12.0, 12.9, 13.0, 12.4, 10.0, 8.6, 7.9],
        globalHorizontalKWhPerM2Day: [1.5, 2.4, 3.7, 4.7, 5.6, 6.2, 6.3, 5.5, 4.3, 2.8, 1.7, 1.3],
        relativeHumidityPct: [87, 82, 76, 74, 74, 71, 67, 69, 74, 82, 87, 88])
}
