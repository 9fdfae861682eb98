/// Word's automatic paragraph numbers (`word/numbering.xml`), which are not in the text runs:
/// a form whose provision column is auto-numbered ("1.2") would otherwise lose its numbers.
///
/// Each paragraph with numbering (`w:numPr`, directly or from its style) advances the counter of
/// its level; deeper levels restart. Counters belong to the abstract list (`w:abstractNum`), so
/// list instances sharing one continue each other unless an instance sets `w:startOverride`.
/// Labels follow `w:lvlText` (`%1.%2`) and `w:numFmt` (decimal, letters, roman numerals); bullets
/// give no label (the paragraph is a list item).
///
/// ```swift
/// var numbering = WordNumbering(numberingRoot)
/// numbering.label(numId: "3", level: 1) // "1.2"
/// ```
struct WordNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        var legal = false
    }

    /// Levels of each abstract list.
    private var abstract: [String: [Int: Level]] = [:]
    /// Each list instance: its abstract list and the levels it restarts.
    private var instances: [String: (abstract: String, overrides: [Int: Int])] = [:]
    private var counters: [String: [Int: Int]] = [:]
    private var restarted: Set<String> = []

    init() {}

    /// Reads a `w:numbering` root (nil: no numbering part).
    init(_ root: XMLNode?) {
        guard let root else { return }
        for child in root.children where child.isWord {
            if child.name == "abstractNum", let id = child.attribute("abstractNumId") {
                abstract[id] = Self.levels(child)
            } else if child.name == "num", let id = child.attribute("numId"), let base = child.wordChild("abstractNumId")?.value {
                var overrides: [Int: Int] = [:]
                for o in child.children where o.isWord && o.name == "lvlOverride" {
                    if let level = o.attribute("ilvl").flatMap({ Int($0) }), let start = o.wordChild("startOverride")?.value.flatMap({ Int($0) }) {
                        overrides[level] = Self.clamped(start)
                    }
                }
                instances[id] = (base, overrides)
            }
        }
    }

    private static func levels(_ abstractNum: XMLNode) -> [Int: Level] {
        var out: [Int: Level] = [:]
        for lvl in abstractNum.children where lvl.isWord && lvl.name == "lvl" {
            guard let ilvl = lvl.attribute("ilvl").flatMap({ Int($0) }), (0...8).contains(ilvl) else { continue }
            out[ilvl] = Level(start: Self.clamped(lvl.wordChild("start")?.value.flatMap { Int($0) } ?? 1),
                              format: lvl.wordChild("numFmt")?.value ?? "decimal",
                              text: lvl.wordChild("lvlText")?.value ?? "",
                              legal: lvl.wordChild("isLgl")?.isOn ?? false)
        }
        return out
    }

    /// A start value within Word's range (0-32767), so counters cannot overflow.
    private static func clamped(_ value: Int) -> Int { min(max(value, 0), 32767) }

    /// Advances list `numId` at `level` and returns the paragraph's label ("1.2", "a)"), or nil for
    /// bullets, unnumbered levels and unknown lists.
    mutating func label(numId: String, level: Int) -> String? {
        guard let instance = instances[numId], let levels = abstract[instance.abstract], (0...8).contains(level) else { return nil }
        var counts = counters[instance.abstract] ?? [:]
        if let start = instance.overrides[level], !restarted.contains("\(numId)/\(level)") {
            restarted.insert("\(numId)/\(level)")
            counts[level] = start - 1
        }
        counts[level] = min((counts[level] ?? ((levels[level]?.start ?? 1) - 1)) + 1, 1 << 20)
        for deeper in (level + 1)..<9 { counts[deeper] = nil }
        counters[instance.abstract] = counts
        guard let format = levels[level], format.format != "bullet", format.format != "none" else { return nil }
        var text = format.text
        for k in 0...level {
            let value = counts[k] ?? (levels[k]?.start ?? 1)
            let shown = format.legal ? String(value) : Self.formatted(value, levels[k]?.format ?? "decimal")
            text = text.replacingOccurrences(of: "%\(k + 1)", with: shown)
        }
        return text.isEmpty ? nil : text
    }

    /// `value` in a `w:numFmt`.
    static func formatted(_ value: Int, _ format: String) -> String {
        switch format {
        case "decimalZero": return value < 10 ? "0\(value)" : String(value)
        case "lowerLetter": return letters(value)
        case "upperLetter": return letters(value).uppercased()
        case "lowerRoman": return roman(value).lowercased()
        case "upperRoman": return roman(value)
        default: return String(value)
        }
    }

    /// a, b, …, z, aa, bb, … (Word repeats the letter; past 780, "zzz…", digits are written instead).
    private static func letters(_ value: Int) -> String {
        guard value > 0, value <= 780 else { return String(value) }
        let letter = Character(Unicode.Scalar(UInt8(97 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let numerals: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var out = ""
        for (n, s) in numerals {
            while rest >= n {
                out += s
                rest -= n
            }
        }
        return out
    }
}
