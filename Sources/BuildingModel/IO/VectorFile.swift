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

    /// The features of every layer of a file, layer by layer (a GeoJSON file has one; a GeoPackage every
    /// features layer of `gpkg_contents`, in its order), for inputs whose every layer counts (heritage files).
    public static func readEveryLayer(_ url: URL) throws(VectorFileError) -> [(layer: String?, features: [Feature])] {
        guard url.pathExtension.lowercased() == "gpkg" else { return [(nil, try read(url))] }
        var out: [(layer: String?, features: [Feature])] = []
        for info in try GeoPackageReader.layers(in: url) {
            out.append((info.name, try GeoPackageReader.read(url, layer: info.name)))
        }
        return out
    }

    /// Reprojects a raw geometry into EPSG:2154. A geometry that cannot be reprojected, or that lands outside
    /// the area where Lambert-93 means something (`lambert93Bounds`: a footprint in lon/lat at the antimeridian,
    /// near a pole or overseas), is dropped and the reason kept in `unreadable["geometry"]`, so that the stock
    /// reader rejects that building alone, naming it.
    static func reproject(
        _ geometry: FeatureGeometry?, with transformer: CoordinateTransformer, unreadable: inout [String: String]
    ) -> FeatureGeometry? {
        guard let geometry, !transformer.isIdentity else { return geometry }
        let projected: FeatureGeometry
        do { projected = try transformer.transform(geometry) } catch {
            unreadable["geometry"] = "cannot be reprojected from \(transformer.source) to Lambert-93: \(error.description)"
            return nil
        }
        guard transformer.target == .lambert93 else { return projected }
        let bounds = lambert93Bounds
        if let outside = projected.points.first(where: { !bounds.x.contains($0.x) || !bounds.y.contains($0.y) }) {
            let first = geometry.points.first.map { "(\($0.x), \($0.y))" } ?? ""
            let x = Int(outside.x.clamped(to: -9e15...9e15)), y = Int(outside.y.clamped(to: -9e15...9e15))
            let area = "x \(Int(bounds.x.lowerBound))…\(Int(bounds.x.upperBound)), y \(Int(bounds.y.lowerBound))…\(Int(bounds.y.upperBound))"
            unreadable["geometry"] = "a point near \(first) in \(transformer.source) lands at (\(x), \(y)) in Lambert-93, "
                + "outside metropolitan France where that projection holds (\(area))"
            return nil
        }
        return projected
    }

    /// EPSG:2154's projected bounds (x −378,306…1,212,611, y 6,093,283…7,186,902 m) widened by 300 km.
    static let lambert93Bounds = (x: -680_000.0...1_520_000.0, y: 5_790_000.0...7_490_000.0)

    /// The feature id: the `idField` value, else the `"id"` property, else `fallback`.
    static func featureID(_ properties: [String: PropertyValue], idField: String?, fallback: String) -> String {
        if let idField, let v = properties[idField]?.stringValue { return v }
        if let v = properties["id"]?.stringValue { return v }
        return fallback
    }
}
