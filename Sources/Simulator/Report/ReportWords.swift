import BuildingModel

/// Every word the district report shows, one table per language (`english`, `french`; `report --lang fr`).
/// Both tables are instances of this one struct, so the compiler checks that French says everything English does.
/// Numbers follow the language: 1,234.5 and €1,234 in English, 1 234,5 and 1 234 € in French (narrow no-break
/// spaces). Scenario names, the run note and the heritage reasons come from the results file as they were written.
struct ReportWords: Sendable {
    var lang: String
    var defaultTitle: @Sendable (_ file: String) -> String
    var paletteToggle: String
    var contents: String
    var navSummary: String, navMap: String, navClasses: String, navCost: String, navComfort: String
    var navHeritage: String, navNotes: String
    // Summary
    var summaryTitle: String
    var summaryLine: @Sendable (_ buildings: String, _ dwellings: String, _ scenarios: Int) -> String
    var todayPrefix: String
    var todayFG: @Sendable (_ dwellings: String, _ percent: String) -> String
    var meanPrimaryToday: @Sendable (_ value: String) -> String
    var beforeTableCaption: String
    var scenarioTableCaption: String
    var scenarioHeaders: [String]
    var notAvailable: String
    var yes: String, no: String
    // Map
    var mapTitle: String
    var classesShown: String
    var beforeWorksOption: String
    var beforeWorksName: String
    var afterOption: @Sendable (_ numberAndName: String) -> String
    var zoom: String, zoomIn: String, zoomOut: String, wholeDistrict: String
    var showHeritage: String
    var showingBefore: String
    var mapCaption: String
    var plainPrintNote: String
    var mapSVGTitle: @Sendable (_ buildings: Int) -> String
    var mapSVGDesc: String
    var before: String
    var monumentTooltip: @Sendable (_ name: String, _ protection: String) -> String
    var perimeterLabel: @Sendable (HeritagePerimeter.Kind) -> String
    var scaleBar: String
    var northArrow: String
    /// The map script's words: "Showing: classes after scenario ", " · before: ", " · after ", "no result",
    /// " (a measure blocked by heritage)".
    var scriptShowingAfter: String, scriptBefore: String, scriptAfter: String, scriptNoResult: String, scriptBlocked: String
    // Legend
    var legend: String
    var classLabel: @Sendable (_ letter: String) -> String
    var best: String, worst: String
    var noResult: String
    var blockedByHeritage: String
    var listedMonument: String
    // Classes
    var classesTitle: String
    var beforeWorksRow: String
    var classChartTitle: String
    var classChartDesc: String
    var dwellingsTotal: @Sendable (_ total: String) -> String
    var segmentTooltip: @Sendable (_ row: String, _ dwellings: String, _ what: String) -> String
    var classWord: @Sendable (_ letter: String) -> String
    var classTableCaption: String
    var rowHeader: String
    // Cost
    var costTitle: String
    var costIntro: String
    var scatterTitle: String
    var scatterDesc: String
    var noScenarioResult: String
    var costAxis: String
    var energyAxis: String
    var todayTooltip: @Sendable (_ value: String) -> String
    var today: String
    var paretoFront: String
    var keyOnFront: String, keyDominated: String, keyToday: String
    var pointTooltip: @Sendable (_ label: String, _ capex: String, _ energy: String, _ onFront: Bool) -> String
    // Comfort
    var comfortTitle: String
    var comfortNoStoreys: String
    var comfortIntro: @Sendable (_ reference: String?) -> String
    var comfortCaption: String
    var comfortHeaders: [String]
    var comfortChange: String
    // Heritage
    var heritageTitle: String
    var noBlockedBuilding: String
    var blockedCount: @Sendable (_ count: Int, _ formatted: String) -> String
    var heritageSummaryCaption: String
    var heritageSummaryHeaders: [String]
    var buildingsOneByOne: @Sendable (_ count: Int, _ formatted: String) -> String
    var heritageTableCaption: String
    var heritageTableHeaders: [String]
    var allScenarios: @Sendable (_ count: Int) -> String
    var noReasonGiven: String
    var aFacade: String
    // Notes
    var notesTitle: String
    var notes: [String]

    static func of(_ language: Language) -> ReportWords {
        switch language {
        case .en: english
        case .fr: french
        }
    }

    // MARK: Numbers

    var isFrench: Bool { lang == "fr" }

    /// English digits turned French: "," thousands → narrow no-break space, "." decimals → ",".
    func localised(_ s: String) -> String {
        guard isFrench else { return s }
        return s.replacingOccurrences(of: ",", with: "\u{202F}").replacingOccurrences(of: ".", with: ",")
    }

    func int(_ n: Int) -> String { localised(ReportFormat.integer(n)) }
    func fixed(_ x: Double, _ decimals: Int) -> String {
        x.isFinite ? localised(ReportFormat.fixed(x, decimals: decimals)) : notAvailable
    }
    func euros(_ x: Double) -> String {
        guard x.isFinite else { return notAvailable }
        return isFrench ? localised(ReportFormat.fixed(x, decimals: 0)) + "\u{202F}€" : ReportFormat.euros(x)
    }
    func millionEuros(_ x: Double) -> String {
        guard x.isFinite else { return notAvailable }
        return isFrench ? localised(ReportFormat.fixed(x / 1e6, decimals: 2)) + "\u{202F}M€" : ReportFormat.millionEuros(x)
    }
    func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return notAvailable }
        return isFrench ? localised(ReportFormat.percent(part, of: whole)).replacingOccurrences(of: " %", with: "\u{202F}%")
            : ReportFormat.percent(part, of: whole)
    }
}
