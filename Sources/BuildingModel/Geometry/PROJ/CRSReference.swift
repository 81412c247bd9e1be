/// A coordinate reference system named by an EPSG code or given as a WKT / PROJ definition.
public enum CRSReference: Sendable, Hashable, CustomStringConvertible {
    case epsg(Int)
    /// WKT (1 or 2) or a PROJ string, passed to `proj_create` as is.
    case definition(String)

    /// Lambert-93, the model's CRS for metropolitan France.
    public static let lambert93 = CRSReference.epsg(2154)
    /// WGS 84 geographic; used with `proj_normalize_for_visualization`, so x = longitude, y = latitude.
    public static let wgs84 = CRSReference.epsg(4326)

    /// The string handed to PROJ.
    var projDefinition: String {
        switch self {
        case .epsg(let code): "EPSG:\(code)"
        case .definition(let text): text
        }
    }

    public var description: String {
        switch self {
        case .epsg(let code): "EPSG:\(code)"
        case .definition(let text): text.count > 60 ? String(text.prefix(57)) + "..." : text
        }
    }

    /// The WKT 1 (GDAL flavour) of this CRS, as `gpkg_spatial_ref_sys.definition` expects
    /// (`proj_as_wkt(ctx, crs, PJ_WKT1_GDAL, nil)`).
    public func wkt1GDAL() throws(PROJError) -> String {
        let ctx = try PROJContext()
        return try PROJObject.crs(projDefinition, in: ctx).wkt1GDAL()
    }
}
