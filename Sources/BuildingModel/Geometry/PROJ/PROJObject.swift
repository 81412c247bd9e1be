import CPROJ

/// Owner of one PROJ object (`PJ`: a CRS or a coordinate operation), freed by `proj_destroy` in `deinit`.
///
/// Holds its context strongly: a `PJ` must be destroyed before the context it was created in.
final class PROJObject {
    let context: PROJContext
    let handle: OpaquePointer

    /// Takes ownership of `handle`, or throws the context's error when it is nil.
    init(context: PROJContext, handle: OpaquePointer?, creating what: String) throws(PROJError) {
        guard let handle else {
            let err = context.lastError()
            throw PROJError.creationFailed(what: what, code: err?.code ?? 0, message: err?.message ?? "unknown error")
        }
        self.context = context
        self.handle = handle
    }

    deinit { proj_destroy(handle) }

    /// `proj_create(ctx, definition)`: a CRS from "EPSG:2154", a PROJ string or WKT.
    static func crs(_ definition: String, in context: PROJContext) throws(PROJError) -> PROJObject {
        try PROJObject(context: context, handle: proj_create(context.handle, definition), creating: "CRS \(definition.prefix(80))")
    }

    /// `proj_as_wkt(ctx, pj, PJ_WKT1_GDAL, nil)`: the WKT 1 (GDAL flavour) used in `gpkg_spatial_ref_sys`.
    func wkt1GDAL() throws(PROJError) -> String {
        guard let cString = proj_as_wkt(context.handle, handle, PJ_WKT1_GDAL, nil) else {
            let err = context.lastError()
            throw PROJError.creationFailed(what: "WKT", code: err?.code ?? 0, message: err?.message ?? "no WKT1 form")
        }
        return String(cString: cString)
    }
}

/// Not `Sendable`: a `PJ` belongs to the thread of its context.
@available(*, unavailable) extension PROJObject: Sendable {}
