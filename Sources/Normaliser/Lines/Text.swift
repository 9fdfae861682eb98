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
        var words = Set<String>()
        for raw in s.lowercased().split(whereSeparator: { !$0.isLetterFast }) where raw.count >= 3 {
            let w = String(raw)
            if stopWords.contains(w) { continue }
            words.insert(stem(w))
        }
        return words
    }

    /// A crude stem: common suffixes dropped, then the first six letters ('responded', 'response' -> 'respon').
    static func stem(_ word: String) -> String {
        var w = Substring(word)
        if w.hasSuffix("ing"), w.count > 5 { w = w.dropLast(3) }
        else if w.hasSuffix("ies"), w.count > 4 { w = w.dropLast(3) + "y" }
        else if w.hasSuffix("ed"), w.count > 4 { w = w.dropLast(2) }
        else if w.hasSuffix("es"), w.count > 4 { w = w.dropLast(2) }
        else if w.hasSuffix("s"), !w.hasSuffix("ss"), w.count > 3 { w = w.dropLast(1) }
        if w.hasSuffix("e"), w.count > 3 { w = w.dropLast(1) }
        return String(w.prefix(6))
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
        guard s.utf8.contains(UInt8(ascii: "*")) || s.contains("__") || s.hasPrefix("#") else { return s }
        var t = s.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        if let g = headingMarks.groups(t) { t = String(t.dropFirst(g[0].count)) }
        return t.trimmingWhitespace()
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
