import BuildingModel

/// The footprint map: one inline SVG `<path>` per building, coloured by DPE class, switchable between "before
/// works" and each scenario's "after" by the page's inline script (see `ReportStyle.script`), which also pans and
/// zooms it (wheel, drag, pinch, buttons, keyboard) by rewriting the inner viewBox and keeps the scale bar true.
///
/// Each path carries its classes in one short attribute, `data-k`: character 0 is the class before works,
/// character i the class after scenario i (`N` when that scenario has no result). `data-b` (only on buildings
/// blocked somewhere) holds `1` at position i−1 when heritage blocked a measure in scenario i. This keeps one map
/// for all views: about 200 bytes per building rather than one SVG per scenario.
///
/// Over the buildings, the heritage map (`ReportInput.heritage`): the outlines of the protected perimeters
/// (Sites Patrimoniaux Remarquables, PDAs, 500 m around monuments) and a mark per monument, each with its name.
///
/// Projection: Lambert-93 metres are drawn as they are (a conformal projection; no reprojection needed), y
/// flipped, in a nested SVG whose viewBox is the padded bounding box of the buildings in metres, so coordinates
/// are rounded to 0.1 m and paths use relative commands after the first point of each ring.
enum ReportMap {
    /// Size of the map frame, px (the page scales it down on narrow screens). The district's extent is widened
    /// to this landscape shape around its centre, so a tall district shows its surroundings rather than a narrow
    /// strip, and the zoom has room.
    static let maxWidthPx = 960.0
    static let maxHeightPx = 720.0
    /// Height of the strip under the map with the scale bar and the north arrow, px.
    static let stripPx = 56.0
    /// Most buildings whose F and G fills stay hatched in print (see `HTMLReport.mapSection`).
    static let printHatchLimit = 3_000
    /// Radius of a monument's mark at the initial zoom, px (the script keeps it so when zooming).
    static let monumentRadiusPx = 6.0

    static func render(_ input: ReportInput, _ summary: ReportSummary, _ t: ReportWords) -> String {
        guard !input.buildings.isEmpty else {
            return "<p>No buildings to draw.</p>\n"
        }
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for b in input.buildings {
            let bb = b.footprint.bounds
            minX = min(minX, bb.minX); minY = min(minY, bb.minY)
            maxX = max(maxX, bb.maxX); maxY = max(maxY, bb.maxY)
        }
        let pad = max(5, 0.02 * max(maxX - minX, maxY - minY))
        minX -= pad; minY -= pad; maxX += pad; maxY += pad
        let aspect = maxWidthPx / maxHeightPx
        if (maxX - minX) < aspect * (maxY - minY) {
            let grow = (aspect * (maxY - minY) - (maxX - minX)) / 2
            minX -= grow; maxX += grow
        } else {
            let grow = ((maxX - minX) / aspect - (maxY - minY)) / 2
            minY -= grow; maxY += grow
        }
        let widthM = maxX - minX, heightM = maxY - minY
        let pxPerM = min(maxWidthPx / widthM, maxHeightPx / heightM)
        let frameW = (widthM * pxPerM).rounded(), frameH = (heightM * pxPerM).rounded()
        let outerW = max(frameW, 360)
        let outerH = frameH + stripPx
        // Origin of the metre viewBox, quantised to 0.1 m like the coordinates.
        let originX = (minX * 10).rounded(.down) / 10, originY = (maxY * 10).rounded(.up) / 10

        var s = ""
        s += "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"map\" class=\"map\" role=\"img\" tabindex=\"0\" "
        s += "aria-labelledby=\"map-title map-desc\" viewBox=\"0 0 \(ReportFormat.svg(outerW)) "
        s += "\(ReportFormat.svg(outerH))\" width=\"\(ReportFormat.svg(outerW))\" height=\"\(ReportFormat.svg(outerH))\">\n"
        s += "<title id=\"map-title\">\(t.mapSVGTitle(input.buildings.count))</title>\n"
        s += "<desc id=\"map-desc\">\(t.mapSVGDesc)</desc>\n"
        s += hatchPatterns(prefix: "mh", spacing: 6 / pxPerM, strokeWidth: 1.6 / pxPerM)
        s += "<rect class=\"map-frame\" x=\"0\" y=\"0\" width=\"\(ReportFormat.svg(frameW))\" height=\"\(ReportFormat.svg(frameH))\"/>\n"
        s += "<svg id=\"map-shapes\" data-frame-w=\"\(ReportFormat.svg(frameW))\" x=\"0\" y=\"0\" width=\"\(ReportFormat.svg(frameW))\" height=\"\(ReportFormat.svg(frameH))\" "
        s += "viewBox=\"0 0 \(ReportFormat.svg(widthM)) \(ReportFormat.svg(heightM))\" preserveAspectRatio=\"xMidYMid meet\">\n"
        for (b, building) in input.buildings.enumerated() {
            var k = building.classBefore.letter
            var blocked = ""
            var anyBlocked = false
            for sIndex in input.scenarios.indices {
                let o = summary.outcomes[b][sIndex]
                k += o?.classAfter.letter ?? "N"
                let isBlocked = o?.blockedByHeritage ?? false
                anyBlocked = anyBlocked || isBlocked
                blocked += isBlocked ? "1" : "0"
            }
            let id = ReportMarkup.escape(building.id)
            s += "<path data-building-id=\"\(id)\" data-k=\"\(k)\""
            if anyBlocked { s += " data-b=\"\(blocked)\"" }
            s += " class=\"k-\(building.classBefore.letter)\" d=\""
            s += pathData(building.footprint, originX: originX, originY: originY)
            s += "\"><title>\(id) · \(t.before): \(building.classBefore.letter)</title></path>\n"
        }
        s += heritageOverlay(input.heritage, t, originX: originX, originY: originY, pxPerM: pxPerM)
        s += "</svg>\n"
        s += scaleBar(frameW: frameW, frameH: frameH, pxPerM: pxPerM, t)
        s += northArrow(x: outerW - 28, y: frameH + 8, t)
        s += "</svg>\n"
        return s
    }

