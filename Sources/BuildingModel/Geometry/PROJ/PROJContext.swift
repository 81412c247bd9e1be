import CPROJ

/// Owner of one PROJ threading context (`PJ_CONTEXT`): created by `proj_context_create`, freed by
/// `proj_context_destroy` in `deinit`.
///
/// PROJ contexts are per thread (PROJ docs, "Threads"): create one per worker, never share it.
final class PROJContext {
    let handle: OpaquePointer

    init() throws(PROJError) {
        guard let h = proj_context_create() else { throw PROJError.contextCreationFailed }
        handle = h
        // Errors are reported through proj_context_errno and thrown; keep PROJ from printing to stderr.
        proj_log_level(h, PJ_LOG_NONE)
    }

    deinit { proj_context_destroy(handle) }

    /// The context's last error (`proj_context_errno` + `proj_context_errno_string`), nil when none.
    func lastError() -> (code: Int32, message: String)? {
        let code = proj_context_errno(handle)
        guard code != 0 else { return nil }
        let message = proj_context_errno_string(handle, code).map { String(cString: $0) } ?? "error \(code)"
        return (code, message)
    }
}

/// Not `Sendable`: a PROJ context must only be used by the thread that owns it.
@available(*, unavailable) extension PROJContext: Sendable {}
