import BuildingModel

/// The report's inline CSS and script: no network, no CDN.
///
/// Both are written without `<` or `&` in the CSS and with the script inside a CDATA section commented out for
/// HTML, so the page stays well-formed XML as well as valid HTML5.
enum ReportStyle {
    /// CSS custom properties for one palette: `--A`…`--G` fills and `--tA`…`--tG` text colours.
    static func variables(_ palette: ReportPalette) -> String {
        DPEClass.allCases.map { "--\($0.letter): \(palette.fill($0)); --t\($0.letter): \(palette.text($0));" }
            .joined(separator: " ")
    }

    static var css: String {
        var s = """
        body { margin: 0; color: #1a1a1a; background: #ffffff; line-height: 1.45;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Liberation Sans", sans-serif; }
        .palette-toggle { margin: 12px 0 0 16px; }
        .palette-label { font-size: 0.9rem; }
        .doc { max-width: 1180px; margin: 0 auto; padding: 0 16px 40px; \(variables(.official)) }
        #palette-cb:checked ~ .doc { \(variables(.colourBlindSafe)) }
        h1 { font-size: 1.7rem; margin: 0.6em 0 0.2em; }
        h2 { font-size: 1.3rem; margin-top: 1.8em; border-bottom: 2px solid #1a1a1a; padding-bottom: 0.15em; }
        .note { color: #444444; font-size: 0.9rem; margin-top: 0; }
        nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em 1.4em; }
        a { color: #0b4f8a; }
        figure { margin: 0.8em 0; break-inside: avoid; }
        figcaption { font-size: 0.9rem; color: #333333; }
        svg.map, svg.chart { max-width: 100%; height: auto; display: block; }
        svg text { font-size: 13px; fill: #1a1a1a; }
        .map-frame { fill: #f4f1ea; stroke: #8c8c8c; stroke-width: 1; }
        #map-shapes path { stroke: #2b2b2b; stroke-width: 0.6; vector-effect: non-scaling-stroke; stroke-linejoin: round; }
        #map-shapes path[data-k]:hover { stroke-width: 2.5; }
        .map-controls { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: center; margin: 0.6em 0; }
        .map-controls select { max-width: 100%; font-size: 1rem; padding: 0.2em; }
        .zoom button { font-size: 1rem; min-width: 2.4em; min-height: 2.2em; margin-right: 0.3em; }
        svg.map { touch-action: none; cursor: grab; }
        svg.map:focus { outline: 3px solid #0b4f8a; outline-offset: 2px; }
        #map-shapes path.per { fill: none; vector-effect: non-scaling-stroke; stroke-linejoin: round; }
        #map-shapes path.per-spr { stroke: #6a1b9a; stroke-width: 3; }
        #map-shapes path.per-pda { stroke: #6a1b9a; stroke-width: 2; stroke-dasharray: 8 4; }
        #map-shapes path.per-abords-500m { stroke: #1f3f73; stroke-width: 1.5; stroke-dasharray: 2 3; }
        #map-shapes circle.mon { fill: #6a1b9a; stroke: #ffffff; stroke-width: 1.5; vector-effect: non-scaling-stroke; }
        .l-spr { background: #ffffff; border: 3px solid #6a1b9a; }
        .l-pda { background: #ffffff; border: 2px dashed #6a1b9a; }
        .l-abords-500m { background: #ffffff; border: 2px dotted #1f3f73; }
        .swatch.l-mon { width: 0.9em; height: 0.9em; border-radius: 50%; background: #6a1b9a; border: 2px solid #ffffff; box-shadow: 0 0 0 1px #6a1b9a; }
        #map-pick { min-height: 1.4em; margin: 0.3em 0; }
        .scroll { overflow-x: auto; max-width: 100%; }
        table.cards th[scope="row"] { min-width: 13em; }
        #map-shapes path.blk { stroke: #000000; stroke-width: 2.2; stroke-dasharray: 4 2; }
        .k-A, .c-A { fill: var(--A); } .k-B, .c-B { fill: var(--B); } .k-C, .c-C { fill: var(--C); }
        .k-D, .c-D { fill: var(--D); } .k-E, .c-E { fill: var(--E); }
        .k-F { fill: url(#mh-F); } .k-G { fill: url(#mh-G); } .c-F { fill: url(#ch-F); } .c-G { fill: url(#ch-G); }
        .k-N, .c-N { fill: \(ReportPalette.noResultFill); }
        .sw-F { fill: var(--F); } .sw-G { fill: var(--G); }
        .hatch { stroke: #000000; stroke-opacity: 0.45; }
        #class-chart rect { stroke: #ffffff; stroke-width: 1; }
        text.seg { font-size: 12px; font-weight: 600; paint-order: stroke; stroke-width: 3px; stroke-linejoin: round; }
        .t-A { fill: var(--tA); stroke: var(--A); } .t-B { fill: var(--tB); stroke: var(--B); }
        .t-C { fill: var(--tC); stroke: var(--C); } .t-D { fill: var(--tD); stroke: var(--D); }
        .t-E { fill: var(--tE); stroke: var(--E); } .t-F { fill: var(--tF); stroke: var(--F); }
        .t-G { fill: var(--tG); stroke: var(--G); } .t-N { fill: #000000; stroke: \(ReportPalette.noResultFill); }
        .grid { stroke: #d0d0d0; stroke-width: 1; }
        .axis-line, .plot-frame { stroke: #1a1a1a; fill: none; stroke-width: 1; }
        .axis-label { font-weight: 600; }
        .scale-bar .sb-dark { fill: #1a1a1a; } .scale-bar .sb-light { fill: #ffffff; stroke: #1a1a1a; stroke-width: 1; }
        .north-arrow path { fill: #1a1a1a; } .north-arrow text { font-weight: 700; font-size: 15px; }
        .pareto-line { fill: none; stroke: #1f3f73; stroke-width: 2; stroke-dasharray: 6 4; }
        .pt circle { fill: #ffffff; stroke: #1f3f73; stroke-width: 2; }
        .pt.pareto circle, .key-pareto { fill: #1f3f73; stroke: #1f3f73; stroke-width: 2; }
        .key-other { fill: #ffffff; stroke: #1f3f73; stroke-width: 2; }
        .pt-num { font-size: 11px; font-weight: 700; fill: #1f3f73; }
        .pt.pareto .pt-num { fill: #ffffff; }
        .pt-label { font-size: 12px; }
        .today rect, .key-today { fill: #6b6b6b; stroke: #1a1a1a; }
        fieldset.switch { border: 1px solid #8c8c8c; padding: 0.4em 0.8em; margin: 0.6em 0; }
        fieldset.switch label { display: inline-block; margin: 0.15em 1.1em 0.15em 0; white-space: nowrap; }
        #map-view-name { font-weight: 600; margin: 0.3em 0; }
        ul.legend { list-style: none; padding: 0; margin: 0.4em 0; display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; font-size: 0.9rem; }
        .swatch { display: inline-block; width: 1.6em; height: 1.1em; vertical-align: -0.2em; border: 1px solid #2b2b2b; }
        .s-A { background: var(--A); } .s-B { background: var(--B); } .s-C { background: var(--C); }
        .s-D { background: var(--D); } .s-E { background: var(--E); }
        .s-F { background: repeating-linear-gradient(45deg, rgba(0,0,0,0.45) 0 1.5px, transparent 1.5px 5px), var(--F); }
        .s-G { background: repeating-linear-gradient(45deg, rgba(0,0,0,0.45) 0 1.5px, transparent 1.5px 5px),
                           repeating-linear-gradient(-45deg, rgba(0,0,0,0.45) 0 1.5px, transparent 1.5px 5px), var(--G); }
        .s-N { background: \(ReportPalette.noResultFill); }
        .s-blk { background: #ffffff; border: 2px dashed #000000; }
        table.data { border-collapse: collapse; margin: 0.8em 0; font-size: 0.9rem; width: 100%; }
        table.data caption { text-align: left; font-weight: 600; padding-bottom: 0.3em; }
        table.data th, table.data td { border: 1px solid #bfbfbf; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
        table.data thead th { background: #ececec; }
        table.data tbody tr:nth-child(even) { background: #f7f7f7; }
        table.data .num { text-align: right; font-variant-numeric: tabular-nums; }
        table.data ul { margin: 0; padding-left: 1.1em; }
        details summary { cursor: pointer; font-weight: 600; margin: 0.6em 0; }
        @media screen and (max-width: 720px) {
          h1 { font-size: 1.4rem; }
          table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
          table.cards, table.cards caption, table.cards tbody, table.cards tr, table.cards th, table.cards td { display: block; }
          table.cards tr { border: 1px solid #bfbfbf; margin-bottom: 0.7em; }
          table.cards tbody tr:nth-child(even) { background: #ffffff; }
          table.cards th[scope="row"] { border: none; background: #ececec; }
          table.cards td { border: none; border-top: 1px solid #e3e3e3; display: flex; justify-content: space-between; gap: 1em; }
          table.cards td::before { content: attr(data-label); text-align: left; font-weight: 600; }
          table.data th[scope="row"] { min-width: 10em; }
          .chart-scroll svg.chart { min-width: 620px; }
          svg.map .scale-bar text, svg.map .north-arrow text { font-size: 30px; }
        }
        footer { margin-top: 2.5em; font-size: 0.85rem; color: #333333; border-top: 1px solid #bfbfbf; }
        @media print {
          .palette-toggle, .palette-label, nav, fieldset.switch, .map-controls, #map-pick { display: none; }
          @page { size: A4; margin: 14mm; }
          svg.map { max-height: 230mm; width: auto; }
          .plain-print .k-F { fill: var(--F); } .plain-print .k-G { fill: var(--G); }
          .scroll { overflow: visible; }
          .doc { max-width: none; }
          h2, #map-view-name, ul.legend, table.data caption { break-after: avoid; }
          #before-table, #scenario-table, #class-table, ul.legend { break-inside: avoid; }
          #map-section { break-before: page; }
          #cost { break-inside: avoid; }
          table.data { font-size: 0.8rem; }
          a { color: #1a1a1a; text-decoration: none; }
        }
        """
        s += "\n"
        return s
    }

