import Assessment
import Comparison

/// Renders the Comparison module's results as tables, with the same column names as the dataset.
///
/// ```swift
/// let table = ComparisonTables.provisionRates(Comparison.worstFirst(rates))
/// print(table.terminal())
/// ```
public enum ComparisonTables {
    static func rate(_ x: Double?) -> Cell { x.map { .number($0, decimals: 3) } ?? .null }
    static func bool(_ b: Bool) -> Cell { .int(b ? 1 : 0) }

    /// One row per provision: counts, answered, landlords, strict rate with its Wilson bounds, lenient, adjusted, low_n.
    public static func provisionRates(_ rates: [ProvisionRate]) -> TextTable {
        TextTable(
            columns: ["code_version", "provision", "section", "yes", "partial", "no", "na", "blank", "answered", "landlords",
                      "rate", "rate_low", "rate_high", "lenient", "adjusted", "low_n"],
            rows: rates.map { r in
                [.text(r.codeVersion.rawValue), .text(r.provision.description), .int(r.section)] + counts(r.counts)
                    + [.int(r.counts.answered), .int(r.answeringLandlords), rate(r.rates.strict), rate(r.rates.strictInterval?.low),
                       rate(r.rates.strictInterval?.high), rate(r.rates.lenient), rate(r.rates.adjusted), bool(r.lowN)]
            })
    }

    /// One row per section: counts over all its provisions' answered responses.
    public static func sectionRates(_ rates: [SectionRate]) -> TextTable {
        TextTable(
            columns: ["code_version", "section", "yes", "partial", "no", "na", "blank", "answered", "landlords",
                      "rate", "rate_low", "rate_high", "lenient", "adjusted", "low_n"],
            rows: rates.map { r in
                [.text(r.codeVersion.rawValue), .int(r.section)] + counts(r.counts)
                    + [.int(r.counts.answered), .int(r.answeringLandlords), rate(r.rates.strict), rate(r.rates.strictInterval?.low),
                       rate(r.rates.strictInterval?.high), rate(r.rates.lenient), rate(r.rates.adjusted), bool(r.lowN)]
            })
    }

    /// Landlords ranked on one version.
    public static func landlordScores(_ scores: [LandlordScore]) -> TextTable {
        TextTable(
            columns: ["code_version", "landlord", "document_id", "yes", "partial", "no", "na", "blank", "answered",
                      "share", "share_low", "share_high", "adjusted", "rank", "of", "percentile", "low_n"],
            rows: scores.map { s in
                [.text(s.codeVersion.rawValue), .text(s.landlordName), .text(s.documentID)] + counts(s.counts)
                    + [.int(s.counts.answered), rate(s.rates.strict), rate(s.rates.strictInterval?.low), rate(s.rates.strictInterval?.high),
                       rate(s.rates.adjusted), s.rank.map(Cell.int) ?? .null, .int(s.rankedLandlords),
                       s.percentile.map { .number($0, decimals: 1) } ?? .null, bool(s.lowN)]
            })
    }

    static func counts(_ c: StatusCounts) -> [Cell] {
        [.int(c.yes), .int(c.partial), .int(c.no), .int(c.na), .int(c.blank)]
    }
}
