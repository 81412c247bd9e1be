import BuildingModel

/// The pieces of a QGIS style (QML) that the results file's styles share: simple-fill symbols, filter rules, and
/// the rule-based renderer around them.
enum QGISStyleXML {
    /// A QGIS simple fill: fill colour and style (`solid`, `b_diagonal`, `no`), outline colour, style (`solid`,
    /// `dash`, `dot`, `no`) and width in millimetres. Colours are "r,g,b".
    struct Fill {
        var colour: String
        var style: String
        var outlineColour = "60,60,60"
        var outlineStyle = "solid"
        var outlineWidthMM = "0.1"
    }

    static func fillSymbol(_ index: Int, _ f: Fill) -> String {
        """
              <symbol type="fill" name="\(index)" alpha="1" clip_to_extent="1" force_rhr="0">
                <layer class="SimpleFill" enabled="1" locked="0" pass="0">
                  <Option type="Map">
                    <Option name="color" type="QString" value="\(f.colour),255"/>
                    <Option name="style" type="QString" value="\(f.style)"/>
                    <Option name="outline_color" type="QString" value="\(f.outlineColour),255"/>
                    <Option name="outline_style" type="QString" value="\(f.outlineStyle)"/>
                    <Option name="outline_width" type="QString" value="\(f.outlineWidthMM)"/>
                    <Option name="outline_width_unit" type="QString" value="MM"/>
                  </Option>
                </layer>
              </symbol>

        """
    }

    /// One rule: features matching `filter` (a QGIS expression) drawn with symbol `symbol`.
    static func rule(key: String, label: String, symbol: Int, filter: String) -> String {
        "      <rule key=\"\(TextEscaping.markup(key))\" label=\"\(TextEscaping.markup(label))\" symbol=\"\(symbol)\" "
            + "filter=\"\(TextEscaping.markup(filter))\"/>\n"
    }

    /// A rule-based renderer; `geometryType` is QGIS's layerGeometryType (0 point, 1 line, 2 polygon).
    static func ruleRenderer(rules: String, symbols: String, geometryType: Int) -> String {
        """
            <!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
            <qgis version="3.34.0" styleCategories="Symbology">
              <renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="0" forceraster="0" referencescale="-1">
                <rules key="root">
            \(rules)    </rules>
                <symbols>
            \(symbols)    </symbols>
              </renderer-v2>
              <layerGeometryType>\(geometryType)</layerGeometryType>
            </qgis>

            """
    }
}
