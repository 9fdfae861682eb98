import Assessment
import Foundation

/// Small text helpers shared by the normaliser's stages.
enum Text {
    /// The text of `bytes[from..<to]`, both bounds clamped to the bytes (a range that would run backwards is empty).
    static func slice(_ bytes: [UInt8], from: Int, to: Int) -> String {
        let lower = min(max(from, 0), bytes.count)
        return String(decoding: bytes[lower..<max(lower, min(to, bytes.count))], as: UTF8.self)
    }

    /// Lowercased, dashes and quotes unified, whitespace collapsed, trimmed.
    static func fold(_ s: String) -> String {
        foldWithoutCase(s) ?? foldLowercasing(s)
    }

    /// `fold` lowercasing the whole text first (any text; `foldWithoutCase` is its fast path).
    static func foldLowercasing(_ s: String) -> String {
        // Works on Unicode scalars, not Characters: grapheme breaking is the hot path's main cost.
        var out = String.UnicodeScalarView()
        var lastSpace = true
        for u in s.lowercased().unicodeScalars {
            var c = u
            switch u {
            case "–", "—", "‑", "−": c = "-"
            case "‘", "’", "`": c = "'"
            case "“", "”": c = "\""
            case "\u{00A0}": c = " "
            default: break
            }
            if c.isWhitespaceFast {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(c)
                lastSpace = false
            }
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }

    /// Words of at least three letters, lowercased and lightly stemmed, without common stop words.
    static func contentWords(_ s: String) -> Set<String> {
        contentWordsByScalar(s) ?? contentWordsByCharacter(s)
    }

    /// `contentWords` by `Character`s (any text; `contentWordsByScalar` is its fast path).
    static func contentWordsByCharacter(_ s: String) -> Set<String> {
        var words = Set<String>()
        for raw in s.lowercased().split(whereSeparator: { !$0.isLetterFast }) where raw.count >= 3 {
            let w = String(raw)
            if stopWords.contains(w) { continue }
            words.insert(stemByCharacter(w))
        }
        return words
    }

    /// A crude stem: common suffixes dropped, then the first six letters ('responded', 'response' -> 'respon').
    static func stem(_ word: String) -> String {
        asciiStem(Array(word.utf8)) ?? stemByCharacter(word)
    }

    /// `stem` by `Character`s (any word; `asciiStem` is its fast path).
    static func stemByCharacter(_ word: String) -> String {
        var w = Substring(word)
        if w.hasSuffix("ing"), w.count > 5 { w = w.dropLast(3) }
        else if w.hasSuffix("ies"), w.count > 4 { w = w.dropLast(3) + "y" }
        else if w.hasSuffix("ed"), w.count > 4 { w = w.dropLast(2) }
        else if w.hasSuffix("es"), w.count > 4 { w = w.dropLast(2) }
        else if w.hasSuffix("s"), !w.hasSuffix("ss"), w.count > 3 { w = w.dropLast(1) }
        if w.hasSuffix("e"), w.count > 3 { w = w.dropLast(1) }
        return String(w.prefix(6))
    }

    /// `fold(s)` read scalar by scalar in one pass, when lowercasing changes only ASCII letters (no other scalar
    /// of `s` changes when lowercased, so no context-dependent mapping such as a final sigma applies); else nil.
    static func foldWithoutCase(_ s: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var lastSpace = true
        for u in s.unicodeScalars {
            var v = u.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A { v |= 0x20 } else if v == 0x60 { v = 0x27 }
                if v == 0x20 || (v >= 0x09 && v <= 0x0D) {
                    if !lastSpace { out.append(0x20) }
                    lastSpace = true
                } else {
                    out.append(UInt8(v))
                    lastSpace = false
                }
                continue
            }
            if u.properties.changesWhenLowercased { return nil }
            switch v {
            case 0x2013, 0x2014, 0x2011, 0x2212: out.append(0x2D); lastSpace = false; continue
            case 0x2018, 0x2019: out.append(0x27); lastSpace = false; continue
            case 0x201C, 0x201D: out.append(0x22); lastSpace = false; continue
            case 0xA0: v = 0x20
            default: break
            }
            if v == 0x20 || u.properties.isWhitespace {
                if !lastSpace { out.append(0x20) }
                lastSpace = true
            } else {
                out.append(contentsOf: String(u).utf8)
                lastSpace = false
            }
        }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// `contentWords(s)` read scalar by scalar, when every `Character` of `s` is one scalar (`standsAlone`, CR
    /// aside: it is no letter either way) and lowercasing changes only ASCII letters; else nil.
    static func contentWordsByScalar(_ s: String) -> Set<String>? {
        var words = Set<String>()
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var scalars = 0, ascii = true
        func flush() {
            defer { word.removeAll(keepingCapacity: true); scalars = 0; ascii = true }
            guard scalars >= 3 else { return }
            let w = String(decoding: word, as: UTF8.self)
            if stopWords.contains(w) { return }
            words.insert(ascii ? (asciiStem(word) ?? stemByCharacter(w)) : stemByCharacter(w))
        }
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                let l = v | 0x20
                if l >= 0x61 && l <= 0x7A { word.append(UInt8(l)); scalars += 1 } else { flush() }
                continue
            }
            guard u.standsAlone, !u.properties.changesWhenLowercased else { return nil }
            if Character(u).isLetter {
                word.append(contentsOf: String(u).utf8)
                scalars += 1
                ascii = false
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// `stem` of an ASCII word given as bytes (lowercase letters), without building Characters; nil if not ASCII.
    static func asciiStem(_ w: [UInt8]) -> String? {
        guard w.allSatisfy({ $0 < 0x80 }) else { return nil }
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard w.count >= n else { return false }
            let p = suffix.utf8Start
            for k in 0..<n where w[w.count - n + k] != p[k] { return false }
            return true
        }
        var end = w.count
        var extra: UInt8?
        if ends("ing"), w.count > 5 { end -= 3 }
        else if ends("ies"), w.count > 4 { end -= 3; extra = 0x79 }
        else if ends("ed"), w.count > 4 { end -= 2 }
        else if ends("es"), w.count > 4 { end -= 2 }
        else if ends("s"), !ends("ss"), w.count > 3 { end -= 1 }
        var out = Array(w[..<end])
        if let extra { out.append(extra) }
        if out.last == 0x65, out.count > 3 { out.removeLast() }
        return String(decoding: out.prefix(6), as: UTF8.self)
    }

    static let stopWords: Set<String> = ["the", "and", "for", "are", "with", "that", "this", "their", "they", "must", "should",
                                         "any", "its", "not", "from", "have", "has", "been", "will", "can", "may", "where",
                                         "when", "which", "who", "all", "also", "such", "into", "than", "them", "there",
                                         "these", "those", "our", "was", "were", "being", "each", "other", "landlord", "landlords"]

    /// True if the first letter (after tags, bullets, quotes, list markers) is uppercase.
    static func startsWithCapital(_ s: String) -> Bool {
        guard let first = firstLetter(s) else { return false }
        return first.isUppercase
    }

    /// True if the first letter (after tags, bullets, quotes) is lowercase.
    static func startsWithLowercase(_ s: String) -> Bool {
        guard let first = firstLetter(s) else { return false }
        return first.isLowercase
    }

    static func firstLetter(_ s: String) -> Character? {
        var inTag = false
        for ch in s {
            if inTag { if ch == ">" { inTag = false }; continue }
            if ch == "<" { inTag = true; continue }
            if ch.isLetter { return ch }
            if ch.isNumber { return nil }
        }
        return nil
    }

    /// True if the text ends a sentence or clause (., ;, :, !, ?), ignoring closing tags, quotes and brackets.
    static func endsClause(_ s: String) -> Bool {
        var t = Substring(s)
        while true {
            t = t.drop(while: { _ in false })
            while let l = t.last, l.isWhitespace || l == "'" || l == "\"" || l == "’" || l == "”" || l == ")" { t = t.dropLast() }
            if t.hasSuffix(">"), let open = t.lastIndex(of: "<") { t = t[..<open]; continue }
            break
        }
        guard let last = t.last else { return false }
        return ".;:!?".contains(last)
    }

    /// Text without markdown emphasis and heading marks ('## **Section 2: Exclusions**' -> 'Section 2: Exclusions').
    static func strippingMarkup(_ s: String) -> String {
        // Bytes first: a Character match of '__' or a leading '#' needs those bytes.
        let marks = markupBytes(s.utf8)
        guard marks.star || (marks.doubleUnderscore && s.contains("__")) || (s.utf8.first == UInt8(ascii: "#") && s.hasPrefix("#"))
        else { return s }
        var t = s.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        if let g = headingMarks.groups(t) { t = String(t.dropFirst(g[0].count)) }
        return t.trimmingWhitespace()
    }

    /// Whether the bytes hold a '*' and two '_' in a row, in one pass.
    private static func markupBytes(_ bytes: String.UTF8View) -> (star: Bool, doubleUnderscore: Bool) {
        var previous: UInt8 = 0
        var star = false, double = false
        for b in bytes {
            if b == 0x2A { star = true; if double { break } }
            if b == 0x5F, previous == 0x5F { double = true; if star { break } }
            previous = b
        }
        return (star, double)
    }

    /// `s.range(of: needle)`, found on the UTF-8 bytes first: when `needle`'s bytes are not in `s` there is no match
    /// (for needles whose characters have no other canonically equivalent spelling: ASCII punctuation and letters,
    /// dashes, quotes; every needle passed here), so Foundation's search runs only where it may succeed.
    static func range(of needle: String, in s: String) -> Range<String.Index>? {
        guard containsBytes(s, needle) else { return nil }
        return s.range(of: needle)
    }

    /// `s.contains(needle)`, with the same byte test first (see `range(of:in:)`).
    static func contains(_ s: String, _ needle: String) -> Bool {
        containsBytes(s, needle) && s.contains(needle)
    }

    /// True if `needle`'s UTF-8 bytes occur in `s`'s.
    static func containsBytes(_ s: String, _ needle: String) -> Bool {
        var s = s, needle = needle
        return s.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard h.count >= n.count else { return false }
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count, h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    static let headingMarks = Pattern(#"^\s*#{1,6}\s+"#)

    /// Number of words.
    static func wordCount(_ s: String) -> Int { s.split(whereSeparator: { $0.isWhitespaceFast }).count }

    /// Regex match helper (case-insensitive), returning capture groups.
    static func match(_ pattern: Pattern, _ s: String) -> [String]? { pattern.groups(s) }
}

/// A compiled, case-insensitive regular expression, safe to share between threads (matching is thread-safe).
final class Pattern: @unchecked Sendable {
    private let re: NSRegularExpression?

    init(_ pattern: String) {
        re = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    /// Capture groups of the first match (index 0 is the whole match), or nil.
    func groups(_ s: String) -> [String]? {
        guard let re else { return nil }
        let ns = s as NSString
        guard let m = re.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) else { return nil }
        var out: [String] = []
        for i in 0..<m.numberOfRanges {
            let r = m.range(at: i)
            out.append(r.location == NSNotFound ? "" : ns.substring(with: r))
        }
        return out
    }

    /// True if the pattern matches anywhere in `s`.
    func matches(_ s: String) -> Bool {
        guard let re else { return false }
        return re.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil
    }
}