    /// The map's behaviour. Views: switches between "before" (view 0) and scenario i's "after" (view i): sets each
    /// path's class from the i-th letter of its `data-k`, adds `blk` where `data-b` says heritage blocked a measure,
    /// and rewrites the tooltip; a link ending in `#view=i` opens the page on view i. Pan and zoom: rewrites the inner
    /// viewBox (kept inside the district's extent, down to 1/64 of it), keeps monument marks and the scale bar true
    /// to the zoom. A tap or click that did not pan writes the building's tooltip under the map (touch screens show
    /// no SVG tooltips). Without script the map shows "before" at the district's extent.
    static func script(_ t: ReportWords) -> String {
        """
    //<![CDATA[
    (function () {
      var W = \(jsWords(t));
      var paths = document.querySelectorAll('#map-shapes path[data-k]');
      var caption = document.getElementById('map-view-name');
      function name(k) { return k === 'N' ? W.noResult : k; }
      function show(i, label) {
        for (var n = 0; n < paths.length; n++) {
          var p = paths[n], k = p.getAttribute('data-k'), b = p.getAttribute('data-b');
          var c = 'k-' + k.charAt(i);
          if (i > 0 && b && b.charAt(i - 1) === '1') { c += ' blk'; }
          p.setAttribute('class', c);
          var t = p.getAttribute('data-building-id') + W.before + name(k.charAt(0));
          if (i > 0) { t += W.after + label + ': ' + name(k.charAt(i)); if (c.indexOf('blk') > 0) { t += W.blocked; } }
          if (p.firstElementChild) { p.firstElementChild.textContent = t; }
        }
        if (caption) { caption.textContent = i > 0 ? W.showingAfter + label : W.showingBefore; }
      }
      var select = document.getElementById('map-view');
      if (select) {
        var wanted = /view=([0-9]+)/.exec(location.hash);
        if (wanted && +wanted[1] < select.options.length) { select.value = wanted[1]; }
        var pickView = function () { var o = select.options[select.selectedIndex]; show(+o.value, o.getAttribute('data-name')); };
        select.addEventListener('change', pickView);
        if (select.value !== '0') { pickView(); }
      }
      var toggle = document.getElementById('show-heritage'), overlay = document.getElementById('map-heritage');
      if (toggle && overlay) { toggle.addEventListener('change', function () { overlay.style.display = toggle.checked ? '' : 'none'; }); }

      var map = document.getElementById('map'), inner = document.getElementById('map-shapes');
      if (!map || !inner) { return; }
      var vb = inner.viewBox.baseVal;
      var home = { x: vb.x, y: vb.y, w: vb.width, h: vb.height }, v = { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
      var frameW = +inner.getAttribute('data-frame-w');
      var marks = document.querySelectorAll('#map-heritage circle.mon');
      var sbDark = document.getElementById('sb-dark'), sbLight = document.getElementById('sb-light'), sbLabel = document.getElementById('sb-label');
      var pickOut = document.getElementById('map-pick');
      function nice(x) { var p = Math.pow(10, Math.floor(Math.log10(x))), m = x / p; return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p; }
      function draw() {
        v.w = Math.min(home.w, Math.max(home.w / 64, v.w)); v.h = v.w * home.h / home.w;
        v.x = Math.min(home.x + home.w - v.w, Math.max(home.x, v.x));
        v.y = Math.min(home.y + home.h - v.h, Math.max(home.y, v.y));
        inner.setAttribute('viewBox', v.x + ' ' + v.y + ' ' + v.w + ' ' + v.h);
        var zoom = home.w / v.w;
        for (var i = 0; i < marks.length; i++) { marks[i].setAttribute('r', +marks[i].getAttribute('data-r0') / zoom); }
        if (sbDark && sbLight && sbLabel && frameW > 0) {
          var mPerPx = v.w / frameW, len = nice(frameW / 5 * mPerPx), px = len / mPerPx, x0 = +sbDark.getAttribute('x');
          sbDark.setAttribute('width', px / 2); sbLight.setAttribute('x', x0 + px / 2); sbLight.setAttribute('width', px / 2);
          sbLabel.setAttribute('x', x0 + px + 8);
          sbLabel.textContent = len >= 1000 ? (len / 1000) + ' km' : (+len.toPrecision(3)) + ' m';
        }
      }
      function user(cx, cy) {
        var m = inner.getScreenCTM(); if (!m) { return null; }
        var p = map.createSVGPoint(); p.x = cx; p.y = cy; return p.matrixTransform(m.inverse());
      }
      function zoomAt(f, cx, cy) {
        var p = cx === undefined ? null : user(cx, cy);
        if (!p) { p = { x: v.x + v.w / 2, y: v.y + v.h / 2 }; }
        var w = Math.min(home.w, Math.max(home.w / 64, v.w / f)); f = v.w / w;
        v.x = p.x - (p.x - v.x) / f; v.y = p.y - (p.y - v.y) / f; v.w = w; draw();
      }
      function unitsPerPx() { var m = inner.getScreenCTM(); return m && m.a > 0 ? 1 / m.a : 1; }
      function pan(dxPx, dyPx) { var k = unitsPerPx(); v.x -= dxPx * k; v.y -= dyPx * k; draw(); }
      map.addEventListener('wheel', function (e) { e.preventDefault(); zoomAt(e.deltaY < 0 ? 1.25 : 0.8, e.clientX, e.clientY); }, { passive: false });
      var pointers = {}, count = 0, moved = 0;
      map.addEventListener('pointerdown', function (e) {
        if (!pointers[e.pointerId]) { count++; }
        pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
        if (map.setPointerCapture) { map.setPointerCapture(e.pointerId); }
      });
      map.addEventListener('pointermove', function (e) {
        var p = pointers[e.pointerId]; if (!p) { return; }
        if (count === 1) {
          moved += Math.abs(e.clientX - p.x) + Math.abs(e.clientY - p.y);
          pan(e.clientX - p.x, e.clientY - p.y); p.x = e.clientX; p.y = e.clientY;
        } else if (count === 2) {
          var o = null; for (var id in pointers) { if (pointers[id] !== p) { o = pointers[id]; } }
          var d0 = Math.hypot(p.x - o.x, p.y - o.y); p.x = e.clientX; p.y = e.clientY;
          var d1 = Math.hypot(p.x - o.x, p.y - o.y); moved += 10;
          if (d0 > 0) { zoomAt(d1 / d0, (p.x + o.x) / 2, (p.y + o.y) / 2); }
        }
      });
      function release(e) {
        if (!pointers[e.pointerId]) { return; }
        if (e.type === 'pointerup' && count === 1 && moved < 6 && pickOut) {
          var hit = document.elementFromPoint(e.clientX, e.clientY);
          var t = hit && hit.firstElementChild && hit.firstElementChild.tagName === 'title' ? hit.firstElementChild.textContent : '';
          pickOut.textContent = t;
        }
        delete pointers[e.pointerId]; count--; if (count === 0) { moved = 0; }
      }
      map.addEventListener('pointerup', release); map.addEventListener('pointercancel', release);
      map.addEventListener('keydown', function (e) {
        var step = 60, handled = true;
        if (e.key === 'ArrowLeft') { pan(step, 0); } else if (e.key === 'ArrowRight') { pan(-step, 0); }
        else if (e.key === 'ArrowUp') { pan(0, step); } else if (e.key === 'ArrowDown') { pan(0, -step); }
        else if (e.key === '+' || e.key === '=') { zoomAt(1.5); } else if (e.key === '-') { zoomAt(1 / 1.5); }
        else if (e.key === '0') { v = { x: home.x, y: home.y, w: home.w, h: home.h }; draw(); } else { handled = false; }
        if (handled) { e.preventDefault(); }
      });
      var zin = document.getElementById('zoom-in'), zout = document.getElementById('zoom-out'), zhome = document.getElementById('zoom-reset');
      if (zin) { zin.addEventListener('click', function () { zoomAt(1.5); }); }
      if (zout) { zout.addEventListener('click', function () { zoomAt(1 / 1.5); }); }
      if (zhome) { zhome.addEventListener('click', function () { v = { x: home.x, y: home.y, w: home.w, h: home.h }; draw(); }); }
    })();
    //]]>
    """
    }

    /// The script's words as a JavaScript object literal (JSON strings; no `<` or `&`, so the page stays XML).
    static func jsWords(_ t: ReportWords) -> String {
        let pairs = [("noResult", t.scriptNoResult), ("before", t.scriptBefore), ("after", t.scriptAfter),
                     ("blocked", t.scriptBlocked), ("showingAfter", t.scriptShowingAfter), ("showingBefore", t.showingBefore)]
        return "{ " + pairs.map { "\($0.0): \(TextEscaping.jsonString($0.1))" }.joined(separator: ", ") + " }"
    }
}
