import Assessment

/// The fields read from one segment: requirement, answer, evidence, commentary, action, and the text
/// that went into none of them (with the reason).
struct RowFields {
    /// How the row was laid out, for `documents.format`.
    enum Style: String {
        case tabTable = "tab-table", pipeTable = "pipe-table", table, keyValue = "key-value", paragraphs, glued
    }

    var requirement = ""
    var evidence = ""
    var commentary = ""
    var action = ""
    var outcome = StatusRule.Outcome(status: .blank, statusText: nil, rule: "no answer given", yesRemainder: "")
    var fragments: [Fragment] = []
    var style: Style = .table

    struct Fragment {
        var unit: Int
        var text: String
        var reason: UnparsedReason
        var detail: String
        /// True if the fragment is the unit's whole text (the line then counts as unparsed, not as a response line).
        var whole = false
    }

    static func join(_ parts: [String], _ separator: String = "\n") -> String {
        parts.filter { !$0.isEmpty }.joined(separator: separator)
    }
}
