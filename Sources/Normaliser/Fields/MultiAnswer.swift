import Assessment

/// One answer per merged organisation in one answer place (`Riverside: Yes` / `Hillside: Partial`,
/// `Yes (Riverside); No (Hillside)`): when every organisation answers alike the answer is theirs;
/// when they differ the provision is complied with in part, and the rule says so.
///
/// ```swift
/// MultiAnswer.read("North Homes: Yes\nSouth Homes: Yes")  // (.yes, …)
/// MultiAnswer.read("North Homes: Yes\nSouth Homes: No")   // (.partial, …, "answers differ: North Homes yes, South Homes no")
/// MultiAnswer.read("Yes")                                  // nil (one answer)
/// ```
enum MultiAnswer {
    struct Answer: Equatable {
        let status: Status
        let text: String
        let rule: String
    }

    /// The organisations' answers in `text`, or nil unless at least two named parts each hold an answer.
    static func read(_ text: String) -> Answer? {
        // Two parts need a line break or a semicolon between them.
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x3B }) else { return nil }
        let parts = split(text)
        guard parts.count >= 2, parts.count <= 8 else { return nil }
        var named: [(String, Status)] = []
        for part in parts {
            guard let pair = namedAnswer(part) else { return nil }
            named.append(pair)
        }
        let statuses = Set(named.map(\.1))
        let listing = named.map { "\($0.0) \($0.1.rawValue)" }.joined(separator: ", ")
        if statuses.count == 1, let only = statuses.first {
            return Answer(status: only, text: parts.joined(separator: "; "), rule: "the same answer for each organisation (\(listing))")
        }
        return Answer(status: .partial, text: parts.joined(separator: "; "),
                      rule: "answers differ between organisations (\(listing)): complied with in part")
    }

    private static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == ";" }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// 'Name: answer', 'Name – answer' or 'answer (Name)'.
    private static func namedAnswer(_ part: String) -> (String, Status)? {
        for separator in [":", " – ", " - ", " — "] {
            guard let r = Text.range(of: separator, in: part) else { continue }
            let name = part[..<r.lowerBound].trimmingWhitespace()
            let value = part[r.upperBound...].trimmingWhitespace()
            guard isName(name), let a = AnswerReader.answer(value) else { continue }
            return (name, a.status)
        }
        if let open = part.firstIndex(of: "("), part.hasSuffix(")") {
            let name = part[part.index(after: open)..<part.index(before: part.endIndex)].trimmingWhitespace()
            let value = part[..<open].trimmingWhitespace()
            if isName(name), let a = AnswerReader.answer(value), value.count <= a.text.count + 2 { return (name, a.status) }
        }
        return nil
    }

    /// A short capitalised name that is not itself an answer or a field label.
    private static func isName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard (1...6).contains(words.count), Text.startsWithCapital(s), AnswerReader.answer(s) == nil,
              FieldLabel.alone(s) == nil, ColumnRole(label: s) == nil else { return false }
        return true
    }
}
