import Assessment
import Comparison
import GRDB

/// Writes the build-time figures the Build module computed (`StoredFigures`: the same `Comparison` functions the
/// command line's numbers come from, over the answers read back one landlord at a time with `DatasetAnswers.forEachLandlord(_:_:)`). Rates are stored
/// as unrounded REAL fractions.
enum DatasetComparisons {
    /// Fills `excluded_documents`, `provision_rates`, `provision_rates_pooled`, `section_rates`,
    /// `landlord_scores`, `landlord_section_scores`, `common_noncompliance`(`_landlords`), the pooling
    /// counts in `build_info`, the sector trend (`DatasetTrends`), and the `responses_fts` search index.
    static func insert(catalogue: Catalogue, derivations: any DatasetDerivations, _ db: Database) throws {
        // The answers are read one landlord at a time inside `figures`.
        let figures = try derivations.figures(catalogue: catalogue) { each in try DatasetAnswers.forEachLandlord(db, each) }
        try insert(figures, catalogue: catalogue, db)
        try db.execute(sql: """
            INSERT INTO responses_fts (response_id, requirement, evidence, commentary, action)
            SELECT id, requirement, evidence, commentary, action FROM responses ORDER BY id
            """)
    }

    private static func insert(_ figures: StoredFigures, catalogue: Catalogue, _ db: Database) throws {
        try insertExcluded(figures.excluded, db)
        try insertProvisionRates(figures.provisionRates, table: "provision_rates", db)
        try insertProvisionRates(figures.pooledProvisionRates, table: "provision_rates_pooled", db)
        try insertPoolCounts(figures.pooling, db)
        try insertSectionRates(figures.sectionRates, catalogue: catalogue, db)
        try insertScores(figures.landlordScores, db)
        try insertNonCompliance(figures.nonComplianceStated, basis: "stated", db)
        try insertNonCompliance(figures.nonComplianceAdjusted, basis: "adjusted", db)
        if let trend = figures.sectorTrend { try DatasetTrends.insert(trend, db) }
    }

    /// `build_info` keys recording how the 2022 answers were treated by `Comparison.pool`.
    static let poolKeys = ["pooled_2022_mapped", "pooled_2022_unmapped", "pooled_2022_superseded",
                           "pooled_2022_duplicates"]

    /// Values of the count columns, in `DatasetSchema.countColumns` order.
    static func counts(_ c: StatusCounts) -> [(any DatabaseValueConvertible)?] {
        [c.yes, c.partial, c.no, c.na, c.blank, c.hedgedYes, c.answered]
    }

    /// Values of the rate columns, in `DatasetSchema.allRateColumns` order.
    static func rates(_ r: Rates) -> [(any DatabaseValueConvertible)?] {
        [r.strict, r.strictInterval?.low, r.strictInterval?.high,
         r.lenient, r.lenientInterval?.low, r.lenientInterval?.high,
         r.adjusted, r.adjustedInterval?.low, r.adjustedInterval?.high]
    }

    /// The count and rate column names, comma-separated, in schema order.
    static let figureColumns = "yes, partial, no, na, blank, hedged_yes, answered, "
        + "rate, rate_low, rate_high, lenient, lenient_low, lenient_high, adjusted, adjusted_low, adjusted_high"

    /// `INSERT INTO table (columns) VALUES (?, ...)` as a cached statement.
    static func insertStatement(_ table: String, _ columns: String, _ db: Database) throws -> Statement {
        let count = columns.split(separator: ",").count
        let marks = Array(repeating: "?", count: count).joined(separator: ", ")
        return try db.cachedStatement(sql: "INSERT INTO \(table) (\(columns)) VALUES (\(marks))")
    }

    private static func insertExcluded(_ excluded: [ExcludedDocument], _ db: Database) throws {
        let statement = try insertStatement("excluded_documents",
            "document_id, landlord_id, code_version, period, kept_document_id, kept_period, row_count", db)
        for e in excluded {
            try statement.execute(arguments: StatementArguments([
                e.documentID, e.landlordID, e.codeVersion.rawValue, e.period, e.keptDocumentID, e.keptPeriod, e.rowCount,
            ] as [(any DatabaseValueConvertible)?]))
        }
    }

