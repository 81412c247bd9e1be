import Foundation

/// A plan of one building for `renovate check --format svg|html`: the footprint and its neighbours to scale, each
/// façade numbered (the same numbers as the text and JSON reports) and coloured by its verdict for a measure,
/// party walls drawn as such, the protected zones and monuments in view, a north arrow and a scale bar. SVG is
/// self-contained (no script, no external resource); the HTML page adds the protections and every verdict with
/// its reason, and prints on one A4 page.
public struct AssessmentPlan: Sendable {
    public var assessment: HeritageAssessment
    public var building: Building
    public var facades: BuildingFacades
    /// Other buildings of the stock; those within `marginM` of the building are drawn.
    public var neighbours: [Building]
    public var layers: HeritageLayers
    /// Ground shown around the building, metres.
    public var marginM = 25.0

    public init(assessment: HeritageAssessment, building: Building, facades: BuildingFacades, neighbours: [Building],
                layers: HeritageLayers) {
        self.assessment = assessment
        self.building = building
        self.facades = facades
        self.neighbours = neighbours
        self.layers = layers
    }

    /// The façade-bound measures, in catalogue order: one panel each when no measure is chosen.
    public static let facadeMeasures = MeasureKind.allCases.filter(\.isFacadeBound)

    /// Verdict colours (allowed, conditional, forbidden) and the party-wall grey.
    static let colours: [Verdict: String] = [.allowed: "#2e7d32", .conditional: "#ef6c00", .forbidden: "#c62828"]
    static let partyWallColour = "#9e9e9e"

    // MARK: - SVG

    /// One panel: the plan coloured by the verdicts of `measure`.
    /// - Parameter widthPx: the drawing's width; the height follows the ground shown.
    public func svg(measure: MeasureKind, widthPx: Double = 460) -> String {
        let box = frame()
        let scale = widthPx / (box.maxX - box.minX)
        let heightPx = ((box.maxY - box.minY) * scale).rounded2
        func x(_ p: Point2D) -> Double { ((p.x - box.minX) * scale).rounded2 }
        func y(_ p: Point2D) -> Double { ((box.maxY - p.y) * scale).rounded2 }
        func path(_ ring: [Point2D]) -> String {
            ring.enumerated().map { i, p in "\(i == 0 ? "M" : "L")\(x(p)) \(y(p))" }.joined(separator: " ") + " Z"
        }
        func polygonPath(_ p: Polygon) -> String { ([p.exterior] + p.holes).map(path).joined(separator: " ") }

        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plan\" viewBox=\"0 0 \(widthPx.rounded2) \((heightPx + 56).rounded2)\" "
        s += "width=\"\(widthPx.rounded2)\" height=\"\((heightPx + 56).rounded2)\" role=\"img\" "
        s += "aria-label=\"Plan of building \(Self.escape(building.id)): \(Self.escape(measure.rawValue)) by façade\" "
        s += "data-measure=\"\(measure.rawValue)\" font-family=\"sans-serif\" font-size=\"11\">\n"
        s += "<title>\(Self.escape(building.id)) — \(Self.escape(measure.rawValue))</title>\n"
        s += "<defs><clipPath id=\"frame-\(measure.rawValue)\"><rect x=\"0\" y=\"0\" width=\"\(widthPx.rounded2)\" height=\"\(heightPx.rounded2)\"/></clipPath></defs>\n"
        s += "<rect x=\"0\" y=\"0\" width=\"\(widthPx.rounded2)\" height=\"\(heightPx.rounded2)\" fill=\"#fbfaf7\" stroke=\"#bbb\"/>\n"
        s += "<g clip-path=\"url(#frame-\(measure.rawValue))\">\n"
        // Protected zones (SPR) in view: their outline.
        for z in layers.zones {
            for p in z.polygons where BoundingBox(points: p.exterior).intersects(box) {
                s += "<path class=\"zone\" d=\"\(polygonPath(p))\" fill=\"#7b1fa2\" fill-opacity=\"0.05\" stroke=\"#7b1fa2\" "
                s += "stroke-width=\"1.5\" stroke-dasharray=\"6 4\"><title>\(Self.escape(z.name))</title></path>\n"
            }
        }
        for n in neighbours where n.id != building.id && BoundingBox(points: n.footprint.exterior).intersects(box) {
            s += "<path class=\"neighbour\" d=\"\(polygonPath(n.footprint))\" fill=\"#e0e0e0\" stroke=\"#9e9e9e\" stroke-width=\"0.6\">"
            s += "<title>\(Self.escape(n.id)), \(Self.number(n.heightM)) m</title></path>\n"
        }
        s += "<path class=\"building\" d=\"\(polygonPath(building.footprint))\" fill=\"#f3e9d2\" stroke=\"#333\" stroke-width=\"0.8\"/>\n"
        // Monuments in view.
        for m in layers.monuments {
            switch m.geometry {
            case .point(let p) where (box.minX...box.maxX).contains(p.x) && (box.minY...box.maxY).contains(p.y):
                s += "<g class=\"monument\"><circle cx=\"\(x(p))\" cy=\"\(y(p))\" r=\"5\" fill=\"#1565c0\"/>"
                s += "<text x=\"\(x(p) + 7)\" y=\"\(y(p) + 4)\" fill=\"#1565c0\">\(Self.escape(m.name))</text></g>\n"
            case .polygon(let p) where BoundingBox(points: p.exterior).intersects(box):
                s += "<path class=\"monument\" d=\"\(polygonPath(p))\" fill=\"#1565c0\" fill-opacity=\"0.25\" stroke=\"#1565c0\">"
                s += "<title>\(Self.escape(m.name))</title></path>\n"
            default: break
            }
        }
        // Façades: coloured by verdict when exposed, grey and dashed when a party wall.
        let verdicts = Dictionary(assessment.verdicts(for: measure).compactMap { v in v.facadeIndex.map { ($0, v) } },
                                  uniquingKeysWith: { a, _ in a })
        let centre = building.footprint.centroid
        for seg in facades.segments.sorted(by: { $0.index < $1.index }) {
            let mid = Point2D(x: (seg.start.x + seg.end.x) / 2, y: (seg.start.y + seg.end.y) / 2)
            let line = "x1=\"\(x(seg.start))\" y1=\"\(y(seg.start))\" x2=\"\(x(seg.end))\" y2=\"\(y(seg.end))\""
            if seg.isExposed, let v = verdicts[seg.index] {
                s += "<g id=\"facade-\(seg.index)\" class=\"facade\" data-verdict=\"\(v.verdict.rawValue)\">"
                s += "<line \(line) stroke=\"\(Self.colours[v.verdict]!)\" stroke-width=\"5\" stroke-linecap=\"round\">"
                let party = seg.partyWallShare > 0.005
                    ? " (party wall on \(Int((seg.partyWallShare * 100).rounded())) % of its length)" : ""
                s += "<title>#\(seg.index) \(seg.orientation.rawValue) \(seg.context.rawValue)\(party): \(v.verdict.rawValue) — "
                s += "\(Self.escape(v.reason))</title></line>"
            } else {
                s += "<g id=\"facade-\(seg.index)\" class=\"facade party-wall\">"
                s += "<line \(line) stroke=\"\(Self.partyWallColour)\" stroke-width=\"3\" stroke-dasharray=\"3 3\">"
                s += "<title>#\(seg.index): party wall</title></line>"
            }
            // The number outside the footprint, along the façade's outward normal.
            let dx = mid.x - centre.x, dy = mid.y - centre.y
            let len = max((dx * dx + dy * dy).squareRoot(), 1e-9)
            let label = Point2D(x: mid.x + dx / len * 9 / scale * 1.4, y: mid.y + dy / len * 9 / scale * 1.4)
            s += "<text x=\"\(x(label))\" y=\"\(y(label) + 4)\" text-anchor=\"middle\" font-weight=\"bold\" "
            s += "fill=\"\(seg.isExposed ? "#000" : "#757575")\">#\(seg.index)</text></g>\n"
        }
        s += "</g>\n"
        s += northArrow(at: widthPx - 24, 28)
        s += scaleBar(scale: scale, y: heightPx + 22)
        s += legend(x: 10, y: heightPx + 44)
        s += "</svg>\n"
        return s
    }

