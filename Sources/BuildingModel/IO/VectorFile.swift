import Foundation

/// Entry point for reading vector files: chooses the reader by extension.
public enum VectorFile {
    /// Reads the features of a GeoJSON (`.geojson`, `.json`) or GeoPackage (`.gpkg`) file, reprojected into
    /// Lambert-93 (EPSG:2154) metres.
    /// - Parameters:
    ///   - layer: GeoPackage layer (default: the first features layer of `gpkg_contents`); ignored for GeoJSON.
    ///   - idField: attribute whose value becomes `Feature.id` (else `"id"`, else the file's fid / index).
    /// - Throws: `VectorFileError` naming the file, the feature, the field and what was expected.
    public static func read(_ url: URL, layer: String? = nil, idField: String? = nil) throws(VectorFileError) -> [Feature] {
        switch url.pathExtension.lowercased() {
        case "geojson", "json": try GeoJSONReader.read(url, idField: idField)
        case "gpkg": try GeoPackageReader.read(url, layer: layer, idField: idField)
        case let ext: throw .unsupportedExtension(file: url.lastPathComponent, extension: ext)
        }
    }

    /// Reprojects a raw geometry into EPSG:2154, naming the feature on failure.
    static func reproject(
        _ geometry: FeatureGeometry?, with transformer: CoordinateTransformer, file: String, feature: String
    ) throws(VectorFileError) -> FeatureGeometry? {
        guard let geometry else { return nil }
        do {
            return try transformer.transform(geometry)
        } catch {
            throw .invalidFeature(file: file, feature: feature, field: "geometry", message: error.description)
        }
    }

    /// The feature id: the `idField` value, else the `"id"` property, else `fallback`.
    static func featureID(_ properties: [String: PropertyValue], idField: String?, fallback: String) -> String {
        if let idField, let v = properties[idField]?.stringValue { return v }
        if let v = properties["id"]?.stringValue { return v }
        return fallback
    }
}
