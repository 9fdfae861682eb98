/// Finds the compliance answer in row text that lost its column separators, and splits the text there.
///
/// The answer is a token (Yes, Y, No, N, Partial, In part, N/A, Not applicable, ✓, ✗, a checkbox
/// run) that follows the end of the requirement sentence, starts a line, or (capitalised) follows a
/// space; it may be glued to the next cell ('policy.YesThe policy…', 'policy.YPoint 3.2…').
///
/// ```swift
/// AnswerSplit.find("Set out in our complaints policy.YesThe policy, section 2.")
/// // requirement "Set out in our complaints policy.", answer "Yes", rest "The policy, section 2."
/// AnswerSplit.find("A complaint must be defined as dissatisfaction Yes Policy section 2")?.answer // "Yes"
/// AnswerSplit.find("No blanket exclusions apply.") // nil
/// ```
enum AnswerSplit {
    struct Split: Equatable {
        /// Text before the answer (may be empty when the text starts with the answer).
        let requirement: String
        /// The answer as printed.
        let answer: String
        /// Text after the answer, paragraph breaks kept as blank lines.
        let rest: String
        /// True if the answer is a line of its own (nothing but punctuation after it on its line).
        let ownLine: Bool
        /// True if the answer starts a line.
        let atLineStart: Bool
    }

    /// Answer phrases, longest first, as lowercase with plain hyphens.
    private static let phrases: [String] = [
        "yes - in part", "yes, in part", "yes (in part)", "yes in part", "yes - partially", "yes, partially",
        "yes (partially)", "yes partially", "partially compliant", "partly compliant", "partially met", "fully compliant",
        "non-compliant", "non compliant", "not compliant", "not applicable", "not currently", "not in place", "not yet",
        "not met", "partially", "partial", "partly", "in part", "compliant", "n / a", "n/a", "yes", "no", "na", "y", "n",
    ]
    /// The first letters of `phrases`.
    private static let phraseInitials = Set(phrases.compactMap { $0.utf8.first })
    /// For each first letter, the second characters of its phrases, or nil when one of them is that letter alone.
    private static let phraseSeconds: [UInt8: Set<UInt8>?] = Dictionary(grouping: phrases.map { Array($0.utf8) }, by: { $0[0] })
        .mapValues { group in group.contains { $0.count == 1 } ? nil : Set(group.map { $0[1] }) }
    /// Phrases that may be followed by a lowercase word when they follow a sentence end ('Yes we do').
    private static let lowercaseFollowOK: Set<String> = ["yes", "partially", "partial", "partly", "in part"]
    private static let ticks: Set<Character> = ["✓", "✔", "✗", "✘", "☑"]
    private static let boxes: Set<Character> = ["☒", "☐", "☑", "■", "□", "⊠", "◻"]

