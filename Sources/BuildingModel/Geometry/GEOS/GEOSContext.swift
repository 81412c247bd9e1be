import CGEOS

/// Owns one reentrant GEOS context (`GEOS_init_r` … `GEOS_finish_r`) and collects GEOS's error messages.
///
/// GEOS reports failures through a message handler installed with `GEOSContext_setErrorMessageHandler_r`;
/// the last message is kept and turned into a thrown ``GeometryError/geosFailure(function:message:)`` by the
/// wrapper that saw the failing return value.
///
/// Every ``GEOSGeometry`` holds its context strongly, so the context outlives all geometries made with it.
final class GEOSContext {
    /// The C handle. Only code in `Geometry/GEOS` sees it.
    let handle: GEOSContextHandle_t
    /// The last error message GEOS reported on this context.
    fileprivate(set) var lastErrorMessage: String = ""

    /// Wraps `GEOS_init_r` and installs the error handler.
    init() throws(GeometryError) {
        guard let handle = GEOS_init_r() else { throw .contextCreationFailed }
        self.handle = handle
        let handler: GEOSMessageHandler_r = { message, userdata in
            guard let userdata else { return }
            let context = Unmanaged<GEOSContext>.fromOpaque(userdata).takeUnretainedValue()
            context.lastErrorMessage = message.map { String(cString: $0) } ?? ""
        }
        // Unretained: the handler only runs during calls made through this (alive) context.
        _ = GEOSContext_setErrorMessageHandler_r(handle, handler, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// The error for a failed call of `function`, with the message GEOS reported (then cleared).
    func failure(_ function: String) -> GeometryError {
        defer { lastErrorMessage = "" }
        return .geosFailure(function: function, message: lastErrorMessage)
    }
}

// A GEOS context handle is not thread-safe: GEOS allows one context per thread, and the collected error
// message is unsynchronised mutable state. Make one context per worker (per chunk) instead of sharing.
@available(*, unavailable)
extension GEOSContext: Sendable {}
