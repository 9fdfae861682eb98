import Assessment
import Comparison

/// Renders common non-compliance: provisions ranked by the share of landlords not fully compliant,
/// with each such landlord's own words.
public enum GapTables {
    /// What a landlord said about a provision, trimmed, with where it said it.
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

    /// One row per (provision, landlord not fully compliant), provisions in rank order.
    ///
    /// - Parameter words: the landlord's commentary or action for a (document id, provision), if any.
    public static func table(_ entries: [NonComplianceEntry], words: (String, ProvisionID) -> Words?) -> TextTable {
        var rows: [[Cell]] = []
        for (rank, e) in entries.enumerated() {
            for l in e.landlords {
                let w = words(l.documentID, e.provision)
                rows.append([.int(rank + 1), .text(e.codeVersion.rawValue), .text(e.provision.description),
                             .int(e.notFullyCompliant), .int(e.answeringLandlords), .number(e.share, decimals: 3),
                             e.shareInterval.map { .number($0.low, decimals: 3) } ?? .null,
                             e.shareInterval.map { .number($0.high, decimals: 3) } ?? .null, .int(e.lowN ? 1 : 0),
                             .text(l.landlordName), .text(l.status.rawValue + (l.hedged ? " (hedged yes)" : "")),
                             .text(w.map { trim($0.text) } ?? ""), .text(w.map { "\($0.sourcePath):\($0.lineStart)" } ?? "")])
            }
        }
        return TextTable(columns: ["rank", "code_version", "provision", "not_compliant", "answering", "share", "share_low", "share_high",
                                   "low_n", "landlord", "status", "their_words", "where"], rows: rows)
    }

    /// The first 160 characters of a text, on one line.
    public static func trim(_ s: String, _ n: Int = 160) -> String {
        let one = s.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
        return one.count <= n ? one : String(one.prefix(n - 1)) + "…"
    }
}
