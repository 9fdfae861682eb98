import Assessment
import Comparison

/// Renders common non-compliance: provisions ranked by the share of landlords not fully compliant,
/// with each such landlord's own words.
public enum GapTables {
    /// What a landlord said about a provision, in full, with where it said it.
    public struct Words: Sendable, Hashable {
        public var text: String
        public var sourcePath: String
        public var lineStart: Int
        public init(text: String, sourcePath: String, lineStart: Int) {
            self.text = text
            self.sourcePath = sourcePath
            self.lineStart = lineStart
        }
    }

    /// One row per (provision, landlord not fully compliant), provisions in rank order. `rank` is the provision's
    /// place within its own Code version (each version's most common gap is rank 1). `their_words` holds the full
    /// text; only a terminal table cuts it to its column width.
    ///
    /// ```swift
    /// GapTables.table(try dataset.rankedNonCompliance(adjusted: true), summary: { _, _ in nil }, words: { _, _ in nil })
    /// ```
    ///
    /// - Parameters:
    ///   - entries: The ranked entries (`DatasetFile.rankedNonCompliance`).
    ///   - summary: The provision's one-line summary from the Code catalogue, if any.
    ///   - words: the landlord's commentary or action for a (document id, provision), if any.
    public static func table(_ entries: [(rank: Int, entry: NonComplianceEntry)], summary: (CodeVersion, ProvisionID) -> String?,
                             words: (String, ProvisionID) -> Words?) -> TextTable {
        table(entries.map { e in (e.rank, e.entry, e.entry.landlords.map { words($0.documentID, e.entry.provision) }) },
              summary: summary)
    }

    /// The same table from entries that carry each landlord's words, in `entry.landlords` order
    /// (`DatasetFile.rankedGaps`).
    ///
    /// ```swift
    /// let gaps = try dataset.rankedGaps(adjusted: true, top: 10)
    /// GapTables.table(gaps.map { ($0.rank, $0.entry, $0.words.map { $0.map { GapTables.Words(text: $0.text, sourcePath: $0.sourcePath, lineStart: $0.lineStart) } }) },
    ///                 summary: { _, _ in nil })
    /// ```
    public static func table(_ entries: [(rank: Int, entry: NonComplianceEntry, words: [Words?])],
                             summary: (CodeVersion, ProvisionID) -> String?) -> TextTable {
        var rows: [[Cell]] = []
        rows.reserveCapacity(entries.reduce(0) { $0 + $1.entry.landlords.count })
        for (rank, e, said) in entries {
            let about = summary(e.codeVersion, e.provision).map(Cell.text) ?? .null
            for (k, l) in e.landlords.enumerated() {
                let w = k < said.count ? said[k] : nil
                rows.append([.int(rank), .text(e.codeVersion.rawValue), .text(e.provision.description), about,
                             .int(e.notFullyCompliant), .int(e.answeringLandlords), .number(e.share, decimals: 3),
                             e.shareInterval.map { .number($0.low, decimals: 3) } ?? .null,
                             e.shareInterval.map { .number($0.high, decimals: 3) } ?? .null, .int(e.lowN ? 1 : 0),
                             .text(l.landlordName), .text(l.status.rawValue + (l.hedged ? " (hedged yes)" : "")),
                             .text(w?.text ?? ""), .text(w.map { "\($0.sourcePath):\($0.lineStart)" } ?? "")])
            }
        }
        return TextTable(columns: ["rank", "code_version", "provision", "summary", "not_compliant", "answering", "share", "share_low",
                                   "share_high", "low_n", "landlord", "status", "their_words", "where"], rows: rows)
    }
}
