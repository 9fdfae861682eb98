import Assessment
import Comparison

/// Renders a landlord's benchmark: one row per section, then one row per provision where it is in the minority.
public enum BenchmarkTables {
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
        return TextTable(columns: ["row", "section", "provision", "yes_or_status", "answered", "share", "adjusted", "sector_rate", "sector_adjusted", "sector_low",
                                   "sector_high", "sector_answered", "difference", "note"], rows: rows)
    }
}
