/// The rows of each landlord's latest assessment per Code version, and the documents left out.
///
/// ```swift
/// let selection = Comparison.latestSelection(rows)
/// selection.rows      // what sector figures are computed from
/// selection.excluded  // older documents, with the document that replaced each
/// ```
public struct LatestSelection: Sendable, Hashable, Codable {
    /// The kept rows, sorted by Code version, landlord id, provision, document id.
    public let rows: [AnswerRow]
    /// Documents left out, sorted by Code version, landlord id, document id.
    public let excluded: [ExcludedDocument]

    /// Creates a selection from already-chosen rows.
    ///
    /// ```swift
    /// LatestSelection(rows: kept, excluded: [])
    /// ```
    ///
    /// - Parameters:
    ///   - rows: The kept rows.
    ///   - excluded: The documents left out.
    public init(rows: [AnswerRow], excluded: [ExcludedDocument]) {
        self.rows = rows
        self.excluded = excluded
    }
}
