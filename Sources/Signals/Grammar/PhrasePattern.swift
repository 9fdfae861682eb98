/// A small phrase grammar: a sequence of word slots matched against the tokens of one sentence.
///
/// Items are separated by spaces:
/// - `to`, `will|shall`, `@verbPast`, `develop*`, `#year` — one word from the set (`WordSet`);
/// - a trailing `?` makes the slot optional (`currently?`);
/// - `...N` skips up to N words (shortest first);
/// - `!a|b` requires that the next word is not one of these (consumes nothing);
/// - `^` / `$` anchor at the start / end of the sentence.
///
/// ```swift
/// PhrasePattern("to be @verbPast out?").matches(in: TokenizedText("Training to be rolled out."))  // [1..<5]
/// ```
struct PhrasePattern: Sendable, CustomStringConvertible {
    enum Element: Sendable {
        case words(WordSet, optional: Bool)
        case gap(Int)
        case notNext(WordSet)
        case sentenceStart
        case sentenceEnd
    }

    let elements: [Element]
    /// The pattern as written.
    let description: String
    /// The word sets of the required slots that accept listed words only: a text matches only if it has a
    /// word of each (a quick test that skips most patterns on most texts).
    let required: [Set<String>]
    /// `required` by word number (`PatternWords`), each with its highest number.
    let requiredNumbers: [(numbers: [Int], highest: Int)]

    /// Parses the pattern notation described above.
    init(_ spec: String) {
        description = spec
        elements = spec.split(separator: " ").map(Self.element)
        required = elements.compactMap { element in
            guard case let .words(set, optional: false) = element, set.prefixes.isEmpty, !set.years else { return nil }
            return set.exact
        }
        requiredNumbers = required.map { set in
            let numbers = PatternWords.shared.register(set)
            return (numbers, numbers.max() ?? -1)
        }
    }

    static func element(_ item: Substring) -> Element {
        if item == "^" { return .sentenceStart }
        if item == "$" { return .sentenceEnd }
        if item.hasPrefix("...") { return .gap(Int(item.dropFirst(3)) ?? 3) }
        if item.hasPrefix("!") { return .notNext(WordSet(item.dropFirst())) }
        if item.count > 1, item.hasSuffix("?") { return .words(WordSet(item.dropLast()), optional: true) }
        return .words(WordSet(item), optional: false)
    }

    /// Every match, as token-index ranges, in order of start (matches may overlap).
    func matches(in text: TokenizedText) -> [Range<Int>] {
        matches(in: text, quickTest: true)
    }

    /// `matches(in:)`, with or without the quick test of the required words (which only skips texts that cannot match).
    func matches(in text: TokenizedText, quickTest: Bool) -> [Range<Int>] {
        let presence = quickTest ? text.patternWords : PatternWords.Presence(bits: [], known: 0)
        for (k, slot) in requiredNumbers.enumerated() where quickTest {
            let found = slot.highest < presence.known ? slot.numbers.contains(where: presence.contains)
                : !required[k].isDisjoint(with: text.words)
            if !found { return [] }
        }
        return text.tokens.indices.compactMap { start in
            guard let end = match(text, element: 0, at: start, sentence: text.tokens[start].sentence),
                  end > start else { return nil }
            return start..<end
        }
    }

    /// The end (exclusive) of a match of `elements[element...]` starting at token `index`, or nil.
    private func match(_ text: TokenizedText, element: Int, at index: Int, sentence: Int) -> Int? {
        guard element < elements.count else { return index }
        let tokens = text.tokens
        let inSentence = index < tokens.count && tokens[index].sentence == sentence
        switch elements[element] {
        case let .words(set, optional):
            if inSentence, set.contains(tokens[index]),
               let end = match(text, element: element + 1, at: index + 1, sentence: sentence) {
                return end
            }
            return optional ? match(text, element: element + 1, at: index, sentence: sentence) : nil
        case let .gap(limit):
            for skip in 0...max(0, limit) {
                let next = index + skip
                if skip > 0, !(next - 1 < tokens.count && tokens[next - 1].sentence == sentence) { break }
                if let end = match(text, element: element + 1, at: next, sentence: sentence) { return end }
            }
            return nil
        case let .notNext(set):
            if inSentence, set.contains(tokens[index]) { return nil }
            return match(text, element: element + 1, at: index, sentence: sentence)
        case .sentenceStart:
            guard index == 0 || tokens[index - 1].sentence != sentence else { return nil }
            return match(text, element: element + 1, at: index, sentence: sentence)
        case .sentenceEnd:
            guard !inSentence else { return nil }
            return match(text, element: element + 1, at: index, sentence: sentence)
        }
    }
}
