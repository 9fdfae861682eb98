import Testing

/// A way of laying out a self-assessment that real documents use; the generator rewrites every corpus document
/// into each one, and the normaliser must read each back at the accuracy in `FamilyThresholds`.
enum LayoutFamily: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case tabTable = "tab-table"
    case pipeTable = "pipe-table"
    case gridTable = "grid-table"
    case pipeBrokenRows = "pipe-broken-rows"
    case glued
    case singleSpace = "single-space"
    case cellPerLine = "cell-per-line"
    case cellPerParagraph = "cell-per-paragraph"
    case keyValueLines = "key-value-lines"
    case labelColon = "label-colon"
    case upperCaseLabels = "upper-case-labels"
    case sentenceAnswers = "sentence-answers"
    case answerWords = "answer-words"
    case answerMarks = "answer-marks"
    case rowsPerLine = "rows-per-line"
    case mixed
    case lostNumbers = "lost-numbers"
    case pageChrome = "page-chrome"
    case quotedClauses = "quoted-clauses"
    case reportNarrative = "report-narrative"

    var testDescription: String { rawValue }

    /// One line on what the family's documents look like (the README table's second column).
    var summary: String {
        switch self {
        case .tabTable: "cells separated by tabs; the 2022 form keeps its Comply – Yes / Comply – No / Action columns"
        case .pipeTable: "markdown pipe table with a |---| rule"
        case .gridTable: "markdown grid table: +---+ borders, cells wrapped over several lines"
        case .pipeBrokenRows: "pipe table whose long rows are broken over two lines, some just before the answer cell"
        case .glued: "cells run together with no separator: 1.2 Requirement.YesEvidence"
        case .singleSpace: "cells separated by one space"
        case .cellPerLine: "one cell per line, no blank lines"
        case .cellPerParagraph: "one cell per paragraph, blank lines between cells"
        case .keyValueLines: "labelled fields, each label on its own line above its value"
        case .labelColon: "`Label: value` lines"
        case .upperCaseLabels: "labelled fields with upper-case labels"
        case .sentenceAnswers: "answers written as a sentence (We comply. / We do not currently comply.)"
        case .answerWords: "answer words other than Yes/No (Y/N, Compliant, Met / Not met)"
        case .answerMarks: "ticks, crosses and checkboxes (✓ ✗ ☒ Yes ☐ No)"
        case .rowsPerLine: "two or three rows run together on one line, as PDF extraction gives"
        case .mixed: "a pipe table, glued text and key-value blocks in one file"
        case .lostNumbers: "every third row's number cell empty or absent"
        case .pageChrome: "site menus, cookie banners and search boxes above the title; page numbers and repeated headers mid-table"
        case .quotedClauses: "evidence quoting policy clauses (2.1 A complaint is…, section 3.2, 5.5%, 2.1.9, dates)"
        case .reportNarrative: "an annual report with numbered headings and figures before the self-assessment"
        }
    }
}
