import Foundation

/// Headless Chromium (Debian package `chromium`) driven from tests: a page's screenshot, its PDF print, and a
/// probe that loads it in a frame of a given width, runs a script against it and returns what the script wrote,
/// with every console message the page logged. Each call uses a throw-away profile.
public enum HeadlessChromium {
    public static var path: String? {
        ["/usr/bin/chromium", "/usr/local/bin/chromium"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public static var isInstalled: Bool { path != nil }

    /// What a probe returns: the JSON the probe script wrote, and the page's console messages (errors included:
    /// Chromium logs uncaught exceptions as console messages).
    public struct ProbeResult {
        public var json: [String: Any]
        public var consoleMessages: [String]
    }

    /// Loads `page` in an iframe `width` px wide and `height` px high (media queries see that width), then
    /// calls `script` with the frame's window `w` and document `d` in scope; the script returns a JSON-serialisable
    /// object.
    public static func probe(_ page: URL, width: Int, height: Int = 900, script: String) throws -> ProbeResult {
        let dir = page.deletingLastPathComponent()
        let probe = dir.appendingPathComponent("probe-\(width)-\(UUID().uuidString).html")
        let html = """
        <!DOCTYPE html><html><body style="margin:0">
        <iframe id="f" src="\(page.lastPathComponent)" style="border:0;width:\(width)px;height:\(height)px"></iframe>
        <pre id="out">PROBE-PENDING</pre>
        <script>
        document.getElementById('f').addEventListener('load', function () {
          var w = this.contentWindow, d = this.contentDocument, r;
          try { r = (function (w, d) { \(script) })(w, d); } catch (x) { r = { probeError: String(x) }; }
          document.getElementById('out').textContent = 'PROBE-BEGIN' + JSON.stringify(r) + 'PROBE-END';
        });
        </script></body></html>
        """
        try html.write(to: probe, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: probe) }
        let (status, out, err) = try run(["--allow-file-access-from-files", "--enable-logging=stderr", "--v=0",
                                         "--virtual-time-budget=15000", "--dump-dom", probe.absoluteString])
        guard status == 0, let begin = out.range(of: "PROBE-BEGIN"), let end = out.range(of: "PROBE-END"),
              begin.upperBound <= end.lowerBound else {
            throw ChromiumError(message: "probe of \(page.path) at \(width) px gave no result (status \(status)): \(err.suffix(2000))")
        }
        let text = String(out[begin.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
        let console = err.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return ProbeResult(json: json, consoleMessages: console)
    }

    /// A PNG screenshot of `page` in a window of `width` × `height` px.
    public static func screenshot(_ page: URL, width: Int, height: Int, to png: URL) throws {
        let (status, _, err) = try run(["--hide-scrollbars", "--window-size=\(width),\(height)",
                                        "--screenshot=\(png.path)", page.absoluteString])
        guard status == 0, FileManager.default.fileExists(atPath: png.path) else {
            throw ChromiumError(message: "screenshot of \(page.path) failed (status \(status)): \(err.suffix(2000))")
        }
    }

    /// `page` printed to PDF (A4 when the page's print stylesheet says so), without header and footer.
    public static func printToPDF(_ page: URL, to pdf: URL) throws {
        let (status, _, err) = try run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        guard status == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw ChromiumError(message: "print of \(page.path) failed (status \(status)): \(err.suffix(2000))")
        }
    }

    /// Pages of a PDF: its `/Type /Page` objects (Chromium writes them uncompressed).
    public static func pageCount(ofPDF pdf: URL) throws -> Int {
        let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        return text.matches(of: /\/Type\s*\/Page(?![s\w])/).count
    }

    /// Width and height from a PNG's IHDR chunk.
    public static func pngSize(_ png: URL) throws -> (width: Int, height: Int) {
        let data = try Data(contentsOf: png)
        guard data.count > 24, Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else {
            throw ChromiumError(message: "\(png.path) is not a PNG")
        }
        let be = { (o: Int) in data[o..<(o + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (be(16), be(20))
    }

    private static func run(_ arguments: [String]) throws -> (Int32, String, String) {
        guard let path else { throw ChromiumError(message: "chromium is not installed") }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("renovate-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                       "--user-data-dir=\(profile.path)"] + arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Read both pipes concurrently so that neither fills up and blocks Chromium.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}

public struct ChromiumError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
    public init(message: String) { self.message = message }
}
