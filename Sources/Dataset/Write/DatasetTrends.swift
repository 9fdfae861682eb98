import Assessment
import Comparison
import GRDB

/// Writes the sector trend (`Comparison.sectorTrend` over every stored answer, older assessments included) into
/// `trend_periods`, `trend_provision_rates`, `trend_section_rates`, `trend_pooling`, and the number of documents
/// in no period into `build_info` (`trend_undated_documents`).
enum DatasetTrends {
    /// `build_info` key of the number of documents whose period has no four-digit year.
    static let undatedKey = "trend_undated_documents"

    static func insert(_ trend: SectorTrend, _ db: Database) throws {
        let period = try DatasetComparisons.insertStatement("trend_periods",
            "period_year, code_version, period_label, period_texts, documents, landlords", db)
        for p in trend.periods {
            try period.execute(arguments: [p.year, p.codeVersion.rawValue, p.label,
                                           p.periodTexts.joined(separator: "; "), p.documents, p.landlords])
        }
        let provision = try DatasetComparisons.insertStatement("trend_provision_rates",
            "period_year, basis, code_version, provision, provision_key, section, " + DatasetComparisons.figureColumns
                + ", landlords, answering_landlords, yes_landlords, low_n", db)
        for p in trend.provisionRates {
            let r = p.rate
            let head: [(any DatabaseValueConvertible)?] = [p.year, p.basis.rawValue, r.codeVersion.rawValue,
                                                           r.provision.description, r.provision.sortKey, r.section]
            let tail: [(any DatabaseValueConvertible)?] = [r.landlords, r.answeringLandlords, r.yesLandlords, r.lowN]
            try provision.execute(arguments: StatementArguments(
                head + DatasetComparisons.counts(r.counts) + DatasetComparisons.rates(r.rates) + tail))
        }
        let section = try DatasetComparisons.insertStatement("trend_section_rates",
            "period_year, basis, code_version, section, " + DatasetComparisons.figureColumns
                + ", provisions, landlords, answering_landlords, low_n", db)
        for p in trend.sectionRates {
            let r = p.rate
            let head: [(any DatabaseValueConvertible)?] = [p.year, p.basis.rawValue, r.codeVersion.rawValue, r.section]
            let tail: [(any DatabaseValueConvertible)?] = [r.provisions, r.landlords, r.answeringLandlords, r.lowN]
            try section.execute(arguments: StatementArguments(
                head + DatasetComparisons.counts(r.counts) + DatasetComparisons.rates(r.rates) + tail))
        }
        let pooling = try DatasetComparisons.insertStatement("trend_pooling",
            "period_year, mapped, unmapped, superseded, duplicates", db)
        for p in trend.pooling {
            try pooling.execute(arguments: [p.year, p.mapped, p.unmapped, p.superseded, p.duplicates])
        }
        try db.execute(sql: "INSERT INTO build_info (key, value) VALUES (?, ?)",
                       arguments: [undatedKey, String(trend.undatedDocuments)])
    }
}
