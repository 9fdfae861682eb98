/// The section-finding pass of `EvidenceRefExtractor` over one text.
struct SectionScanner {
    let text: TokenizedText
    let documents: [DocumentMention]
    /// References found, with the token index where each construction starts.
    var found: [(position: Int, ref: EvidenceRef)] = []
    /// Start indexes of documents that a section reference used.
    var usedDocuments = Set<Int>()
    /// Tokens already read as part of a reference.
    var consumed = Set<Int>()

    var tokens: [Token] { text.tokens }

    init(text: TokenizedText, documents: [DocumentMention]) {
        self.text = text
        self.documents = documents
    }

    mutating func scan() {
        for index in tokens.indices where !consumed.contains(index) {
            if EvidenceRefExtractor.sectionWords.contains(tokens[index].lower) {
                keyword(at: index)
            } else if tokens[index].isDottedNumber {
                bareNumber(at: index)
            } else if tokens[index].quoted {
                quotedHeading(at: index)
            }
        }
    }

    /// `section 3.7 (of the Policy)`, `section 8, paragraph 6`, `section 'Next steps'`.
    private mutating func keyword(at index: Int) {
        var numbers = numberList(from: index + 1)
        var end = numbers.end
        if numbers.items.isEmpty, index + 1 < tokens.count, let quote = tokens[index + 1].quote,
           tokens[index + 1].sentence == tokens[index].sentence {
            end = index + 1
            while end < tokens.count, tokens[end].quote == quote { end += 1 }
            numbers.items = [text.original(index + 1..<end)]
        }
        guard !numbers.items.isEmpty else { return }
        if end + 1 < tokens.count, ["paragraph", "para"].contains(tokens[end].lower), numbers.items.count == 1 {
            let paragraph = numberList(from: end + 1)
            if let first = paragraph.items.first {
                numbers.items = [numbers.items[0] + " paragraph " + first]
                end = paragraph.end
            }
        }
        let (document, documentEnd) = documentAfter(end) ?? nearestDocument(to: index, end: end)
        let span = adjacentSpan(start: index, end: max(end, documentEnd), document: document)
        record(numbers.items, document: document, position: span.lowerBound, text: text.originalKeepingQuotes(span),
               tokens: index..<end)
    }

    /// `Customer Feedback Policy 6.2/6.3`, `3.6.5 of the Complaints Policy`, or a dotted number in a
    /// sentence naming a document.
    private mutating func bareNumber(at index: Int) {
        let previous = index > 0 ? tokens[index - 1].lower : ""
        let numbers = numberList(from: index)
        if let document = documents.first(where: { $0.range.upperBound == index }),
           tokens[document.range.lowerBound].sentence == tokens[index].sentence,
           text.text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
               .allSatisfy({ " ,:(".contains($0) }) {
            var quoted = text.original(document.range.lowerBound..<numbers.end)
            let after = tokens[numbers.end - 1].range.upperBound
            if quoted.contains("("), after < text.text.endIndex, text.text[after] == ")" { quoted += ")" }
            record(numbers.items, document: document, position: document.range.lowerBound, text: quoted,
                   tokens: index..<numbers.end)
            return
        }
        if let (document, documentEnd) = documentAfter(numbers.end) {
            record(numbers.items, document: document, position: index,
                   text: text.original(index..<documentEnd), tokens: index..<numbers.end)
            return
        }
        let next = numbers.end < tokens.count ? tokens[numbers.end].lower : ""
        guard !["as", "provision", "provisions", "code"].contains(previous),
              !(index > 1 && previous == "at" && tokens[index - 2].lower == "as"),
              !["above", "below"].contains(next) else { return }
        let sentence = text.sentenceRange(of: index)
        let inSentence = documents.filter { sentence.contains($0.range.lowerBound) }
        guard let document = inSentence.last(where: { $0.range.upperBound <= index }) ?? inSentence.first
        else { return }
        record(numbers.items, document: document, position: index, text: text.original(index..<numbers.end),
               tokens: index..<numbers.end)
    }

