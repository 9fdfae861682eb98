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

    /// The columns of `provision_rates` in the dataset, in order.
    public static let rateColumns = ["yes", "partial", "no", "na", "blank", "hedged_yes", "answered", "landlords", "answering_landlords",
                                     "rate", "rate_low", "rate_high", "lenient", "lenient_low", "lenient_high",
                                     "adjusted", "adjusted_low", "adjusted_high", "low_n"]
    /// The columns shown in a terminal (the rest are in CSV / JSON output and the dataset).
    public static let compactRateColumns = ["yes", "partial", "no", "na", "blank", "answered", "answering_landlords",
                                            "rate", "rate_low", "rate_high", "lenient", "adjusted", "low_n"]

    static func rateCells(_ c: StatusCounts, landlords: Int, answering: Int, _ r: Rates, lowN: Bool) -> [Cell] {
        [.int(c.yes), .int(c.partial), .int(c.no), .int(c.na), .int(c.blank), .int(c.hedgedYes), .int(c.answered),
         .int(landlords), .int(answering),
         rate(r.strict), rate(r.strictInterval?.low), rate(r.strictInterval?.high),
         rate(r.lenient), rate(r.lenientInterval?.low), rate(r.lenientInterval?.high),
         rate(r.adjusted), rate(r.adjustedInterval?.low), rate(r.adjustedInterval?.high), bool(lowN)]
    }

    /// One row per provision, with the same columns as the dataset's `provision_rates` and, after `section`, the
    /// provision's one-line `summary` from the Code catalogue (`provisions.summary`; NULL when `summary` gives none).
    ///
    /// ```swift
    /// ComparisonTables.provisionRates(rates) { summaries[$0.codeVersion]?[$0.provision] }
    /// ```
    public static func provisionRates(_ rates: [ProvisionRate], summary: (ProvisionRate) -> String? = { _ in nil }) -> TextTable {
        TextTable(columns: ["code_version", "provision", "section", "summary"] + rateColumns, rows: rates.map { r in
            [.text(r.codeVersion.rawValue), .text(r.provision.description), .int(r.section), summary(r).map(Cell.text) ?? .null]
                + rateCells(r.counts, landlords: r.landlords, answering: r.answeringLandlords, r.rates, lowN: r.lowN)
        })
    }

    /// One row per section, with the same columns as the dataset's `section_rates` figures and, after `section`, the
    /// section's title (`section_rates.section_title`; NULL when `title` gives none).
    ///
    /// ```swift
    /// ComparisonTables.sectionRates(rates) { titles[$0.codeVersion]?[$0.section] }
    /// ```
    public static func sectionRates(_ rates: [SectionRate], title: (SectionRate) -> String? = { _ in nil }) -> TextTable {
        TextTable(columns: ["code_version", "section", "section_title", "provisions"] + rateColumns, rows: rates.map { r in
            [.text(r.codeVersion.rawValue), .int(r.section), title(r).map(Cell.text) ?? .null, .int(r.provisions)]
                + rateCells(r.counts, landlords: r.landlords, answering: r.answeringLandlords, r.rates, lowN: r.lowN)
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
