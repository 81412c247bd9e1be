import Foundation
import Simulator
import Testing
import TestSupport

/// The report of the whole shipped sample (2,151 buildings × 11 scenarios, the main job's files) in headless
/// Chromium, as a planner opens it: at 1400 px and at 390 px (a phone), no horizontal overflow of the page, no
/// console message, the map pans, zooms and switches scenario (and at 390 px in French, `report --lang fr`), the heritage perimeters and monuments are drawn,
/// the screenshot is not blank, and the print fits on at most 30 A4 pages.
///
/// Needs the release binary (`RENOVATE_RELEASE_BIN`, set by scripts/test.sh: the debug one would take minutes)
/// and Chromium (scripts/test.sh installs it); reports itself skipped without either.
@Suite(.serialized) struct ReportBrowserTests {
    static let sample = SharedData.repositoryRoot.appendingPathComponent("samples/cahors")

    /// The sample's report, made once: simulate (the main job's options) then report.
    static let report: Result<URL, any Error> = Result {
        guard let bin = ReleaseBinary.url else { throw ChromiumError(message: "RENOVATE_RELEASE_BIN is not set") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("renovate-report-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let results = dir.appendingPathComponent("results.gpkg"), html = dir.appendingPathComponent("report.html")
        let simulate = try ExternalTools.run(bin.path, [
            "simulate", sample.appendingPathComponent("buildings.gpkg").path,
            "--scenarios", sample.appendingPathComponent("scenarios.yaml").path, "--climate", "cahors",
            "--heritage", sample.appendingPathComponent("heritage.geojson").path,
            "--rules", sample.appendingPathComponent("rules.yaml").path, "--out", results.path, "--threads", "2"])
        guard simulate.status == 0 else { throw ChromiumError(message: "simulate failed: \(simulate.output.suffix(2000))") }
        let report = try ExternalTools.run(bin.path, ["report", results.path, "--out", html.path])
        guard report.status == 0 else { throw ChromiumError(message: "report failed: \(report.output)") }
        let french = try ExternalTools.run(bin.path, ["report", results.path, "--out", dir.appendingPathComponent("rapport.html").path,
                                                     "--lang", "fr"])
        guard french.status == 0 else { throw ChromiumError(message: "report --lang fr failed: \(french.output)") }
        return html
    }

    static var canRun: Bool { HeadlessChromium.isInstalled && ReleaseBinary.url != nil }

    /// Measures the page in the frame, then uses the map as a person would: zoom in, pick the last scenario.
    static let probeScript = """
        var e = d.documentElement, r = { scrollWidth: e.scrollWidth, clientWidth: e.clientWidth, overflowing: [] };
        d.querySelectorAll('body *').forEach(function (n) {
          var b = n.getBoundingClientRect();
          if (b.width > 0 && b.right > e.clientWidth + 1 && !n.closest('.scroll')) {
            r.overflowing.push(n.tagName + (n.id ? '#' + n.id : '') + ' ' + Math.round(b.right) + 'px');
          }
        });
        r.overflowing = r.overflowing.slice(0, 8);
        var inner = d.getElementById('map-shapes'), home = inner.getAttribute('viewBox');
        d.getElementById('zoom-in').click();
        r.zoomedViewBox = inner.getAttribute('viewBox'); r.homeViewBox = home;
        r.scaleBar = d.getElementById('sb-label').textContent;
        d.getElementById('zoom-reset').click();
        r.resetViewBox = inner.getAttribute('viewBox');
        var sel = d.getElementById('map-view'), last = sel.options.length - 1;
        sel.value = String(last); sel.dispatchEvent(new w.Event('change'));
        r.caption = d.getElementById('map-view-name').textContent;
        var paths = d.querySelectorAll('#map-shapes path[data-k]'), agree = 0;
        paths.forEach(function (p) { if (p.getAttribute('class').indexOf('k-' + p.getAttribute('data-k').charAt(last)) === 0) { agree++; } });
        r.buildings = paths.length; r.showingLast = agree;
        r.perimeters = d.querySelectorAll('#map-heritage path.per').length;
        r.monuments = d.querySelectorAll('#map-heritage circle.mon').length;
        r.smallestChartText = 99; r.chartTexts = 0;
        d.querySelectorAll('svg.chart text').forEach(function (t) {
          var h = t.getBoundingClientRect().height;
          if (h > 0) { r.chartTexts++; r.smallestChartText = Math.min(r.smallestChartText, h); }
        });
        return r;
        """

    @Test(.enabled(if: canRun, "needs chromium and RENOVATE_RELEASE_BIN (scripts/test.sh provides both)"),
          arguments: [(1400, "en"), (390, "en"), (390, "fr")])
    func thePageFitsTheScreenAndTheMapWorks(width: Int, lang: String) throws {
        let english = try Self.report.get()
        let html = lang == "fr" ? english.deletingLastPathComponent().appendingPathComponent("rapport.html") : english
        let r = try HeadlessChromium.probe(html, width: width, script: Self.probeScript)
        #expect(r.json["probeError"] == nil, "\(r.json)")
        #expect(r.consoleMessages.isEmpty, "console: \(r.consoleMessages)")
        let scrollWidth = r.json["scrollWidth"] as? Int ?? -1, clientWidth = r.json["clientWidth"] as? Int ?? 0
        #expect(scrollWidth <= clientWidth, "the page is \(scrollWidth) px wide in a \(clientWidth) px window")
        #expect((r.json["overflowing"] as? [String] ?? ["?"]).isEmpty, "wider than the window: \(r.json["overflowing"] ?? "")")
        let home = try #require(r.json["homeViewBox"] as? String), zoomed = try #require(r.json["zoomedViewBox"] as? String)
        let homeW = Double(home.split(separator: " ")[2]) ?? 0, zoomedW = Double(zoomed.split(separator: " ")[2]) ?? 0
        #expect(abs(zoomedW - homeW / 1.5) < 0.01 * homeW, "zoom in: \(home) → \(zoomed)")
        #expect(r.json["resetViewBox"] as? String == home)
        #expect((r.json["scaleBar"] as? String ?? "").hasSuffix(" m"))
        #expect((r.json["caption"] as? String ?? "").hasPrefix(lang == "fr" ? "Affichage : classes après le scénario 11."
                                                                            : "Showing: classes after scenario 11."))
        #expect(r.json["buildings"] as? Int == 2151)
        #expect(r.json["showingLast"] as? Int == 2151, "every building shows its class after scenario 11")
        // The sample's heritage: one SPR and seven monuments, each with its 500 m radius (no PDA).
        #expect(r.json["perimeters"] as? Int == 8)
        #expect(r.json["monuments"] as? Int == 7)
        // Chart labels stay readable on a phone (the charts scroll sideways rather than shrink below 8 px).
        #expect((r.json["chartTexts"] as? Int ?? 0) > 50, "the charts' labels were measured")
        #expect((r.json["smallestChartText"] as? Double ?? 0) >= 8, "\(r.json["smallestChartText"] ?? "")")
    }