    /// `'Definition of a complaint' section (of our policy)`, `'A' and 'B' sections`.
    private mutating func quotedHeading(at index: Int) {
        guard let quote = tokens[index].quote, index == 0 || tokens[index - 1].quote != quote else { return }
        var headings: [(String, Range<Int>)] = []
        var cursor = index
        while cursor < tokens.count, let current = tokens[cursor].quote {
            var end = cursor
            while end < tokens.count, tokens[end].quote == current { end += 1 }
            headings.append((text.original(cursor..<end), cursor..<end))
            cursor = end
            if cursor + 1 < tokens.count, tokens[cursor].lower == "and", tokens[cursor + 1].quoted { cursor += 1 }
        }
        guard cursor < tokens.count, ["section", "sections"].contains(tokens[cursor].lower),
              tokens[cursor].sentence == tokens[index].sentence else { return }
        let keywordEnd = cursor + 1
        let (document, documentEnd) = documentAfter(keywordEnd) ?? nearestDocument(to: index, end: keywordEnd)
        let span = adjacentSpan(start: index, end: max(keywordEnd, documentEnd), document: document)
        record(headings.map(\.0), document: document, position: index, text: text.originalKeepingQuotes(span),
               tokens: index..<keywordEnd)
    }

    private mutating func record(_ sections: [String], document: DocumentMention?, position: Int, text: String,
                                 tokens range: Range<Int>) {
        for section in sections {
            found.append((position, EvidenceRef(document: document?.name, section: section, text: text)))
        }
        if let document { usedDocuments.insert(document.range.lowerBound) }
        consumed.formUnion(range)
    }

    /// A list of numbers starting at `index`: `6.2/6.3`, `12, 13, 14`, `14 and 16`, `12 to 16`.
    private func numberList(from index: Int) -> (items: [String], end: Int) {
        guard index < tokens.count, tokens[index].isNumber, !tokens[index].isYear,
              index == 0 || tokens[index].sentence == tokens[index - 1].sentence || tokens[index].isDottedNumber
        else { return ([], index) }
        var items = [tokens[index].lower]
        var end = index + 1
        while end < tokens.count, tokens[end].sentence == tokens[end - 1].sentence {
            let between = text.text[tokens[end - 1].range.upperBound..<tokens[end].range.lowerBound]
            let separator = between.trimmingSpaces
            if tokens[end].isNumber, !tokens[end].isYear, separator.allSatisfy({ ",/& ".contains($0) }) {
                items.append(tokens[end].lower)
                end += 1
            } else if tokens[end].isNumber, ["-", "–"].contains(separator), let last = items.popLast() {
                items.append(last + "-" + tokens[end].lower)
                end += 1
            } else if end + 1 < tokens.count, ["and", "to"].contains(tokens[end].lower), tokens[end + 1].isNumber,
                      !tokens[end + 1].isYear, tokens[end + 1].sentence == tokens[end].sentence {
                if tokens[end].lower == "to", let last = items.popLast() {
                    items.append(last + "-" + tokens[end + 1].lower)
                } else {
                    items.append(tokens[end + 1].lower)
                }
                end += 2
            } else {
                break
            }
        }
        return (items, end)
    }

    /// The document in `of (the|our|its) DOCUMENT` starting at `index`, with the end of the construction.
    private func documentAfter(_ index: Int) -> (DocumentMention, Int)? {
        guard index < tokens.count, tokens[index].lower == "of" else { return nil }
        var start = index + 1
        if start < tokens.count, ["the", "our", "its", "this", "their"].contains(tokens[start].lower) { start += 1 }
        guard let document = documents.first(where: { $0.range.lowerBound == start }) else { return nil }
        return (document, document.range.upperBound)
    }

    /// The document a section at `index` belongs to when none is named with it (see `EvidenceRefExtractor`).
    private func nearestDocument(to index: Int, end: Int) -> (DocumentMention?, Int) {
        let sentence = text.sentenceRange(of: index)
        if let before = documents.last(where: { $0.range.upperBound <= index && sentence.contains($0.range.lowerBound) }) {
            return (before, end)
        }
        if let after = documents.first(where: { $0.range.lowerBound >= end && sentence.contains($0.range.lowerBound) }) {
            return (after, end)
        }
        return (documents.last(where: { $0.range.upperBound <= index }), end)
    }

    /// The token span to quote: the keyword construction, widened to a document right before it.
    private func adjacentSpan(start: Int, end: Int, document: DocumentMention?) -> Range<Int> {
        if let document, document.range.upperBound == start { return document.range.lowerBound..<end }
        return start..<end
    }
}
