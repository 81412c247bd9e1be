import ArgumentParser
import BuildingModel
import Foundation

/// `renovate check`: one building's heritage constraints — its façades, the protections that apply and why,
/// and the verdict of every measure on every façade.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what each retrofit measure may do to one building, façade by façade, and why.",
        discussion: """
            Protections come from heritage layers (monuments, delimited perimeters, SPR zones, plan marks; \
            property names in docs/heritage-rules.md). Verdicts come from a YAML rule set (default: the built-in \
            rules for French protected centres). The most restrictive matching rule wins.
            """)

    @Argument(help: "Building stock: GeoPackage (.gpkg) or GeoJSON (.geojson, .json).")
    var stock: String

    @Option(help: "Id of the building to check.")
    var building: String

    @Option(help: "Heritage layers (GeoPackage or GeoJSON); repeat for several files.")
    var heritage: [String] = []

    @Option(help: "Rule set (YAML). Default: the built-in rules for French protected centres.")
    var rules: String?

    @Option(help: "Output: text, json, svg (a plan of the building, its façades coloured by verdict) or html (the plan, the protections and every verdict with its reason, printable on one A4 page).")
    var format: OutputFormat = .text

    @Option(help: "With svg or html: the measure whose verdicts colour the façades (default for html: one small plan per measure placed on façades; for svg: external-wall-insulation).")
    var measure: MeasureKind?

    @Option(help: "Language of the text and HTML: en or fr (French practice: ITE, ITI, menuiseries, avis conforme de l'ABF…). JSON keys and values stay English.")
    var lang: Language = .en

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, svg, html
    }

    func validate() throws {
        for path in [stock] + heritage + (rules.map { [$0] } ?? []) where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("\(path): no such file. Please check the path.")
        }
    }

    func run() throws {
        // Rules first: a typo in a rule file is reported before any heavy reading.
        let ruleSet = try rules.map { try RuleSet.load(contentsOf: URL(fileURLWithPath: $0)) } ?? RuleSet.default
        var layers = HeritageLayers()
        for path in heritage {
            layers = layers.merged(with: try HeritageLayers.read(URL(fileURLWithPath: path)))
        }
        let stock = try CheckInputs.readStock(stock)
        let b = try stock.building(id: building)
        let facades = try CheckInputs.analyseFacades(of: b, in: stock)
        // Co-visibility of this building with the monuments (sight lines over the whole stock).
        let coVisibility = CoVisibilityAnalysis.forAbords(
            stock: stock.buildings, layers: layers, assessing: { $0 == b.id }, threads: ProcessInfo.processInfo.activeProcessorCount)
        // JSON is for tools: English reasons whatever --lang says.
        let language = format == .json ? .en : lang
        let assessment = try HeritageCheck(layers: layers, rules: ruleSet, coVisibility: coVisibility, language: language)
            .assess(b, facades: facades)
        let plan = AssessmentPlan(assessment: assessment, building: b, facades: facades, neighbours: stock.buildings,
                                  layers: layers)
        switch format {
        case .text: print(AssessmentReport.text(assessment, language: language), terminator: "")
        case .json: print(try AssessmentReport.json(assessment), terminator: "")
        case .svg: print(plan.svg(measure: measure ?? .externalWallInsulation), terminator: "")
        case .html: print(plan.html(measure: measure, language: language), terminator: "")
        }
    }
}

extension MeasureKind: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// The one place where `renovate check` reads files and analyses façades with the other modules' readers.
enum CheckInputs {
    static func readStock(_ path: String) throws -> Stock {
        let stock = try StockLoader().load(URL(fileURLWithPath: path))
        for d in stock.diagnostics where d.severity == .rejected {
            FileHandle.standardError.write(Data("\(d)\n".utf8))
        }
        return stock
    }

    static func analyseFacades(of building: Building, in stock: Stock) throws -> BuildingFacades {
        let result = FacadeAnalyzer.analyze(buildingID: building.id, in: stock.buildings)
        for d in result.diagnostics { FileHandle.standardError.write(Data("\(d)\n".utf8)) }
        guard let facades = result.facades else {
            throw ValidationError("building \"\(building.id)\": its footprint was rejected by the geometry checks")
        }
        return facades
    }
}
