import BuildingModel

extension ReportWords {
    static let english = ReportWords(
        lang: "en",
        defaultTitle: { f in "Retrofit scenarios — \(f)" },
        paletteToggle: "Colour-blind-safe palette (blue = best, red = worst)",
        contents: "Contents",
        navSummary: "Summary", navMap: "Map", navClasses: "Dwellings per class", navCost: "Cost and energy",
        navComfort: "Top-storey overheating", navHeritage: "Heritage constraints", navNotes: "How to read",
        summaryTitle: "District summary",
        summaryLine: { b, d, n in "\(b) buildings, \(d) dwellings, \(n) scenario\(n == 1 ? "" : "s")." },
        todayPrefix: " Today ",
        todayFG: { d, p in "\(d) dwellings (\(p)) are in class F or G" },
        meanPrimaryToday: { v in "; mean primary energy \(v) kWh/m²·year" },
        beforeTableCaption: "Dwellings per DPE class today",
        scenarioTableCaption: "Scenarios over the district",
        scenarioHeaders: ["#", "Scenario", "Dwellings leaving F/G", "Dwellings still F/G", "Total capex", "Capex per dwelling",
                          "Mean primary energy (kWh/m²·year)", "Buildings getting it whole / partly / not at all",
                          "Buildings blocked by heritage", "Buildings needing ABF approval", "Pareto front"],
        notAvailable: "n/a",
        yes: "yes", no: "no",
        mapTitle: "Map: DPE class of each building",
        classesShown: "Classes shown",
        beforeWorksOption: "Before works",
        beforeWorksName: "before works",
        afterOption: { n in "After \(n)" },
        zoom: "Zoom", zoomIn: "Zoom in", zoomOut: "Zoom out", wholeDistrict: "Whole district",
        showHeritage: "Protected perimeters and monuments",
        showingBefore: "Showing: classes before works",
        mapCaption: "Footprints in Lambert-93 (EPSG:2154). Zoom with the wheel, a pinch or the buttons; drag to pan; "
            + "with the map focused, arrow keys pan and + / − zoom. Hover or tap a building for its id and classes. "
            + "A dashed black outline marks, in an \"after\" view, a building where heritage rules blocked a measure.",
        plainPrintNote: "In print, this map's F and G are not hatched (too many buildings for the printer): read them by colour and in the tables.",
        mapSVGTitle: { n in "Map of the \(n) building footprints coloured by DPE class" },
        mapSVGDesc: "Each shape is one building. Colours follow the legend; F and G are hatched. "
            + "Use the selector above the map to switch between classes before works and after each scenario.",
        before: "before",
        monumentTooltip: { name, p in "\(name) (monument historique \(p))" },
        perimeterLabel: { $0.label },
        scaleBar: "Scale bar",
        northArrow: "North arrow (Lambert-93 grid north)",
        scriptShowingAfter: "Showing: classes after scenario ", scriptBefore: " · before: ", scriptAfter: " · after ",
        scriptNoResult: "no result", scriptBlocked: " (a measure blocked by heritage)",
        legend: "Legend",
        classLabel: { l in "Class \(l)" },
        best: " (best)", worst: " (worst)",
        noResult: "No result",
        blockedByHeritage: "Measure blocked by heritage",
        listedMonument: "Listed monument",
        classesTitle: "Dwellings per DPE class, before and after each scenario",
        beforeWorksRow: "Before works",
        classChartTitle: "Dwellings per DPE class before works and after each scenario",
        classChartDesc: "One bar per row; each bar is split into classes A (left, best) to G "
            + "(right, worst). The table below the chart gives the same numbers.",
        dwellingsTotal: { t in "Dwellings (total \(t))" },
        segmentTooltip: { r, d, w in "\(r): \(d) dwellings, \(w)" },
        classWord: { l in l == "N" ? "no result" : "class \(l)" },
        classTableCaption: "Dwellings per DPE class (same figures as the chart)",
        rowHeader: "Row",
        costTitle: "Cost and primary energy of the scenarios",
        costIntro: "Each point is a scenario applied to the whole district: total capital cost of the works against the "
            + "mean primary energy after works (weighted by floor area). Both are better when lower. A scenario is on "
            + "the <strong>Pareto front</strong> when no other scenario is at once cheaper (or as cheap) and more "
            + "efficient (or as efficient); scenarios off the front are beaten on both counts by one on it.",
        scatterTitle: "Total cost against mean primary energy, one point per scenario",
        scatterDesc: "Lower left is better. Filled points joined by the dashed line form the Pareto "
            + "front: no other scenario is both cheaper and more efficient. Numbers refer to the scenario table.",
        noScenarioResult: "No scenario has a result.",
        costAxis: "Total capital cost of the works (million €)",
        energyAxis: "Mean primary energy (kWh/m²·year)",
        todayTooltip: { v in "Today (no works): \(v) kWh/m²·year" },
        today: "Today",
        paretoFront: "Pareto front",
        keyOnFront: "on the Pareto front", keyDominated: "dominated scenario", keyToday: "today, no works",
        pointTooltip: { l, c, e, front in "\(l): \(c), \(e) kWh/m²·year\(front ? ", on the Pareto front" : "")" },
        comfortTitle: "Summer overheating of the top storeys",
        comfortNoStoreys: "These results have no per-storey figures (a results file written before the <code>storeys</code> table).",
        comfortIntro: { reference in
            "Hours when the operative temperature of each building's top storey is above 28 °C, 1 May to "
                + "30 September, without cooling (free float), and the degree-hours above 28 °C"
                + (reference.map { "; the last column compares with scenario \($0), which has no works" } ?? "")
                + ". Per-storey figures of every building are in the results' <code>storeys</code> table."
        },
        comfortCaption: "Top storeys in summer",
        comfortHeaders: ["#", "Scenario", "Buildings", "Mean hours above 28 °C", "90th percentile of hours", "Mean degree-hours (K·h)"],
        comfortChange: "Mean hours, change from no works",
        heritageTitle: "Buildings where heritage rules block a measure",
        noBlockedBuilding: "No building has a measure blocked by heritage rules in any scenario.",
        blockedCount: { n, f in "\(f) building\(n == 1 ? "" : "s") with at least one measure blocked by heritage rules. Scenario numbers refer to the scenario table." },
        heritageSummaryCaption: "Why measures are blocked: buildings per reason and scenario",
        heritageSummaryHeaders: ["Reason", "Buildings", "Dwellings"],
        buildingsOneByOne: { n, f in "The \(f) building\(n == 1 ? "" : "s"), one by one" },
        heritageTableCaption: "Buildings where heritage rules block a measure",
        heritageTableHeaders: ["Building", "Dwellings", "Class before", "Blocked in scenarios", "Needs ABF approval", "Reasons"],
        allScenarios: { n in "all (\(n))" },
        noReasonGiven: "(no reason given)",
        aFacade: " on a façade:",
        notesTitle: "How to read this report",
        notes: [
            "Classes are French DPE energy-performance classes, A (best) to G (worst); F and G dwellings are "
                + "<em>passoires thermiques</em>, progressively barred from letting. A building's class applies to all its dwellings.",
            "Colours follow the official DPE label; F and G are also hatched and every legend entry carries its letter, "
                + "so colour is never the only cue. The check box at the top switches to a colour-blind-safe palette "
                + "(ColorBrewer RdYlBu: blue = best, red = worst).",
            "“Dwellings leaving F/G” counts dwellings in F or G today that are in A–E after the scenario.",
            "Mean primary energy is the district's primary energy divided by its floor area (floor-area-weighted mean).",
            "“Blocked by heritage” means that the protections applying to the building forbade at least one of the "
                + "scenario's measures; the result shown is the one with the measures that remain allowed. "
                + "“ABF approval” means the works need the consent of the Architecte des Bâtiments de France.",
            "“Whole / partly / not at all”: the buildings that got every measure of the scenario (some perhaps "
                + "replaced by an allowed substitute), some of them (others forbidden with no substitute, or with no "
                + "façade to place them on), or none; the table <code>results</code> says, per building, which measures "
                + "were skipped and why (<code>skipped_measures</code>).",
        ])

