/// Splits a cell of actions written with bracketed targets, as in the 2022 form:
/// `Do A. [Target 01/08/2022 - Owner] Do B. [Target 31/08/2022 – Other owner]`.
///
/// A bracket is a target when it starts with "Target", "Due", "Deadline" or "By", or holds a date. Each
/// target closes the text before it: that text is the action, the bracket gives its date and owner (the
/// bracket's words other than the keyword and the date). A target with no text before it (a cell that
/// starts with a bracket) is an orphan: it belongs to an action written in another column. Text after the
/// last target is an action without a target.
enum TargetBrackets {
    /// One action of the cell.
    struct Segment: Equatable {
        /// The action's words, trimmed; "" for an orphan target.
        var description: String
        var target: DateMention?
        var owner: String?
    }

    static let keywords = ["target", "due", "deadline", "by"]

    /// A bracketed segment; compiled once (a regex literal is parsed each time it is evaluated).
    nonisolated(unsafe) private static let bracket = #/\[([^\[\]]*)\]/#

    /// The segments of `text`, or nil when it has no target bracket.
    static func segments(_ text: String) -> [Segment]? {
        var segments: [Segment] = []
        var cursor = text.startIndex
        guard text.contains("[") else { return nil }
        for match in text.matches(of: Self.bracket) {
            let content = String(match.1)
            let lower = content.lowercased().trimmingWhitespace
            let date = DateFinder.find(in: content).first
            guard date != nil || keywords.contains(where: { lower.hasPrefix($0) }) else { continue }
            segments.append(Segment(description: clean(text[cursor..<match.range.lowerBound]), target: date,
                                    owner: owner(in: content, date: date)))
            cursor = match.range.upperBound
        }
        guard !segments.isEmpty else { return nil }
        let rest = clean(text[cursor...])
        if rest.contains(where: \.isLetter) { segments.append(Segment(description: rest, target: nil, owner: nil)) }
        return segments
    }

    /// The bracket's words without its keyword and date, trimmed of dashes and punctuation; nil if none remain.
    static func owner(in content: String, date: DateMention?) -> String? {
        var rest = content
        if let date { rest = String(content[..<date.range.lowerBound]) + " " + String(content[date.range.upperBound...]) }
        var words = rest.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if let first = words.first, keywords.contains(first.lowercased().filter(\.isLetter)) { words.removeFirst() }
        let owner = trimPunctuation(words.joined(separator: " "))
        return owner.contains(where: \.isLetter) ? owner : nil
    }

    static func clean(_ text: Substring) -> String { trimPunctuation(String(text), keepingFinalStop: true) }

    /// `text` without surrounding whitespace, dashes, colons, commas and semicolons (and full stops unless kept).
    static func trimPunctuation(_ text: String, keepingFinalStop: Bool = false) -> String {
        let strip: (Character) -> Bool = { $0.isWhitespace || "-–—:;,".contains($0) || (!keepingFinalStop && $0 == ".") }
        var s = Substring(text)
        while let f = s.first, strip(f) || f == "." { s = s.dropFirst() }
        while let l = s.last, strip(l) { s = s.dropLast() }
        return String(s)
    }
}