    /// The first answer in `text`, or nil if there is none.
    static func find(_ text: String) -> Split? {
        let chars = Array(text)
        var weakBest: (Int, Int)?
        for p in chars.indices {
            // Cheap cases first, as `token` and `context` decide them: an ASCII character other than a letter or '['
            // starts no answer; a lowercase ASCII letter right after an ASCII letter has no context.
            if let a = chars[p].asciiValue {
                let l = a | 0x20
                let letter = l >= 0x61 && l <= 0x7A
                if !letter && a != 0x5B { continue }
                if letter, a >= 0x61, p > 0, let b = chars[p - 1].asciiValue, (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { continue }
            }
            guard let context = context(chars, p) else { continue }
            guard let (length, tier) = token(chars, p, context: context) else { continue }
            if tier == .good {
                if context == .space, wordsBefore(chars, p) < 3 { continue }
                return split(chars, p, length)
            }
            if weakBest == nil { weakBest = (p, length) }
        }
        return weakBest.map { split(chars, $0.0, $0.1) }
    }

    /// True if `line` starts with an answer that cannot be the first word of a sentence: alone, before
    /// punctuation, or (except No, N, Y, NA) before a capitalised word ('Yes', 'Yes.', 'N/A – none',
    /// '☒ Yes ☐ No', 'Yes – in part Complaints Policy…'; not 'No blanket exclusions apply').
    static func isStandalone(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace()
        guard let s = find(trimmed), s.requirement.isEmpty else { return false }
        let rest = s.rest.trimmingWhitespace()
        if rest.isEmpty { return true }
        let afterAnswer = trimmed.dropFirst(s.answer.count)
        guard let after = afterAnswer.first(where: { $0 != " " }) else { return true }
        if ".,;:–-—(".contains(after) { return true }
        let word = Text.fold(s.answer)
        return after.isUppercase && afterAnswer.first == " " && !["no", "n", "y", "na"].contains(word)
    }

    /// Where a candidate answer stands: at a line start, after a sentence end, after a space, or glued
    /// after a lowercase letter or a comma ('outside thisYesThis is…', 'recorded,YesComplaints').
    private enum Context { case lineStart, sentenceEnd, space, camel }
    private enum Tier { case good, lowercaseFollow }

    private static func context(_ chars: [Character], _ p: Int) -> Context? {
        if p == 0 || chars[p - 1] == "\n" { return .lineStart }
        var q = p - 1
        var sawSpace = false
        while q >= 0, chars[q] == " " { q -= 1; sawSpace = true }
        if q < 0 || chars[q] == "\n" { return .lineStart }
        // HTML in cells: a closing block tag ('</p>', '</li>') ends a cell; inline tags are skipped.
        while q > 0, chars[q] == ">", let open = chars[..<q].lastIndex(of: "<") {
            let name = HTMLText.tagName(chars[(open + 1)..<q].map(String.init).joined()[...])
            guard let name else { break }
            if blockTags.contains(name) { return .sentenceEnd }
            q = open - 1
            while q >= 0, chars[q] == " " { q -= 1 }
            if q < 0 { return .lineStart }
        }
        while q > 0, "'\"’”)".contains(chars[q]) { q -= 1 }
        if ".?!;:".contains(chars[q]) { return .sentenceEnd }
        if !sawSpace, chars[q].isLowercase || chars[q].isPunctuation, chars[p].isUppercase { return .camel }
        return sawSpace ? .space : nil
    }

    private static let blockTags: Set<String> = ["p", "br", "div", "li", "ul", "ol", "tr", "td", "table"]

    private static func token(_ chars: [Character], _ p: Int, context: Context) -> (Int, Tier)? {
        let c = chars[p]
        if boxes.contains(c) || c == "[" { return checkboxRun(chars, p).map { ($0, .good) } }
        if ticks.contains(c) { return (1, .good) }
        guard c.isLetter else { return nil }
        // An answer written as a sentence where a sentence starts ('We comply.', 'This requirement is met').
        if context == .lineStart || context == .sentenceEnd, "WwTtOoRrPp".contains(c),
           let sentence = SentenceAnswer.read(String(chars[p..<min(chars.count, p + 160)])) {
            return (sentence.text.count, .good)
        }
        // Every phrase starts with one of these letters (lowercased); no other letter lowercases to one of them.
        guard let first = c.asciiValue, Self.phraseInitials.contains(first | 0x20) else { return nil }
        // And, for an initial with no one-letter phrase, one of the second letters its phrases have.
        if let seconds = Self.phraseSeconds[first | 0x20] ?? nil, p + 1 < chars.count, let second = chars[p + 1].asciiValue,
           !seconds.contains(second >= 0x41 && second <= 0x5A ? second | 0x20 : second) {
            return nil
        }
        var window = String(chars[p..<min(chars.count, p + 24)]).lowercased()
        if window.utf8.contains(0xE2) { window = window.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-") }
        for phrase in phrases where window.hasPrefix(phrase) {
            let length = phrase.count
            let printed = chars[p..<(p + length)]
            let capital = printed.first?.isUppercase == true
            let single = phrase.count == 1 || phrase == "na"
            if single && !printed.allSatisfy({ !$0.isLetter || $0.isUppercase }) { continue }
            if context == .space && !capital && phrase != "n/a" { continue }
            if context == .camel {
                // Only a whole capitalised answer word before a capitalised word, a number, a tag or
                // punctuation ('thisYesThis', 'andYes<p>', 'theYes. Included', 'theYesA partial').
                guard !single, capital, p + length + 1 < chars.count else { continue }
                let f = chars[p + length], g = chars[p + length + 1]
                if f.isNumber || ".,;:<".contains(f) || f.isUppercase && (g.isLowercase || g == " ") { return (length, .good) }
                continue
            }
            if phrase == "no" && !capital { continue }
            guard p + length < chars.count else { return (length, .good) }
            let f = chars[p + length]
            // 'Compliant: Partially', 'Met: No': a label before the answer.
            if f == ":", phrase.hasSuffix("compliant") || phrase.hasSuffix("met") { return nil }
            if f == "\n" || ".,;:)–-—<".contains(f) { return (length, .good) }
            if f.isNumber, capital { return (length, .good) }
            if f.isLetter {
                // Glued to the next cell: 'YesThe policy', 'YPoint 3.2', 'YesCEO' (not 'Yesterday', not 'NHS').
                guard capital, f.isUppercase else { continue }
                if single, p + length + 1 < chars.count, chars[p + length + 1].isUppercase { continue }
                return (length, .good)
            }
            guard f == " " else { continue }
            var g = p + length
            while g < chars.count, chars[g] == " " { g += 1 }
            guard g < chars.count else { return (length, .good) }
            let next = chars[g]
            if next == "\n" || next.isUppercase || next.isNumber || "(\"'‘“•-–—<".contains(next) || boxes.contains(next) {
                return (length, .good)
            }
            if next.isLowercase, context != .space, lowercaseFollowOK.contains(phrase) { return (length, .lowercaseFollow) }
            continue
        }
        return nil
    }

    /// A run of checkboxes with their labels ('☒ Yes ☐ No'), if one box is ticked.
    private static func checkboxRun(_ chars: [Character], _ p: Int) -> Int? {
        var q = p
        var ticked = false
        while let (length, tick) = box(chars, q) {
            if tick { ticked = true }
            q += length
            while q < chars.count, chars[q] == " " { q += 1 }
            let window = String(chars[q..<min(chars.count, q + 16)]).lowercased()
            for label in ["partially", "partial", "not applicable", "n/a", "yes", "no"] where window.hasPrefix(label) {
                q += label.count
                break
            }
            while q < chars.count, chars[q] == " " { q += 1 }
        }
        return ticked ? q - p : nil
    }

    /// A checkbox at `q`: a box glyph, or a bracketed one ('[x]', '[X]', '[✓]', '[ ]'); its length and whether it is ticked.
    private static func box(_ chars: [Character], _ q: Int) -> (Int, Bool)? {
        guard q < chars.count else { return nil }
        let c = chars[q]
        if boxes.contains(c) { return (1, c != "☐" && c != "□" && c != "◻") }
        guard c == "[", q + 2 < chars.count, chars[q + 2] == "]" else { return nil }
        let mark = chars[q + 1]
        if mark == " " { return (3, false) }
        return "xX✓✔".contains(mark) ? (3, true) : nil
    }

    private static func wordsBefore(_ chars: [Character], _ p: Int) -> Int {
        Text.wordCount(String(chars[..<p]))
    }

    private static func split(_ chars: [Character], _ p: Int, _ length: Int) -> Split {
        let requirement = String(chars[..<p]).trimmingWhitespace()
        let answer = String(chars[p..<(p + length)]).trimmingWhitespace()
        var rest = chars[(p + length)...]
        var ownLine = true
        var k = rest.startIndex
        while k < rest.endIndex, rest[k] != "\n" {
            if !(rest[k].isWhitespace || rest[k].isPunctuation) { ownLine = false; break }
            k += 1
        }
        if ownLine { rest = rest[k...] }
        while let f = rest.first, f == " " || ".,;:–-—".contains(f) { rest = rest.dropFirst() }
        let atLineStart = p == 0 || chars[..<p].reversed().prefix(while: { $0 != "\n" }).allSatisfy { $0 == " " }
        return Split(requirement: requirement, answer: answer, rest: String(rest).trimmingWhitespace(),
                     ownLine: ownLine && atLineStart, atLineStart: atLineStart)
    }
}
