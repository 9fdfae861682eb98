/// What a table column holds, read from its header label.
public enum ColumnRole: String, Sendable, Hashable {
    case number, requirement
    /// A single answer column ('Comply: Yes / No', 'Do we comply?').
    case comply
    /// The 2022 form's 'Comply – Yes (with evidence, commentary…)' column: any text here answers yes.
    case complyYes
    /// The 2022 form's 'Comply – No' column: any text here answers no unless it says 'in part'.
    case complyNo
    case evidence, commentary, action, unknown

    /// The role named by a header label, or nil if the label names no known column.
    ///
    /// ```swift
    /// ColumnRole(label: "Comply – No")         // .complyNo
    /// ColumnRole(label: "Commentary / explanation") // .commentary
    /// ```
    public init?(label: String) {
        // More than 14 words cannot be a label: counted on the bytes, with '*', '_' and every non-ASCII byte taken as
        // part of a word (so stripping markup or folding can only leave as many words or more).
        guard Self.wordRuns(label) <= 14 else { return nil }
        let l = Text.fold(Text.strippingMarkup(label))
        let words = l.split(whereSeparator: { !$0.isLetterFast }).map(String.init)
        if l == "#" { self = .number; return }
        guard !words.isEmpty, words.count <= 14 else { return nil }
        let has = { (w: String) in words.contains(w) }
        let answerWord = words.contains { Vocabulary.answerLabelWords.contains($0) } || Text.contains(l, "yes / no") || Text.contains(l, "yes/no")
        if answerWord, let pair = Self.yesNoColumn(l) { self = pair; return }
        if has("evidence") || words.first == "how" { self = .evidence; return }
        if words.contains(where: { Vocabulary.requirementLabelWords.contains($0) }) || (has("code") && (has("says") || has("text"))) {
            self = .requirement; return
        }
        if answerWord { self = .comply; return }
        if words.count <= 3, words.allSatisfy({ Vocabulary.numberLabelWords.contains($0) }) { self = .number; return }
        if words.contains(where: { Vocabulary.commentaryLabelWords.contains($0) }) { self = .commentary; return }
        if words.contains(where: { Vocabulary.actionLabelWords.contains($0) }) || Text.contains(l, "next steps") { self = .action; return }
        return nil
    }

    /// Runs of ASCII letters, '*', '_' and non-ASCII bytes in `text` (at most the number of words it holds).
    static func wordRuns(_ text: String) -> Int {
        var runs = 0, inRun = false
        for b in text.utf8 {
            let l = b | 0x20
            let part = (l >= 0x61 && l <= 0x7A) || b == 0x2A || b == 0x5F || b >= 0x80
            if part, !inRun { runs += 1 }
            inRun = part
        }
        return runs
    }

    /// The 2022 form's separate answer columns: 'Comply – Yes (with evidence…)', 'Comply – No'.
    private static func yesNoColumn(_ l: String) -> ColumnRole? {
        // Both patterns need 'compl'.
        guard Text.containsBytes(l, "compl") || l.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        if l.range(of: #"(comply|compliant)\s*[-–—:]?\s*no\b"#, options: .regularExpression) != nil, !l.contains("yes") { return .complyNo }
        if l.range(of: #"(comply|compliant)\s*[-–—:]?\s*yes\b"#, options: .regularExpression) != nil, !l.contains("/") { return .complyYes }
        return nil
    }
}

extension ColumnRole {
    /// Words header labels are made of ('Code provision', 'Comply: Yes / No', 'Evidence', 'Commentary / explanation').
    static let headerWords: Set<String> = ["section", "provision", "requirement", "requirements", "comply", "evidence", "commentary",
                                           "explanation", "explanations", "action", "actions", "yes", "no", "status", "notes",
                                           "code", "any", "and", "ref", "number", "compliance", "comments"]
}

/// A table header: the role of each column, by position.
public struct TableHeader: Sendable, Hashable {
    public var roles: [ColumnRole]
    public var line: Int

    public init(roles: [ColumnRole], line: Int) {
        self.roles = roles
        self.line = line
    }

    /// True if the header has a column for the provision number.
    public var hasNumber: Bool { roles.first == .number }
    /// True if the header has the 2022 form's separate Yes / No answer columns.
    public var hasYesNoColumns: Bool { roles.contains(.complyYes) || roles.contains(.complyNo) }
    /// Roles of the columns after the number column.
    public var bodyRoles: [ColumnRole] { hasNumber ? Array(roles.dropFirst()) : roles }

    /// Default columns when a table has no recognisable header: by the number of cells.
    public static func assumed(cells: Int, line: Int) -> TableHeader {
        switch cells {
        case ...2: return TableHeader(roles: [.number, .requirement], line: line)
        case 3: return TableHeader(roles: [.number, .requirement, .comply], line: line)
        case 4: return TableHeader(roles: [.number, .requirement, .comply, .evidence], line: line)
        default: return TableHeader(roles: [.number, .requirement, .comply, .evidence, .commentary] + Array(repeating: .unknown, count: cells - 5), line: line)
        }
    }
}
