import Assessment

/// Line kinds for layouts without column separators (key-value blocks, paragraphs, glued text),
/// where a whole line is one cell and evidence text can start like a caption.
extension LineClassifier {
    /// The kind of a line read as one cell. A section caption must look like a title ('Section 2:
    /// Exclusions', not 'Section 4 of the policy.'); a line of column labels run together
    /// ('Code provision Code requirement Comply Evidence') or a single label is a header.
    func classifyText(_ raw: String) -> LineKind {
        let text = raw.trimmingWhitespace()
        let kind = classify([text], raw: raw)
        switch kind {
        case .sectionCaption(_, let title):
            let t = Text.strippingMarkup(title).trimmingWhitespace()
            if t.isEmpty || (Text.startsWithCapital(t) && !t.hasSuffix(".") && Text.wordCount(t) <= 10) { return kind }
            return .content
        case .content:
            // Column labels run together, or one label per line ('Code provision', 'Comply: Yes / No').
            let label = Self.isRunTogetherHeader(text) || FieldLabel.alone(text) != nil || FieldLabel.numberLabelOnly.matches(Text.strippingMarkup(text))
            return label ? .header(TableHeader(roles: [], line: 0)) : .content
        default:
            return kind
        }
    }

    static let headerLineWords = ColumnRole.headerWords.union(["do", "we", "comply", "our", "explanation", "with"])

    /// Column labels with their separators lost: three or more header words, naming the requirement,
    /// the answer or the evidence.
    static func isRunTogetherHeader(_ text: String) -> Bool {
        guard text.hasAtMost(160) else { return false }
        let words = Text.fold(Text.strippingMarkup(text)).split(whereSeparator: { !$0.isLetterFast }).map(String.init)
        guard words.count >= 3, words.allSatisfy({ headerLineWords.contains($0) }) else { return false }
        // Labels of at least two columns ('Do we comply? Yes' is one label and its answer).
        let columns: [(String) -> Bool] = [{ $0.hasPrefix("requirement") }, { $0 == "comply" || $0 == "compliance" }, { $0 == "evidence" },
                                           { $0 == "commentary" || $0.hasPrefix("explanation") || $0 == "comments" }, { $0 == "provision" || $0 == "section" },
                                           { $0.hasPrefix("action") }]
        return columns.filter { test in words.contains(where: test) }.count >= 2
    }
}