    /// A screenshot at each width is an image of the window's size with content: a blank page compresses to a
    /// few kilobytes, the report to hundreds.
    @Test(.enabled(if: canRun, "needs chromium and RENOVATE_RELEASE_BIN (scripts/test.sh provides both)"),
          arguments: [1400, 390])
    func theScreenshotIsNotBlank(width: Int) throws {
        let html = try Self.report.get()
        let png = html.deletingLastPathComponent().appendingPathComponent("shot-\(width).png")
        try HeadlessChromium.screenshot(html, width: width, height: 2000, to: png)
        let size = try HeadlessChromium.pngSize(png)
        #expect(size.width == width && size.height == 2000)
        let bytes = try FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int ?? 0
        #expect(bytes > 60_000, "\(bytes) bytes: a blank page?")
    }

    /// The print stylesheet puts the sample on at most 30 A4 pages (the per-building heritage list stays folded).
    @Test(.enabled(if: canRun, "needs chromium and RENOVATE_RELEASE_BIN (scripts/test.sh provides both)"))
    func thePrintFitsOnThirtyA4Pages() throws {
        let html = try Self.report.get()
        let pdf = html.deletingLastPathComponent().appendingPathComponent("report.pdf")
        try HeadlessChromium.printToPDF(html, to: pdf)
        let pages = try HeadlessChromium.pageCount(ofPDF: pdf)
        #expect(pages >= 1 && pages <= 30, "\(pages) pages")
        let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        // A4 is 595.28 × 841.89 pt; Chromium rounds it to whole CSS pixels (794 × 1123 px = 595.5 × 842.25 pt) or less.
        let boxes = text.matches(of: /\/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]/).map { (Double($0.1) ?? 0, Double($0.2) ?? 0) }
        #expect(boxes.count == pages && boxes.allSatisfy { abs($0.0 - 595) < 1.5 && abs($0.1 - 842) < 1.5 }, "A4 pages: \(boxes.prefix(3))")
    }
}
