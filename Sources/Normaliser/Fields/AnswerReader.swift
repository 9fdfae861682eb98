import Assessment

/// Reads a compliance answer written in words, letters or glyphs at the start of a cell.
///
/// ```swift
/// AnswerReader.answer("Yes – in part Complaints Policy…") // (.partial, "Yes – in part")
/// AnswerReader.answer("n/a")                               // (.na, "n/a")
/// AnswerReader.answer("☐ Yes ☒ No")                        // (.no, "☐ Yes ☒ No")
/// AnswerReader.answer("Policy updated")                    // nil
/// ```
public enum AnswerReader {
    /// A recognised answer: the status and the text that stated it.
    public struct Answer: Equatable, Sendable {
        public let status: Status
        /// The answer as printed (the leading words that gave the status).
        public let text: String
    }

    private static let phrases = Vocabulary.answerPhrases
    private static let glyphs = Vocabulary.glyphs

    /// The answer at the start of `cell`, or nil if the cell does not begin with one.
    public static func answer(_ cell: String) -> Answer? {
        let plain = HTMLText.plain(cell)
        if let box = checkbox(plain.trimmingWhitespace()) { return box }
        var s = Substring(plain)
        // Leading punctuation and stray marks ('., Yes').
        while let f = s.first, f.isPunctuation || f.isWhitespace || f == "*" || f == "•", f != "(" { s = s.dropFirst() }
        guard !s.isEmpty else { return nil }
        if let box = checkbox(String(s)) { return box }
        if let f = s.first, let st = glyphs[f] { return Answer(status: st, text: String(f)) }
        let folded = foldedStart(s)
        for (phrase, status) in phrases where folded.hasPrefix(phrase) {
            let rest = folded.dropFirst(phrase.count)
            if let next = rest.first, next.isLetter || next.isNumber { continue }
            if phrase == "na" {
                let whole = Text.fold(String(s)).dropFirst(phrase.count)
                if whole.contains(where: { $0.isLetter }) && !whole.hasPrefix(" -") && !whole.hasPrefix(".") { continue }
            }
            return Answer(status: status, text: String(s.prefix(originalLength(of: phrase, in: s))).trimmingWhitespace())
        }
        if let sentence = SentenceAnswer.read(String(s)) { return Answer(status: sentence.status, text: sentence.text) }
        return nil
    }

    /// The longest answer phrase, in characters.
    private static let longestPhrase = phrases.map(\.0.count).max() ?? 0

    /// The start of `Text.fold(s)`, long enough to match any phrase and the character after it: the fold of the first
    /// 64 characters when that keeps more than the longest phrase and two characters (folding only maps characters
    /// and collapses spaces, so the two agree that far), else the whole fold.
    private static func foldedStart(_ s: Substring) -> String {
        let head = s.prefix(64)
        guard head.endIndex != s.endIndex else { return Text.fold(String(s)) }
        let folded = Text.fold(String(head))
        return folded.count >= longestPhrase + 2 ? folded : Text.fold(String(s))
    }

    private static let ticked = Vocabulary.tickedBoxes.union(["✔", "✓"])

    /// Checkbox answers: a ticked box (☒ ☑ ■ [x]) beside Yes / No / Partial / N/A.
    static func checkbox(_ s: String) -> Answer? {
        let empty = Vocabulary.emptyBoxes
        // Every box glyph and tick is outside ASCII; '[x]' needs a '['.
        guard s.utf8.contains(where: { $0 >= 0x80 || $0 == 0x5B }) else { return nil }
        guard s.contains(where: { ticked.contains($0) || empty.contains($0) }) || s.lowercased().contains("[x]") else { return nil }
        var normalised = s.replacingOccurrences(of: "[x]", with: "☒").replacingOccurrences(of: "[X]", with: "☒").replacingOccurrences(of: "[ ]", with: "☐")
        normalised = normalised.replacingOccurrences(of: "\n", with: " ")
        let chars = Array(normalised)
        var found: [Status] = []
        for (k, c) in chars.enumerated() where ticked.contains(c) {
            let after = String(chars[(k + 1)...]).trimmingWhitespace()
            if let a = wordAnswer(after) { found.append(a) }
        }
        guard let first = found.first, found.allSatisfy({ $0 == first }) else { return nil }
        return Answer(status: first, text: normalised.trimmingWhitespace())
    }

    private static func wordAnswer(_ s: String) -> Status? {
        let f = Text.fold(s)
        for (phrase, status) in phrases where phrase.count > 1 && f.hasPrefix(phrase) {
            let rest = f.dropFirst(phrase.count)
            if let next = rest.first, next.isLetter { continue }
            return status
        }
        return nil
    }

    /// Length in `s` of the folded `phrase` (folding keeps lengths except for collapsed spaces).
    private static func originalLength(of phrase: String, in s: Substring) -> Int {
        var matched = 0
        var count = 0
        var lastSpace = false
        for ch in s {
            if matched >= phrase.count { break }
            count += 1
            if ch.isWhitespace {
                if !lastSpace { matched += 1 }
                lastSpace = true
            } else {
                matched += 1
                lastSpace = false
            }
        }
        return count
    }
}
