import Assessment

/// A logical table row being assembled from one or more physical lines.
struct RowDraft {
    /// A printed number that is a provision of the document's Code version.
    var printed: ProvisionNumber.Reading?
    /// A printed number that is not a provision of this version (e.g. '0.40').
    var strayNumber: String?
    /// Indices (into the document's line array) of the lines that make up the row.
    var lines: [Int] = []
    /// Cell fragments per column, in reading order.
    var fields: [ColumnRole: [String]] = [:]
    var section: Int?
    var stage: Int?
    /// The must/should group heading the row sits under, if any.
    var group: Obligation?
    /// True if the row's table has the 2022 form's separate Yes / No columns.
    var yesNoColumns = false
    /// Cells of a row laid out one per line (no column separators), in order.
    var verticalCells: [(line: Int, text: String)] = []
    var vertical = false
    /// True if some line of the row had fewer cells than its header (extraction dropped empty cells).
    var shortLines = false
    /// Why the row was started without a number, for the provision note.
    var origin: String?

    /// All fragments of one column joined (raw, before HTML cleaning).
    func raw(_ role: ColumnRole) -> String { (fields[role] ?? []).joined(separator: " ") }

    /// All text the row holds so far.
    var allText: String {
        fields.values.flatMap { $0 }.joined(separator: " ") + verticalCells.map(\.text).joined(separator: " ")
    }

    mutating func add(_ role: ColumnRole, _ text: String) {
        let t = text.trimmingWhitespace()
        guard !t.isEmpty else { return }
        fields[role, default: []].append(t)
    }

    /// Requirement text so far (vertical rows: the cells before the answer).
    var requirementSoFar: String {
        vertical ? verticalCells.map(\.text).joined(separator: " ") : raw(.requirement)
    }
}

/// A piece of a line that went into no response.
struct Fragment {
    let line: Int
    let text: String
    let reason: UnparsedReason
    let detail: String
}

/// What a line became.
enum LineRole: Equatable {
    case blank, heading, boilerplate
    case row
    case unparsed(UnparsedReason, String)
}
