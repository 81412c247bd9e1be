import Foundation
import Testing
import TestSupport
@testable import Simulator

/// Renders the synthetic demo in headless Chromium through `scripts/screenshot-report.sh`. Runs only where the
/// Debian package `chromium` is installed (the script would otherwise install it, which a unit test must not do).
@Suite struct ReportScreenshotTests {
    @Test(.enabled(if: HeadlessChromium.isInstalled, "chromium is not installed (apt-get install chromium)"))
    func headlessChromiumTakesAScreenshot() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("renovate-report-shot-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let html = dir.appendingPathComponent("report.html"), png = dir.appendingPathComponent("report.png")
        try HTMLReport.write(SyntheticReportInput.make(columns: 10, rows: 8, scenarioCount: 3), to: html)

        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = [SharedData.repositoryRoot.appendingPathComponent("scripts/screenshot-report.sh").path,
                       html.path + "#view=2", png.path, "1000,1400"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(message)")
        // A PNG file (signature, then an IHDR chunk) of the window's size.
        let size = try HeadlessChromium.pngSize(png)
        #expect(size.width == 1000 && size.height == 1400)
    }
}
