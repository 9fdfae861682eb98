import Assessment

/// Turns a row's answer cells into a normalised status, keeping the raw answer and the rule used.
///
/// - One answer column ('Comply: Yes / No'): the answer words at its start decide
///   (Yes / Partial / In part / No / N/A / glyphs / checkboxes); text there that is no answer is kept
///   as `status_text` with status blank.
/// - The 2022 form's two columns: text in 'Comply – Yes' means yes (unless it says in part or n/a);
///   text in 'Comply – No' means no unless it says 'in part' (partial) or n/a; text in both means partial.
enum StatusRule {
    struct Outcome: Equatable {
        var status: Status
        var statusText: String?
        var rule: String
        /// Yes-column text after its leading answer words (2022 form), used as evidence.
        var yesRemainder: String
    }

    static func single(_ cell: String) -> Outcome {
        let text = HTMLText.plain(cell)
        guard !text.isEmpty else { return Outcome(status: .blank, statusText: nil, rule: "no answer given", yesRemainder: "") }
        if let m = MultiAnswer.read(text) {
            return Outcome(status: m.status, statusText: clip(m.text), rule: m.rule, yesRemainder: "")
        }
        if let a = AnswerReader.answer(text) {
            return Outcome(status: a.status, statusText: clip(text), rule: "answer '\(clip(a.text, 30))' in the answer column", yesRemainder: "")
        }
        return Outcome(status: .blank, statusText: clip(text), rule: "answer column holds no recognisable answer", yesRemainder: "")
    }

    static func yesNo(yes yesCell: String, no noCell: String) -> Outcome {
        let yes = HTMLText.plain(yesCell), no = HTMLText.plain(noCell)
        let yesAnswer = AnswerReader.answer(yes), noAnswer = AnswerReader.answer(no)
        let yesRemainder = yesAnswer.map { String(yes.dropFirst(leadingLength(of: $0.text, in: yes))).trimmingLeadingPunctuation() } ?? yes
        switch (yes.isEmpty, no.isEmpty) {
        case (true, true):
            return Outcome(status: .blank, statusText: nil, rule: "no text in either answer column", yesRemainder: "")
        case (false, true):
            if let a = yesAnswer, a.status == .partial || a.status == .na {
                return Outcome(status: a.status, statusText: a.text, rule: "'\(clip(a.text, 30))' in the 'Comply – Yes' column", yesRemainder: yesRemainder)
            }
            if let a = yesAnswer, a.status == .no, Text.fold(yes).range(of: #"^no\s*([.;:,-]|$)"#, options: .regularExpression) != nil {
                return Outcome(status: .no, statusText: a.text, rule: "'No' written in the 'Comply – Yes' column", yesRemainder: yesRemainder)
            }
            return Outcome(status: .yes, statusText: yesAnswer?.text ?? firstClause(yes), rule: "text in the 'Comply – Yes' column", yesRemainder: yesRemainder)
        case (true, false):
            if let a = noAnswer, a.status == .partial || a.status == .na {
                return Outcome(status: a.status, statusText: firstClause(no), rule: "'\(clip(a.text, 30))' in the 'Comply – No' column", yesRemainder: "")
            }
            if Text.fold(firstClause(no)).contains("in part") {
                return Outcome(status: .partial, statusText: firstClause(no), rule: "'in part' in the 'Comply – No' column", yesRemainder: "")
            }
            return Outcome(status: .no, statusText: firstClause(no), rule: "text in the 'Comply – No' column", yesRemainder: "")
        case (false, false):
            if let a = yesAnswer, let b = noAnswer, a.status == b.status {
                return Outcome(status: a.status, statusText: a.text, rule: "same answer in both columns", yesRemainder: yesRemainder)
            }
            return Outcome(status: .partial, statusText: "\(yesAnswer?.text ?? firstClause(yes)) / \(firstClause(no))",
                           rule: "text in both the 'Comply – Yes' and 'Comply – No' columns", yesRemainder: yesRemainder)
        }
    }

    /// The first sentence or clause of a cell (up to 120 characters).
    static func firstClause(_ s: String) -> String {
        var out = ""
        let chars = Array(s)
        for (i, c) in chars.enumerated() {
            if c == "\n" { break }
            out.append(c)
            if ".;".contains(c), i + 1 == chars.count || chars[i + 1] == " " { break }
        }
        return clip(out.trimmingWhitespace())
    }

    static func clip(_ s: String, _ n: Int = 120) -> String {
        s.hasAtMost(n) ? s : String(s.prefix(n - 1)) + "…"
    }

    private static func leadingLength(of answer: String, in text: String) -> Int {
        // The answer text is a prefix of `text` after leading punctuation.
        guard let r = text.range(of: answer) else { return 0 }
        return text.distance(from: text.startIndex, to: r.upperBound)
    }
}

extension String {
    /// The string without leading punctuation and whitespace ('. Included in policy' -> 'Included in policy').
    func trimmingLeadingPunctuation() -> String {
        String(drop(while: { $0.isWhitespace || $0 == "." || $0 == "," || $0 == ";" || $0 == ":" || $0 == "-" || $0 == "–" })).trimmingWhitespace()
    }
}
