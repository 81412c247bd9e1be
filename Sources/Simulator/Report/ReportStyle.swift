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
        .doc { max-width: 1000px; margin: 0 auto; padding: 0 16px 40px; \(variables(.official)) }
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
        #map-shapes path:hover { stroke-width: 2.5; }
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
        footer { margin-top: 2.5em; font-size: 0.85rem; color: #333333; border-top: 1px solid #bfbfbf; }
        @media print {
          .palette-toggle, .palette-label, nav, fieldset.switch { display: none; }
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

    /// Switches the map between "before" (view 0) and scenario i's "after" (view i): sets each path's class from
    /// the i-th letter of its `data-k`, adds `blk` where `data-b` says heritage blocked a measure, and rewrites the
    /// tooltip. Without script the map shows "before". A link ending in `#view=i` opens the page on view i.
    static let script = """
    //<![CDATA[
    (function () {
      var paths = document.querySelectorAll('#map-shapes path[data-k]');
      var caption = document.getElementById('map-view-name');
      function name(k) { return k === 'N' ? 'no result' : k; }
      function show(i, label) {
        for (var n = 0; n < paths.length; n++) {
          var p = paths[n], k = p.getAttribute('data-k'), b = p.getAttribute('data-b');
          var c = 'k-' + k.charAt(i);
          if (i > 0 && b && b.charAt(i - 1) === '1') { c += ' blk'; }
          p.setAttribute('class', c);
          var t = p.getAttribute('data-building-id') + ' · before: ' + name(k.charAt(0));
          if (i > 0) { t += ' · after ' + label + ': ' + name(k.charAt(i)); if (c.indexOf('blk') > 0) { t += ' (a measure blocked by heritage)'; } }
          if (p.firstElementChild) { p.firstElementChild.textContent = t; }
        }
        if (caption) { caption.textContent = i > 0 ? 'Showing: classes after scenario ' + label : 'Showing: classes before works'; }
      }
      var radios = document.querySelectorAll('input[name="map-view"]');
      var wanted = /view=([0-9]+)/.exec(location.hash);
      for (var j = 0; j < radios.length; j++) {
        radios[j].addEventListener('change', function (e) { show(+e.target.value, e.target.getAttribute('data-name')); });
        if (wanted && radios[j].value === wanted[1]) { radios[j].checked = true; }
        if (radios[j].checked && radios[j].value !== '0') { show(+radios[j].value, radios[j].getAttribute('data-name')); }
      }
    })();
    //]]>
    """
}
