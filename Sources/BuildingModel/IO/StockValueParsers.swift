/// Value parsers for the source-specific attributes (docs/stock-input.md).
extension BuildingMapper {
    enum MaterialParse: Equatable {
        case known(WallMaterial)
        /// The source says "unknown" (INDETERMINE, code 0, AUTRES / 9): use the default silently.
        case unknownInSource
        case unrecognised
    }

    /// Wall material from the field it was read from.
    static func wallMaterial(field: String, _ v: PropertyValue) -> MaterialParse {
        guard let raw = v.stringValue?.trimmingCharacters(in: .whitespaces) else { return .unrecognised }
        switch field {
        case "wall_material":
            return WallMaterial(rawValue: raw).map(MaterialParse.known) ?? .unrecognised
        case "mat_mur_txt":
            // BDNB (Fichiers fonciers): "PIERRE", "BRIQUES - PIERRE"…: the first named material is the main one.
            let main = raw.uppercased().components(separatedBy: " - ").first ?? ""
            switch main {
            case "PIERRE", "MEULIERE": return .known(.stoneRubble)
            case "BRIQUES": return .known(.solidBrick)
            case "BETON", "AGGLOMERE": return .known(.concrete)
            case "BOIS": return .known(.timberFrame)
            case "INDETERMINE", "AUTRES": return .unknownInSource
            default: return .unrecognised
            }
        case "materiaux_des_murs":
            // BD TOPO: MAJIC dmatgm code, 1–2 digits (0 indéterminé, 1 pierre, 2 meulière, 3 béton, 4 briques,
            // 5 aggloméré, 6 bois, 9 autres); the first non-zero digit is the main material.
            guard raw.allSatisfy(\.isNumber), !raw.isEmpty else { return .unrecognised }
            switch raw.first(where: { $0 != "0" }) {
            case nil, "9": return .unknownInSource
            case "1", "2": return .known(.stoneRubble)
            case "3", "5": return .known(.concrete)
            case "4": return .known(.solidBrick)
            case "6": return .known(.timberFrame)
            default: return .unrecognised
            }
        default:
            // OSM building:material.
            switch raw.lowercased() {
            case "stone", "limestone", "sandstone", "granite", "masonry": return .known(.stoneRubble)
            case "brick": return .known(.solidBrick)
            case "concrete", "reinforced_concrete", "cement_block", "concrete_block": return .known(.concrete)
            case "wood", "timber_framing", "timber_frame", "half-timbered": return .known(.timberFrame)
            default: return .unrecognised
            }
        }
    }

    /// A construction year from a number (1850), an ISO date (BD TOPO `1790-01-01`) or an OSM `start_date`
    /// (`1850`, `~1850`, `1850..1870`, `C18` = 1750, mid-century). Years outside 1000–2100 are refused.
    static func year(_ v: PropertyValue) -> Int? {
        if case .int(let i) = v { return InputLimits.years.contains(i) ? i : nil }
        if case .double(let d) = v { return CheckedInteger.exact(d, in: InputLimits.years) }
        guard let s = v.stringValue?.trimmingCharacters(in: .whitespaces).uppercased() else { return nil }
        if s.hasPrefix("C"), let c = Int(s.dropFirst().prefix { $0.isNumber }), (11...21).contains(c) {
            return (c - 1) * 100 + 50
        }
        let digits = s.drop { !$0.isNumber }.prefix { $0.isNumber }
        guard digits.count == 4, let y = Int(digits), (1000...2100).contains(y) else { return nil }
        return y
    }
}
