/// Formats `BatchProgress` for stderr: a bar redrawn in place on a terminal, plain lines otherwise (logs, CI).
public enum BatchProgressFormatter {
    /// A one-line bar to print after a carriage return on a TTY:
    /// `[########----------------]  1234/5000  24.7%  310 pairs/s  ETA 0:12  3 failed`.
    public static func bar(_ p: BatchProgress, width: Int = 24) -> String {
        let filled = min(width, max(0, Int((p.fraction * Double(width)).rounded(.down))))
        var s = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
        s += "  \(p.completed)/\(p.total)  \(percent(p.fraction))"
        s += "  " + rate(p.ratePerSecond)
        s += "  ETA " + (p.etaSeconds.map(duration) ?? "--:--")
        if p.failed > 0 { s += "  \(p.failed) failed" }
        return s
    }

    /// A self-contained log line: `1234/5000 pairs (24.7%), 3 failed, 310 pairs/s, ETA 0:12`.
    public static func line(_ p: BatchProgress) -> String {
        var s = "\(p.completed)/\(p.total) pairs (\(percent(p.fraction)))"
        if p.failed > 0 { s += ", \(p.failed) failed" }
        s += ", " + rate(p.ratePerSecond)
        s += ", ETA " + (p.etaSeconds.map(duration) ?? "unknown")
        return s
    }

    /// `h:mm:ss` from one hour, `m:ss` below (seconds rounded up, so a nearly finished run shows 0:01).
    public static func duration(_ seconds: Double) -> String {
        let total = Int(max(0, seconds).rounded(.up))
        let h = total / 3600, m = (total % 3600) / 60, s = total % 60
        let ss = s < 10 ? "0\(s)" : "\(s)"
        if h > 0 { return "\(h):\(m < 10 ? "0\(m)" : "\(m)"):\(ss)" }
        return "\(m):\(ss)"
    }

    static func percent(_ fraction: Double) -> String {
        let tenths = Int((fraction * 1000).rounded(.down))
        return "\(tenths / 10).\(tenths % 10)%"
    }

    static func rate(_ perSecond: Double?) -> String {
        guard let r = perSecond else { return "-- pairs/s" }
        if r >= 10 { return "\(Int(r.rounded())) pairs/s" }
        let tenths = Int((r * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) pairs/s"
    }
}

/// Decides when to print a plain progress line: the first report, then at most one per `intervalSeconds`,
/// and always the last one (completed == total).
public struct ProgressThrottle: Sendable {
    public let intervalSeconds: Double
    private var lastEmitSeconds: Double?

    public init(intervalSeconds: Double = 10) {
        self.intervalSeconds = intervalSeconds
    }

    public mutating func shouldEmit(_ p: BatchProgress) -> Bool {
        let now = p.elapsedSeconds
        if let last = lastEmitSeconds, now - last < intervalSeconds, p.completed < p.total { return false }
        lastEmitSeconds = now
        return true
    }
}
