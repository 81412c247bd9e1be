import BuildingModel
import Testing
@testable import Simulator

@Suite struct ReportFormattingTests {
    @Test(arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (1234567, "1,234,567"), (-45000, "-45,000")])
    func integers(_ n: Int, _ text: String) { #expect(ReportFormat.integer(n) == text) }

    @Test func fixedAndSVGNumbers() {
        #expect(ReportFormat.fixed(1234.567, decimals: 1) == "1,234.6")
        #expect(ReportFormat.fixed(0.05, decimals: 2) == "0.05")
        #expect(ReportFormat.fixed(-2.5, decimals: 0) == "-3")
        #expect(ReportFormat.fixed(.nan, decimals: 1) == "n/a")
        #expect(ReportFormat.svg(12.0) == "12")
        #expect(ReportFormat.svg(12.34) == "12.3")
        #expect(ReportFormat.svg(-0.04) == "0")
        #expect(ReportFormat.svg(-0.26) == "-0.3")
    }

    @Test func pathDataIsRelativeAndRoundedToADecimetre() {
        let square = Polygon(exterior: [Point2D(x: 100.04, y: 200), Point2D(x: 110.04, y: 200), Point2D(x: 110.04, y: 210.06),
                                        Point2D(x: 100.04, y: 210.06), Point2D(x: 100.04, y: 200)])
        // Origin (100, 220): y is flipped, so the first point sits 20 m below the top.
        #expect(ReportMap.pathData(square, originX: 100, originY: 220) == "M0 20l10 0 0-10.1-10 0z")
    }

    /// Text drawn on a class colour reaches WCAG AA for normal text (4.5:1) in both palettes.
    @Test(arguments: ReportPalette.allCases)
    func textOnClassColoursIsReadable(_ palette: ReportPalette) {
        for c in DPEClass.allCases {
            let ratio = ReportPalette.contrastRatio(palette.fill(c), palette.text(c))
            #expect(ratio >= 4.5, "\(palette) class \(c.letter): \(ratio)")
        }
    }

    @Test func contrastRatioOfKnownPairs() {
        #expect(abs(ReportPalette.contrastRatio("#000000", "#ffffff") - 21) < 1e-9)
        #expect(abs(ReportPalette.contrastRatio("#777777", "#777777") - 1) < 1e-9)
        // WCAG's own example threshold: #767676 on white is just above 4.5:1.
        #expect(abs(ReportPalette.contrastRatio("#767676", "#ffffff") - 4.54) < 0.01)
    }

    @Test func escapingCoversMarkupAndInvalidXMLCharacters() {
        #expect(ReportMarkup.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(ReportMarkup.escape("x\u{0}y\u{FFFF}\tz") == "x\u{FFFD}y\u{FFFD}\tz")
        #expect(ReportMarkup.escape("Façade – é") == "Façade – é")
    }
}