    private static func insertProvisionRates(_ list: [ProvisionRate], table: String, _ db: Database) throws {
        let statement = try insertStatement(table, "code_version, provision, provision_key, section, "
            + figureColumns + ", landlords, answering_landlords, yes_landlords, low_n", db)
        for r in list {
            let head: [(any DatabaseValueConvertible)?] = [r.codeVersion.rawValue, r.provision.description,
                                                           r.provision.sortKey, r.section]
            let tail: [(any DatabaseValueConvertible)?] = [r.landlords, r.answeringLandlords, r.yesLandlords, r.lowN]
            try statement.execute(arguments: StatementArguments(head + counts(r.counts) + rates(r.rates) + tail))
        }
    }

    private static func insertPoolCounts(_ pooled: (mapped: Int, unmapped: Int, superseded: Int, duplicates: Int),
                                         _ db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO build_info (key, value) VALUES (?, ?)")
        let values = [pooled.mapped, pooled.unmapped, pooled.superseded, pooled.duplicates]
        for (key, value) in zip(poolKeys, values) { try statement.execute(arguments: [key, String(value)]) }
    }

    private static func insertSectionRates(_ list: [SectionRate], catalogue: Catalogue, _ db: Database) throws {
        let statement = try insertStatement("section_rates", "code_version, section, section_title, "
            + figureColumns + ", provisions, landlords, answering_landlords, low_n", db)
        for s in list {
            let title = catalogue.all(s.codeVersion).first { $0.sectionNumber == s.section }?.sectionTitle
            let head: [(any DatabaseValueConvertible)?] = [s.codeVersion.rawValue, s.section, title]
            let tail: [(any DatabaseValueConvertible)?] = [s.provisions, s.landlords, s.answeringLandlords, s.lowN]
            try statement.execute(arguments: StatementArguments(head + counts(s.counts) + rates(s.rates) + tail))
        }
    }

    private static func insertScores(_ scores: [LandlordScore], _ db: Database) throws {
        let score = try insertStatement("landlord_scores", "code_version, landlord_id, landlord_name, landlord_kind, "
            + "document_id, period, " + figureColumns + ", low_n, rank, percentile, ranked_landlords", db)
        let section = try insertStatement("landlord_section_scores", "code_version, landlord_id, section, "
            + figureColumns, db)
        for s in scores {
            let head: [(any DatabaseValueConvertible)?] = [s.codeVersion.rawValue, s.landlordID, s.landlordName,
                                                           s.landlordKind, s.documentID, s.period]
            let tail: [(any DatabaseValueConvertible)?] = [s.lowN, s.rank, s.percentile, s.rankedLandlords]
            try score.execute(arguments: StatementArguments(head + counts(s.counts) + rates(s.rates) + tail))
            for share in s.sections {
                let key: [(any DatabaseValueConvertible)?] = [s.codeVersion.rawValue, s.landlordID, share.section]
                try section.execute(arguments: StatementArguments(key + counts(share.counts) + rates(share.rates)))
            }
        }
    }

    private static func insertNonCompliance(_ entries: [NonComplianceEntry], basis: String, _ db: Database) throws {
        let entry = try insertStatement("common_noncompliance", "basis, code_version, provision, provision_key, section, rank, "
            + "not_fully_compliant, answering_landlords, share, share_low, share_high, low_n, landlords_not_compliant", db)
        let landlord = try insertStatement("common_noncompliance_landlords",
            "basis, code_version, provision, landlord_id, landlord_name, status, hedged, document_id", db)
        var rank: [CodeVersion: Int] = [:]
        for e in entries {
            let position = (rank[e.codeVersion] ?? 0) + 1
            rank[e.codeVersion] = position
            let names = e.landlords.map(\.landlordName).sorted().joined(separator: "; ")
            try entry.execute(arguments: StatementArguments([
                basis, e.codeVersion.rawValue, e.provision.description, e.provision.sortKey, e.section, position,
                e.notFullyCompliant, e.answeringLandlords, e.share, e.shareInterval?.low, e.shareInterval?.high,
                e.lowN, names,
            ] as [(any DatabaseValueConvertible)?]))
            for a in e.landlords {
                try landlord.execute(arguments: StatementArguments([
                    basis, e.codeVersion.rawValue, e.provision.description, a.landlordID, a.landlordName, a.status.rawValue,
                    a.hedged, a.documentID,
                ] as [(any DatabaseValueConvertible)?]))
            }
        }
    }
}
