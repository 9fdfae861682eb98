import Assessment

/// Extracts improvement actions from a response: from the action column (2022 form) and from evidence or
/// commentary sentences that describe future work.
///
/// - A cell with bracketed targets is split at each target (see `TargetBrackets`): "A [Target 01/08/2022 -
///   Owner] B [Target …]" is two actions, each with its date and owner. A target that opens the action
///   column belongs to the last future-work sentence of the evidence or commentary that has no target.
/// - An action column without targets is one action; its date is the likeliest target date in it.
/// - In evidence and commentary, each sentence matching a future-work phrase ("to be rolled out", "need to
///   update", "will be introduced", "we are developing", "will … in September 2025") is an action, with the
///   likeliest date in the sentence (see `DateFinder`). Gap statements ("not currently", "draft") are not
///   actions. A sentence whose words are almost all in an action-column item repeats it and is dropped.
/// - `overdue` is true when the end of the target's period (day, month, year) is before `assessedOn`.
///
/// Actions come in column order: evidence, commentary, action.
public enum ActionExtractor {
    /// Share of a sentence's content words that must appear in an action-column item for it to be a repeat.
    static let repeatShare = 0.75

    /// The actions of `response`.
    ///
    /// - Parameters:
    ///   - response: a normalised response.
    ///   - assessedOn: the assessment date (e.g. `SimpleDate.fromPeriod(period)`); nil leaves `overdue` nil.
    public static func extract(_ response: Response, assessedOn: SimpleDate?) -> [ActionItem] {
        extract(response, assessedOn: assessedOn, fields: nil)
    }

    /// `extract(_:assessedOn:)` reading the evidence and commentary from `fields` when given (tokenized once for
    /// every detector).
    static func extract(_ response: Response, assessedOn: SimpleDate?, fields: ResponseFields?) -> [ActionItem] {
        var textItems: [TargetBrackets.Segment] = []
        let evidence = response.evidence.trimmingWhitespace, commentary = response.commentary.trimmingWhitespace
        for text in [evidence, commentary == evidence ? "" : commentary] where !text.isEmpty {
            if let segments = TargetBrackets.segments(text) {
                textItems += segments.filter { !$0.description.isEmpty }
            } else {
                textItems += futureWork(in: fields?.all.first { $0.text.text == text }?.text ?? TokenizedText(text))
            }
        }
        var actionItems: [TargetBrackets.Segment] = []
        let action = response.action.trimmingWhitespace
        if let segments = TargetBrackets.segments(action) {
            for segment in segments {
                if segment.description.isEmpty {
                    if let index = textItems.lastIndex(where: { $0.target == nil }) {
                        textItems[index].target = segment.target
                        textItems[index].owner = segment.owner
                    }
                } else {
                    actionItems.append(segment)
                }
            }
        } else if action.contains(where: \.isLetter) {
            actionItems.append(TargetBrackets.Segment(description: action, target: DateFinder.target(in: action),
                                                      owner: nil))
        }
        textItems.removeAll { item in actionItems.contains { isRepeat(item.description, of: $0.description) } }
        return (textItems + actionItems).map { item(from: $0, assessedOn: assessedOn) }
    }

    /// The sentences of `text` that describe future work, as actions without owner.
    static func futureWork(in text: String) -> [TargetBrackets.Segment] {
        futureWork(in: TokenizedText(text))
    }

    static func futureWork(in tokenized: TokenizedText) -> [TargetBrackets.Segment] {
        var starts = Set<Int>()
        return HedgeRules.futureWorkHits(in: tokenized).compactMap { hit in
            let sentence = tokenized.sentenceRange(of: hit.range.lowerBound)
            guard starts.insert(sentence.lowerBound).inserted else { return nil }
            let description = tokenized.original(sentence)
            return TargetBrackets.Segment(description: description, target: DateFinder.target(in: description),
                                          owner: nil)
        }
    }

    static func isRepeat(_ sentence: String, of action: String) -> Bool {
        let words = contentWords(sentence)
        guard !words.isEmpty else { return true }
        let actionWords = Set(contentWords(action))
        return Double(words.filter(actionWords.contains).count) / Double(words.count) >= repeatShare
    }

    static func contentWords(_ text: String) -> [String] {
        TokenizedText(text).tokens.map(\.lower).filter {
            !GenericEvidence.stopWords.contains($0) && !["not", "currently", "to", "be", "will", "new"].contains($0)
        }
    }

    static func item(from segment: TargetBrackets.Segment, assessedOn: SimpleDate?) -> ActionItem {
        let target = segment.target
        var overdue: Bool?
        if let target, let assessedOn, let end = SimpleDate.endOfTarget(target.iso) { overdue = end < assessedOn }
        return ActionItem(description: segment.description, targetDate: target?.iso, precision: target?.precision,
                          owner: segment.owner, overdue: overdue)
    }
}