    /// Perimeter outlines (class `per per-<kind>`) and monument marks (class `mon`), in the metre frame, each with
    /// a `<title>` naming it. Outlines have no fill, so the buildings under them keep their tooltips.
    static func heritageOverlay(_ map: HeritageMap, _ t: ReportWords, originX: Double, originY: Double, pxPerM: Double) -> String {
        guard !map.isEmpty else { return "" }
        var s = "<g id=\"map-heritage\">\n"
        // Widest first, so that a narrow perimeter's outline is drawn over a wide one's.
        let order: [HeritagePerimeter.Kind] = [.surroundingsRadius, .delimitedSurroundings, .zone]
        for kind in order {
            for p in map.perimeters where p.kind == kind {
                let d = p.polygons.map { pathData($0, originX: originX, originY: originY) }.joined(separator: " ")
                guard !d.isEmpty else { continue }
                s += "<path class=\"per per-\(kind.rawValue)\" d=\"\(d)\"><title>\(ReportMarkup.escape(p.name)) "
                s += "(\(ReportMarkup.escape(t.perimeterLabel(kind))), \(ReportMarkup.escape(p.protection)))</title></path>\n"
            }
        }
        let r = ReportFormat.svg((monumentRadiusPx / pxPerM * 10).rounded() / 10)
        for m in map.monuments {
            let x = ReportFormat.svg(tenths: Int(((m.point.x - originX) * 10).rounded()))
            let y = ReportFormat.svg(tenths: Int(((originY - m.point.y) * 10).rounded()))
            s += "<circle class=\"mon\" cx=\"\(x)\" cy=\"\(y)\" r=\"\(r)\" data-r0=\"\(r)\"><title>"
            s += "\(t.monumentTooltip(ReportMarkup.escape(m.name), ReportMarkup.escape(m.protection)))</title></circle>\n"
        }
        s += "</g>\n"
        return s
    }

    /// SVG path data of a polygon in the map's metre frame: `M x y l dx dy … z` per ring, 0.1 m precision.
    /// Deltas are taken between rounded absolute points, so rounding does not accumulate along a ring.
    static func pathData(_ polygon: Polygon, originX: Double, originY: Double) -> String {
        var d = ""
        for ring in [polygon.exterior] + polygon.holes {
            // Drop the closing point: `z` closes the ring.
            let open = ring.count >= 2 && ring.first == ring.last ? Array(ring.dropLast()) : ring
            guard let first = open.first else { continue }
            func q(_ p: Point2D) -> (Int, Int) {
                (Int(((p.x - originX) * 10).rounded()), Int(((originY - p.y) * 10).rounded()))
            }
            var (px, py) = q(first)
            if !d.isEmpty { d += " " }
            d += "M\(ReportFormat.svg(tenths: px)) \(ReportFormat.svg(tenths: py))l"
            var firstDelta = true
            for p in open.dropFirst() {
                let (x, y) = q(p)
                if x == px && y == py { continue }
                let dx = ReportFormat.svg(tenths: x - px), dy = ReportFormat.svg(tenths: y - py)
                d += (firstDelta ? "" : (dx.hasPrefix("-") ? "" : " ")) + dx + (dy.hasPrefix("-") ? "" : " ") + dy
                firstDelta = false
                px = x; py = y
            }
            d += "z"
        }
        return d
    }

