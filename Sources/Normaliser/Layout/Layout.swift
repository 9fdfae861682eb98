import Assessment

/// How a file lays out its self-assessment, chosen from its structure before any row is read.
///
/// - `table`: cells separated by tabs or pipes on most row lines (`text/tab-table`, `text/pipe-table`).
/// - `keyValue`: one block of labelled fields per provision (`text/key-value`).
/// - `flow`: no separators or labels; rows start at line-leading provision numbers, one cell per
///   paragraph (`text/paragraphs`) or cells run together (`text/glued`).
enum Layout: Equatable, Sendable {
    case table(CellSplitter)
    case keyValue
    case flow

    /// The layout name recorded in `Assessment.format` after `text/`, unless the reader refines it.
    var format: String {
        switch self {
        case .table(.tab): return "tab-table"
        case .table(.pipe): return "pipe-table"
        case .keyValue: return "key-value"
        case .flow: return "glued"
        }
    }

    /// The layout of one file's lines: a table when lines with two or more cells outnumber both
    /// field-label lines and line-leading provision numbers; else key-value blocks when labels
    /// (outside header blocks) are at least as many as entries; else flowing text when some line
    /// starts with a provision number.
    static func detect(_ lines: [SourceLine]) -> Layout {
        let splitter = Normaliser.splitter(for: lines)
        var tableRows = 0
        var labels = 0
        let headers = FieldLabel.headerBlocks(lines)
        for (i, line) in lines.enumerated() where (line.text.utf8.count <= 10_000 || line.text.count <= 10_000) && !line.isBlank && !headers.contains(i) {
            if splitter.cells(line.text).filter({ !$0.isEmpty }).count >= 2 {
                tableRows += 1
            } else if FieldLabel.isLabel(line.text) {
                labels += 1
            }
        }
        let flowStarts = FlowReader.starts(lines).count
        if tableRows >= 2, tableRows >= labels, tableRows >= flowStarts { return .table(splitter) }
        let entries = KeyValueReader.starts(lines).count
        if entries >= 1, labels >= 2, labels >= entries { return .keyValue }
        if flowStarts >= 1 { return .flow }
        return .table(splitter)
    }
}
