import Assessment
import Comparison

/// Renders a landlord's benchmark: one row per section, then one row per provision where it is in the minority.
public enum BenchmarkTables {
    /// The section and minority rows of one benchmark, as a terminal shows them under the headline.
    ///
    /// ```swift
    /// print(BenchmarkTables.table(benchmark).terminal())
    /// ```
    public static func table(_ b: Benchmark) -> TextTable {
        var rows: [[Cell]] = []
        for s in b.sections {
            rows.append([.text("section"), .int(s.section), .text(""), .int(s.landlord.counts.yes), .int(s.landlord.counts.answered),
                         ComparisonTables.rate(s.landlord.rates.strict), ComparisonTables.rate(s.landlord.rates.adjusted),
                         ComparisonTables.rate(s.sector.rates.strict), ComparisonTables.rate(s.sector.rates.adjusted),
                         ComparisonTables.rate(s.sector.rates.strictInterval?.low), ComparisonTables.rate(s.sector.rates.strictInterval?.high),
                         .int(s.sector.counts.answered), s.difference.map { .number($0, decimals: 3) } ?? .null, .text("")])
        }
        for m in b.minority {
            rows.append([.text(m.direction.rawValue), .int(m.section), .text(m.provision.description),
                         .text(m.status.rawValue + (m.hedged ? " (hedged)" : "")), .null, .null, .null,
                         .null, .null, .null, .null, .int(m.answeringLandlords), .null,
                         .text("\(m.majorityLandlords) of \(m.answeringLandlords) landlords answered the other way")])
        }
        return TextTable(columns: columns, rows: rows)
    }

    /// Every benchmark as one tidy table for CSV: each row names the landlord, Code version, document and period;
    /// the first row of each benchmark (`row = overall`) is the headline - the landlord's overall share and adjusted
    /// share beside the sector's, with its rank, the landlords ranked and its percentile - then its section and
    /// minority rows.
    ///
    /// ```swift
    /// let csv = BenchmarkTables.flat([benchmark]) // row: overall, section, section, ..., minority
    /// ```
    public static func flat(_ benchmarks: [Benchmark]) -> TextTable {
        var rows: [[Cell]] = []
        for b in benchmarks {
            let s = b.score
            let who: [Cell] = [.text(s.landlordName), .text(s.landlordID), .text(s.codeVersion.rawValue), .text(s.documentID),
                               s.period.map(Cell.text) ?? .null]
            let difference = s.rates.strict.flatMap { own in b.sectorRates.strict.map { own - $0 } }
            let overall: [Cell] = [.text("overall"), .null, .text(""), .int(s.counts.yes), .int(s.counts.answered),
                                   ComparisonTables.rate(s.rates.strict), ComparisonTables.rate(s.rates.adjusted),
                                   ComparisonTables.rate(b.sectorRates.strict), ComparisonTables.rate(b.sectorRates.adjusted),
                                   ComparisonTables.rate(b.sectorRates.strictInterval?.low),
                                   ComparisonTables.rate(b.sectorRates.strictInterval?.high), .int(b.sectorCounts.answered),
                                   difference.map { .number($0, decimals: 3) } ?? .null,
                                   .text("\(s.counts.hedgedYes) hedged yes counted as partial in adjusted")]
            let headline: [Cell] = [s.rank.map(Cell.int) ?? .null, .int(s.rankedLandlords), s.percentile.map { .number($0, decimals: 1) } ?? .null]
            rows.append(who + overall + headline)
            for row in table(b).rows { rows.append(who + row + [.null, .null, .null]) }
        }
        return TextTable(columns: ["landlord", "landlord_id", "code_version", "document_id", "period"] + columns
                             + ["rank", "ranked_landlords", "percentile"], rows: rows)
    }

    static let columns = ["row", "section", "provision", "yes_or_status", "answered", "share", "adjusted", "sector_rate",
                          "sector_adjusted", "sector_low", "sector_high", "sector_answered", "difference", "note"]
}