    /// Hatch patterns for classes F (single diagonal) and G (cross-hatch), filled with the class colour from CSS,
    /// sized for the user space of the element that uses them.
    static func hatchPatterns(prefix: String, spacing: Double, strokeWidth: Double) -> String {
        let d = ReportFormat.svg(max(spacing, 0.1)), w = ReportFormat.svg(max(strokeWidth, 0.1))
        var s = "<defs>\n"
        for c in [DPEClass.f, .g] {
            s += "<pattern id=\"\(prefix)-\(c.letter)\" patternUnits=\"userSpaceOnUse\" width=\"\(d)\" height=\"\(d)\" "
            s += "patternTransform=\"rotate(45)\"><rect class=\"sw-\(c.letter)\" x=\"0\" y=\"0\" width=\"\(d)\" height=\"\(d)\"/>"
            s += "<line class=\"hatch\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"\(d)\" stroke-width=\"\(w)\"/>"
            if c == .g { s += "<line class=\"hatch\" x1=\"0\" y1=\"0\" x2=\"\(d)\" y2=\"0\" stroke-width=\"\(w)\"/>" }
            s += "</pattern>\n"
        }
        s += "</defs>\n"
        return s
    }

    /// A scale bar of a round length near a fifth of the map's width, under the map's left corner.
    static func scaleBar(frameW: Double, frameH: Double, pxPerM: Double, _ t: ReportWords) -> String {
        let target = frameW / 5 / pxPerM
        let lengthM = ReportAxis.niceStep(near: target)
        let lengthPx = lengthM * pxPerM
        let y = frameH + 22
        let x0 = 10.0
        let label = lengthM >= 1000 ? ReportFormat.fixed(lengthM / 1000, decimals: lengthM.truncatingRemainder(dividingBy: 1000) == 0 ? 0 : 1) + " km"
                                    : ReportFormat.fixed(lengthM, decimals: 0) + " m"
        var s = "<g class=\"scale-bar\" aria-label=\"\(t.scaleBar): \(label)\">"
        s += "<rect id=\"sb-dark\" x=\"\(ReportFormat.svg(x0))\" y=\"\(ReportFormat.svg(y))\" width=\"\(ReportFormat.svg(lengthPx / 2))\" height=\"6\" class=\"sb-dark\"/>"
        s += "<rect id=\"sb-light\" x=\"\(ReportFormat.svg(x0 + lengthPx / 2))\" y=\"\(ReportFormat.svg(y))\" width=\"\(ReportFormat.svg(lengthPx / 2))\" height=\"6\" class=\"sb-light\"/>"
        s += "<text id=\"sb-label\" x=\"\(ReportFormat.svg(x0 + lengthPx + 8))\" y=\"\(ReportFormat.svg(y + 3))\" dominant-baseline=\"central\">\(label)</text>"
        s += "</g>\n"
        return s
    }

    /// North arrow. Lambert-93 grid north differs from true north by the meridian convergence (about −1.1° at
    /// Cahors), invisible at this size; the label says "grid north".
    static func northArrow(x: Double, y: Double, _ t: ReportWords) -> String {
        let cx = ReportFormat.svg(x), top = ReportFormat.svg(y), mid = ReportFormat.svg(y + 22)
        var s = "<g class=\"north-arrow\" aria-label=\"\(t.northArrow)\">"
        s += "<path d=\"M\(cx) \(top) L\(ReportFormat.svg(x - 8)) \(mid) L\(cx) \(ReportFormat.svg(y + 17)) L\(ReportFormat.svg(x + 8)) \(mid) Z\"/>"
        s += "<text x=\"\(ReportFormat.svg(x - 14))\" y=\"\(ReportFormat.svg(y + 16))\" text-anchor=\"end\">N</text>"
        s += "</g>\n"
        return s
    }
}