    /// The ground shown: the building's bounding box widened by `marginM`, squared up a little so that narrow
    /// houses keep room for their neighbours.
    func frame() -> BoundingBox {
        let b = BoundingBox(points: building.footprint.exterior)
        let w = b.maxX - b.minX, h = b.maxY - b.minY
        let half = max(w, h) / 2 + marginM
        let cx = (b.minX + b.maxX) / 2, cy = (b.minY + b.maxY) / 2
        return BoundingBox(minX: cx - half, minY: cy - half, maxX: cx + half, maxY: cy + half)
    }

    func northArrow(at x: Double, _ y: Double) -> String {
        "<g class=\"north\" aria-label=\"north\"><path d=\"M\(x) \(y - 16) L\(x - 6) \(y + 4) L\(x) \(y) L\(x + 6) \(y + 4) Z\" fill=\"#333\"/>"
            + "<text x=\"\(x)\" y=\"\(y + 16)\" text-anchor=\"middle\" font-weight=\"bold\">N</text></g>\n"
    }

    /// A 10 m bar (20 m when 10 m would be shorter than 40 px).
    func scaleBar(scale: Double, y: Double) -> String {
        let metres = 10 * scale >= 40 ? 10.0 : 20.0
        let px = (metres * scale).rounded2
        return "<g class=\"scale-bar\"><rect x=\"10\" y=\"\(y - 4)\" width=\"\(px)\" height=\"4\" fill=\"#333\"/>"
            + "<text x=\"\(10 + px + 4)\" y=\"\(y)\">\(Int(metres)) m</text></g>\n"
    }

    /// Swatches and labels in a row, each label given about 5.5 px per character (10 px sans-serif), so that the
    /// row fits a 300 px panel.
    func legend(x: Double, y: Double) -> String {
        var s = "<g class=\"legend\" font-size=\"10\">"
        var dx = x
        for (v, label) in [(Verdict.allowed, "allowed"), (.conditional, "conditional"), (.forbidden, "forbidden")] {
            s += "<rect x=\"\(dx)\" y=\"\(y - 8)\" width=\"14\" height=\"5\" fill=\"\(Self.colours[v]!)\"/>"
            s += "<text x=\"\(dx + 17)\" y=\"\(y)\">\(label)</text>"
            dx += 17 + Double(label.count) * 5.5 + 4
        }
        s += "<rect x=\"\(dx)\" y=\"\(y - 7)\" width=\"14\" height=\"3\" fill=\"\(Self.partyWallColour)\"/>"
        s += "<text x=\"\(dx + 17)\" y=\"\(y)\">party wall</text></g>\n"
        return s
    }

    // MARK: - Helpers

    static func escape(_ s: String) -> String { TextEscaping.markup(s) }

    static func number(_ x: Double) -> String {
        x.rounded() == x ? String(Int(x)) : String(format: "%.1f", x)
    }
}

extension Double {
    /// Rounded to 2 decimals, for SVG coordinates (stable text, small files).
    var rounded2: Double { (self * 100).rounded() / 100 }
}
