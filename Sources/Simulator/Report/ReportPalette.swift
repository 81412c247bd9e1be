import Foundation

/// The colours of the DPE classes, and the WCAG contrast arithmetic that picks readable text on them.
///
/// - `official`: the DPE label colours of the 2021 reform (arrêté du 31 mars 2021, label graphics by ADEME), as
///   commonly reproduced in hex: A #009C6D … G #D7221F.
/// - `colourBlindSafe`: ColorBrewer "RdYlBu" with 7 classes (Brewer & Harrower, colorbrewer2.org, marked safe
///   for colour-blind readers), ordered blue (A, best) to red (G, worst) so the reading direction is kept.
///
/// Colour is never the only cue: every swatch carries its letter, F and G are hatched, and tables repeat the
/// figures.
public enum ReportPalette: String, Sendable, CaseIterable {
    case official, colourBlindSafe

    /// Fill colour of a class, `#rrggbb`.
    public func fill(_ c: DPEClass) -> String {
        switch self {
        case .official:
            switch c {
            case .a: return "#009c6d"
            case .b: return "#52b153"
            case .c: return "#78bd76"
            case .d: return "#f4e70f"
            case .e: return "#f0b50f"
            case .f: return "#eb8235"
            case .g: return "#d7221f"
            }
        case .colourBlindSafe:
            switch c {
            case .a: return "#4575b4"
            case .b: return "#91bfdb"
            case .c: return "#e0f3f8"
            case .d: return "#ffffbf"
            case .e: return "#fee090"
            case .f: return "#fc8d59"
            case .g: return "#d73027"
            }
        }
    }

    /// Black or white, whichever contrasts more with the class colour (WCAG 2.1 contrast ratio).
    public func text(_ c: DPEClass) -> String {
        let bg = fill(c)
        return Self.contrastRatio(bg, "#000000") >= Self.contrastRatio(bg, "#ffffff") ? "#000000" : "#ffffff"
    }

    /// Fill of "no result" (building without an outcome for the scenario shown).
    public static let noResultFill = "#d9d9d9"

    /// WCAG 2.1 relative luminance of an sRGB colour `#rrggbb` (WCAG 2.1, definition "relative luminance").
    public static func relativeLuminance(_ hex: String) -> Double {
        let v = Array(hex.dropFirst(hex.hasPrefix("#") ? 1 : 0))
        func channel(_ i: Int) -> Double {
            let byte = Int(String(v[i..<(i + 2)]), radix: 16) ?? 0
            let s = Double(byte) / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        guard v.count == 6 else { return 0 }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }

    /// WCAG 2.1 contrast ratio (L1 + 0.05) / (L2 + 0.05), from 1 to 21.
    public static func contrastRatio(_ a: String, _ b: String) -> Double {
        let la = relativeLuminance(a), lb = relativeLuminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }
}