    static let french = ReportWords(
        lang: "fr",
        defaultTitle: { f in "Scénarios de réhabilitation — \(f)" },
        paletteToggle: "Palette adaptée aux daltoniens (bleu = meilleur, rouge = pire)",
        contents: "Sommaire",
        navSummary: "Synthèse", navMap: "Carte", navClasses: "Logements par classe", navCost: "Coût et énergie",
        navComfort: "Surchauffe des derniers étages", navHeritage: "Contraintes patrimoniales", navNotes: "Mode de lecture",
        summaryTitle: "Synthèse du quartier",
        summaryLine: { b, d, n in "\(b) bâtiments, \(d) logements, \(n) scénario\(n == 1 ? "" : "s")." },
        todayPrefix: " Aujourd'hui, ",
        todayFG: { d, p in "\(d) logements (\(p)) sont en classe F ou G" },
        meanPrimaryToday: { v in " ; énergie primaire moyenne \(v) kWh/m²·an" },
        beforeTableCaption: "Logements par classe DPE aujourd'hui",
        scenarioTableCaption: "Scénarios sur le quartier",
        scenarioHeaders: ["n°", "Scénario", "Logements sortant de F/G", "Logements encore F/G", "Investissement total",
                          "Investissement par logement", "Énergie primaire moyenne (kWh/m²·an)",
                          "Bâtiments l'ayant en entier / en partie / pas du tout", "Bâtiments bloqués par le patrimoine",
                          "Bâtiments soumis à l'accord de l'ABF", "Front de Pareto"],
        notAvailable: "n.d.",
        yes: "oui", no: "non",
        mapTitle: "Carte : classe DPE de chaque bâtiment",
        classesShown: "Classes affichées",
        beforeWorksOption: "Avant travaux",
        beforeWorksName: "avant travaux",
        afterOption: { n in "Après \(n)" },
        zoom: "Zoom", zoomIn: "Zoom avant", zoomOut: "Zoom arrière", wholeDistrict: "Tout le quartier",
        showHeritage: "Périmètres protégés et monuments",
        showingBefore: "Affichage : classes avant travaux",
        mapCaption: "Emprises en Lambert-93 (EPSG:2154). Zoom à la molette, au pincement ou aux boutons ; glisser pour "
            + "déplacer ; carte sélectionnée, les flèches déplacent et + / − zooment. Survoler ou toucher un bâtiment "
            + "pour son identifiant et ses classes. Un contour noir en tirets signale, dans une vue « après », un "
            + "bâtiment où les règles patrimoniales ont bloqué une mesure.",
        plainPrintNote: "À l'impression, F et G ne sont pas hachurés sur cette carte (trop de bâtiments pour l'imprimante) : les lire à la couleur et dans les tableaux.",
        mapSVGTitle: { n in "Carte des \(n) emprises de bâtiments colorées par classe DPE" },
        mapSVGDesc: "Chaque forme est un bâtiment. Couleurs selon la légende ; F et G sont hachurés. "
            + "Le sélecteur au-dessus de la carte passe des classes avant travaux à celles après chaque scénario.",
        before: "avant",
        monumentTooltip: { name, p in "\(name) (monument historique \(p))" },
        perimeterLabel: { k in
            switch k {
            case .zone: "Site patrimonial remarquable"
            case .delimitedSurroundings: "Périmètre délimité des abords (PDA)"
            case .surroundingsRadius: "500 m autour d'un monument"
            }
        },
        scaleBar: "Échelle",
        northArrow: "Flèche du nord (nord du quadrillage Lambert-93)",
        scriptShowingAfter: "Affichage : classes après le scénario ", scriptBefore: " · avant : ", scriptAfter: " · après ",
        scriptNoResult: "sans résultat", scriptBlocked: " (une mesure bloquée par le patrimoine)",
        legend: "Légende",
        classLabel: { l in "Classe \(l)" },
        best: " (meilleure)", worst: " (pire)",
        noResult: "Sans résultat",
        blockedByHeritage: "Mesure bloquée par le patrimoine",
        listedMonument: "Monument historique",
        classesTitle: "Logements par classe DPE, avant et après chaque scénario",
        beforeWorksRow: "Avant travaux",
        classChartTitle: "Logements par classe DPE avant travaux et après chaque scénario",
        classChartDesc: "Une barre par ligne, découpée en classes de A (à gauche, la meilleure) à G (à droite, la pire). "
            + "Le tableau sous le graphique donne les mêmes nombres.",
        dwellingsTotal: { t in "Logements (total \(t))" },
        segmentTooltip: { r, d, w in "\(r) : \(d) logements, \(w)" },
        classWord: { l in l == "N" ? "sans résultat" : "classe \(l)" },
        classTableCaption: "Logements par classe DPE (mêmes nombres que le graphique)",
        rowHeader: "Ligne",
        costTitle: "Coût et énergie primaire des scénarios",
        costIntro: "Chaque point est un scénario appliqué à tout le quartier : investissement total des travaux en regard "
            + "de l'énergie primaire moyenne après travaux (pondérée par la surface). Les deux valent mieux plus bas. Un "
            + "scénario est sur le <strong>front de Pareto</strong> quand aucun autre n'est à la fois moins cher (ou aussi "
            + "cher) et plus efficace (ou aussi efficace) ; les scénarios hors du front sont battus sur les deux plans par "
            + "un scénario du front.",
        scatterTitle: "Coût total en regard de l'énergie primaire moyenne, un point par scénario",
        scatterDesc: "En bas à gauche, c'est mieux. Les points pleins reliés par les tirets forment le front de Pareto : "
            + "aucun autre scénario n'y est à la fois moins cher et plus efficace. Les numéros renvoient au tableau des scénarios.",
        noScenarioResult: "Aucun scénario n'a de résultat.",
        costAxis: "Investissement total des travaux (millions d'€)",
        energyAxis: "Énergie primaire moyenne (kWh/m²·an)",
        todayTooltip: { v in "Aujourd'hui (sans travaux) : \(v) kWh/m²·an" },
        today: "Aujourd'hui",
        paretoFront: "Front de Pareto",
        keyOnFront: "sur le front de Pareto", keyDominated: "scénario dominé", keyToday: "aujourd'hui, sans travaux",
        pointTooltip: { l, c, e, front in "\(l) : \(c), \(e) kWh/m²·an\(front ? ", sur le front de Pareto" : "")" },
        comfortTitle: "Surchauffe estivale des derniers étages",
        comfortNoStoreys: "Ces résultats n'ont pas de chiffres par étage (fichier écrit avant la table <code>storeys</code>).",
        comfortIntro: { reference in
            "Heures où la température opérative du dernier étage de chaque bâtiment dépasse 28 °C, du 1er mai au "
                + "30 septembre, sans climatisation (évolution libre), et degrés-heures au-dessus de 28 °C"
                + (reference.map { " ; la dernière colonne compare au scénario \($0), sans travaux" } ?? "")
                + ". Les chiffres par étage de chaque bâtiment sont dans la table <code>storeys</code> des résultats."
        },
        comfortCaption: "Derniers étages en été",
        comfortHeaders: ["n°", "Scénario", "Bâtiments", "Heures moyennes au-dessus de 28 °C", "9e décile des heures",
                         "Degrés-heures moyens (K·h)"],
        comfortChange: "Heures moyennes, écart avec l'absence de travaux",
        heritageTitle: "Bâtiments où les règles patrimoniales bloquent une mesure",
        noBlockedBuilding: "Aucun bâtiment n'a de mesure bloquée par les règles patrimoniales, quel que soit le scénario.",
        blockedCount: { n, f in
            "\(f) bâtiment\(n == 1 ? "" : "s") avec au moins une mesure bloquée par les règles patrimoniales. Les numéros de scénario renvoient au tableau des scénarios."
        },
        heritageSummaryCaption: "Pourquoi des mesures sont bloquées : bâtiments par motif et par scénario",
        heritageSummaryHeaders: ["Motif", "Bâtiments", "Logements"],
        buildingsOneByOne: { n, f in "Les \(f) bâtiment\(n == 1 ? "" : "s"), un par un" },
        heritageTableCaption: "Bâtiments où les règles patrimoniales bloquent une mesure",
        heritageTableHeaders: ["Bâtiment", "Logements", "Classe avant", "Bloqué dans les scénarios", "Accord de l'ABF requis", "Motifs"],
        allScenarios: { n in "tous (\(n))" },
        noReasonGiven: "(motif non donné)",
        aFacade: " on a façade:",
        notesTitle: "Comment lire ce rapport",
        notes: [
            "Les classes sont celles du DPE, de A (la meilleure) à G (la pire) ; les logements F et G sont des "
                + "<em>passoires thermiques</em>, progressivement interdits à la location. La classe d'un bâtiment s'applique à tous ses logements.",
            "Les couleurs suivent l'étiquette officielle du DPE ; F et G sont aussi hachurés et chaque entrée de légende porte sa lettre : "
                + "la couleur n'est jamais le seul repère. La case en haut de page passe à une palette adaptée aux daltoniens "
                + "(ColorBrewer RdYlBu : bleu = meilleur, rouge = pire).",
            "« Logements sortant de F/G » compte les logements en F ou G aujourd'hui qui sont en A–E après le scénario.",
            "L'énergie primaire moyenne est l'énergie primaire du quartier divisée par sa surface (moyenne pondérée par la surface).",
            "« Bloqué par le patrimoine » signifie que les protections du bâtiment interdisent au moins une mesure du scénario ; "
                + "le résultat affiché est celui des mesures restées autorisées. « Accord de l'ABF » signifie que les travaux "
                + "requièrent l'accord (avis conforme) de l'architecte des Bâtiments de France.",
            "« En entier / en partie / pas du tout » : les bâtiments qui ont reçu toutes les mesures du scénario (certaines "
                + "peut-être remplacées par un substitut autorisé), une partie (les autres interdites sans substitut, ou sans "
                + "façade où les poser), ou aucune ; la table <code>results</code> dit, bâtiment par bâtiment, quelles mesures "
                + "ont été écartées et pourquoi (<code>skipped_measures</code>). Les motifs patrimoniaux et les noms de "
                + "scénario sont ceux du fichier de résultats, dans la langue où ils ont été écrits.",
        ])
}
