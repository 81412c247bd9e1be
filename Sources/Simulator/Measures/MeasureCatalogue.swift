import BuildingModel
import Foundation

/// The measures available to scenarios, by id.
public struct MeasureCatalogue: Sendable {
    public var measures: [String: Measure]
    /// The file it was read from (for error messages).
    public var file: String

    public init(measures: [Measure], file: String = "<code>") {
        self.measures = Dictionary(measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.file = file
    }

    public subscript(id: String) -> Measure? { measures[id] }
    public var ids: [String] { measures.keys.sorted() }

    /// The catalogue shipped with renovate (`DefaultCatalogues.measuresYAML`, also in catalogue/measures.yaml).
    public static func bundled() throws -> MeasureCatalogue {
        try MeasureCatalogueLoader.parse(DefaultCatalogues.measuresYAML, file: "<bundled>/measures.yaml")
    }

    /// Reads a catalogue file.
    public static func load(path: String) throws -> MeasureCatalogue {
        let text: String
        do { text = try TextFile.utf8(path) } catch {
            throw RetrofitInputError.unreadable(file: path, reason: error.reason)
        }
        return try MeasureCatalogueLoader.parse(text, file: path)
    }
}
