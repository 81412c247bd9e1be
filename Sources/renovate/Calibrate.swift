import ArgumentParser
import BuildingModel
import Foundation
import Simulator
import ThreeCL

/// `renovate calibrate`: the stock's real DPE labels calibrate what the stock does not say, and every
/// residential building gets a probability per class.
struct Calibrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Calibrate the unknowns of a stock on its real DPE labels and give each building a probability per class.",
        discussion: """
            Every residential building is labelled by the 3CL-DPE 2021 engine over the values its unknown \
            attributes may take (glazing, roof insulation, masonry thickness). The buildings with a real label \
            (BDNB etiquette_energie_dpe / classe_bilan_dpe) calibrate those unknowns and the gap between the \
            engine and real labels (Bayesian, Metropolis sampling with --seed); Monte Carlo over the posterior \
            gives each building p_a…p_g and the district's dwellings in F/G a 90 % interval. Labels of the 2012 \
            method are compared on their own scale. --validate hides half of the labels (by --seed), predicts \
            them from the other half, both ways, and prints the agreement (docs/label-calibration.md).
            """)

    @Argument(help: "Building stock (GeoJSON or GeoPackage: BDNB, BD TOPO, OSM or renovate's own columns).")
    var stock: String

    @Option(help: "Layer of a GeoPackage stock (default: its only or first feature layer).")
    var layer: String?

    @Flag(name: .customLong("validate"),
          help: "Cross-validate: predict each half of the labelled buildings from the other half, and print the agreement.")
    var crossValidate = false

    @Option(help: "Write every residential building's prediction (class probabilities p_a…p_g, defaulted attributes) to this CSV file.")
    var predictions: String?

    @Option(help: "Seed of the calibration, the Monte Carlo and the --validate split.")
    var seed: UInt64 = 1

    @Option(help: "Monte Carlo samples per building.")
    var samples: Int = 400

    @Option(help: ArgumentHelp("3CL climate zone of the stock (h1a…h3).", discussion: "Default h2c (Cahors); Paris is h1a."))
    var dpeZone: String = "h2c"

    @Option(help: "Date of the predicted labels (YYYY-MM-DD): the electricity factor in force then.")
    var labelDate: String = "2026-01-01"

    @Option(help: "Output format of --validate.")
    var format: CalibrationOutputFormat = .text

    @OptionGroup var threadOptions: ThreadOptions
    var threads: Int { threadOptions.count }

    static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys]
        return e
    }

    func validate() throws {
        guard samples >= 1 else { throw ValidationError("--samples must be at least 1.") }
        guard ClimateZone(key: dpeZone) != nil else {
            throw ValidationError("--dpe-zone \"\(dpeZone)\" is not a 3CL climate zone: please give one of "
                                  + ClimateZone.allCases.map(\.key).joined(separator: ", ") + ".")
        }
        guard labelDate.count == 10, labelDate.split(separator: "-").count == 3 else {
            throw ValidationError("--label-date \"\(labelDate)\" is not a date YYYY-MM-DD.")
        }
        guard FileManager.default.fileExists(atPath: stock) else {
            throw ValidationError("\(stock): no such file. Please check the path.")
        }
        if let predictions, FileManager.default.fileExists(atPath: predictions) {
            throw ValidationError("\(predictions) already exists: please remove it or choose another path.")
        }
    }

    func run() throws {
        let err = StandardError()
        let loaded = try StockLoader(threads: threads).load(URL(fileURLWithPath: stock), layer: layer)
        for d in loaded.diagnostics where d.severity == .rejected { err.write("\(d)\n") }
        for line in loaded.inputSummary { err.write("\(stock): \(line)\n") }
        let analysis = FacadeAnalyzer.analyze(loaded.buildings, threads: threads)
        let facades = Dictionary(uniqueKeysWithValues: analysis.facades.map { ($0.buildingID, $0) })
        let site = ThreeCLSite(climateZone: ClimateZone(key: dpeZone)!, altitude: .below400m)
        let grids: [LabelGrid?]
        do {
            let labeler = try ThreeCLLabeler(site: site, labelDate: labelDate)
            grids = try LabelGridBuilder(labeler: labeler).grids(loaded.buildings, facades: facades, threads: threads)
        } catch let e as ThreeCLLabelError { throw RunError("\(stock): \(e.description)") }
        let calibration = LabelCalibration()
        if crossValidate {
            let report = LabelValidation(calibration: calibration, samples: samples, seed: seed)
                .run(buildings: loaded.buildings, grids: grids)
            guard report.labelled >= 2 else {
                throw RunError("\(stock): \(report.labelled) labelled residential building(s); --validate needs at least 2")
            }
            switch format {
            case .text: print(LabelValidationRenderer.text(report), terminator: "")
            case .json: print(String(decoding: try Self.encoder.encode(report), as: UTF8.self))
            }
        }
        if let predictions {
            let prediction = StockLabelPrediction(buildings: loaded.buildings, grids: grids, labelDate: labelDate,
                                                  calibration: calibration, samples: samples, seed: seed)
            do { try Data(prediction.csv.utf8).write(to: URL(fileURLWithPath: predictions), options: .atomic) } catch {
                throw RunError("\(predictions): cannot write: \(error.localizedDescription)")
            }
            let fg = prediction.dwellingsInFG
            err.write("wrote \(predictions): \(prediction.rows.count) residential buildings; dwellings in F/G at "
                      + "\(labelDate): median \(Int(fg.median.rounded())), 90 % interval \(Int(fg.low5.rounded()))–"
                      + "\(Int(fg.high95.rounded())) (the engine with the stock's defaults: \(prediction.dwellingsInFGAsGiven)); "
                      + "calibrated on \(prediction.posterior.observations) real labels\n")
        }
        if !crossValidate && predictions == nil {
            throw RunError("nothing to do: please give --validate, --predictions <file.csv>, or both")
        }
    }
}

/// Output formats of `renovate calibrate --validate`.
enum CalibrationOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
