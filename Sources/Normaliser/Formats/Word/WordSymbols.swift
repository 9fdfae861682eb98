/// Checkbox, tick and bullet glyphs that Word files draw with symbol fonts, as the Unicode
/// characters a reader sees: a ticked box is written ☒, an empty box ☐, a tick ✓, a cross ✗.
///
/// Symbol fonts (Wingdings, Wingdings 2, Symbol) put their glyphs at byte codes (`þ` in Wingdings
/// is a ticked box), stored either as that byte or in the private-use range U+F000-F0FF
/// (`w:sym w:char="F0FE"`).
///
/// ```swift
/// WordSymbols.glyph(font: "Wingdings", code: 0xF0FE) // "☒"
/// WordSymbols.glyph(font: "MS Gothic", code: 0x2610) // "☐"
/// ```
enum WordSymbols {
    static let checked = "☒"
    static let unchecked = "☐"

    /// Fonts whose byte codes are pictures, not letters.
    static func isSymbolFont(_ font: String) -> Bool {
        let f = font.lowercased()
        return f.hasPrefix("wingdings") || f == "webdings" || f == "symbol"
    }

    private static let wingdings: [UInt32: String] = [
        0xFE: checked, 0xFD: checked, 0x78: checked, 0xA8: unchecked, 0x6F: unchecked, 0x71: unchecked,
        0xFC: "✓", 0xFB: "✗", 0x9F: "•", 0xA7: "▪",
    ]
    private static let wingdings2: [UInt32: String] = [
        0x52: checked, 0x53: checked, 0x54: checked, 0xA3: unchecked, 0x2A: unchecked, 0x50: "✓", 0x4F: "✗",
    ]
    private static let symbol: [UInt32: String] = [0xB7: "•", 0xD6: "√"]

    /// The glyph for character `code` in `font`, or nil when the code has no known meaning there.
    static func glyph(font: String?, code: UInt32) -> String? {
        let low = code >= 0xF000 && code <= 0xF0FF ? code - 0xF000 : code
        switch font?.lowercased() ?? "" {
        case "wingdings": return wingdings[low]
        case "wingdings 2": return wingdings2[low]
        case "symbol": return symbol[low]
        case let f where isSymbolFont(f): return nil
        default: return unicodeBox(code)
        }
    }

    /// Unicode ballot boxes, with a ticked box (☑ ⊠ ☒) written ☒.
    static func unicodeBox(_ code: UInt32) -> String? {
        switch code {
        case 0x2612, 0x2611, 0x22A0: return checked
        case 0x2610: return unchecked
        default: return Unicode.Scalar(code).map { String(Character($0)) }
        }
    }

    /// Text typed in a symbol font, each character shown as its glyph where one is known.
    static func mapped(_ text: String, font: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            out += glyph(font: font, code: scalar.value) ?? String(Character(scalar))
        }
        return out
    }
}
