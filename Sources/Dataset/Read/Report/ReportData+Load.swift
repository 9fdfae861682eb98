import Assessment
import Comparison
import GRDB

extension ReportData {
    /// Reads the report's data on an open connection (`DatasetFile.reportData(landlordID:plainYesLimit:)`).
    ///
    /// Plain yes answers are quoted only when no provision has more than `plainYesLimit` of them: on a
    /// sector-sized dataset their words would be most of the site (and each landlord's page shows its answers).
    ///
    /// ```swift
    /// let data = try queue.read { db in try ReportData.load(db) }
    /// ```
    ///
    /// - Parameters:
    ///   - db: A dataset connection.
    ///   - landlordID: Only this landlord's answers, texts and actions.
    ///   - plainYesLimit: Quote plain yes answers when no provision has more of them than this.
    ///   - answers: The located answers when already read (on another connection); nil reads them here.
    /// - Returns: The data.
    /// - Throws: `DatasetError` for a missing or damaged table, or GRDB's `DatabaseError`.
    public static func load(_ db: Database, landlordID: String? = nil, plainYesLimit: Int = 300,
                            answers: [LocatedAnswer]? = nil) throws -> ReportData {
        let rates = try DatasetFigures.provisionRates(db)
        let plainYes = (rates.map { $0.counts.yes - $0.counts.hedgedYes }.max() ?? 0) <= plainYesLimit
        var provisions: [CodeVersion: [Provision]] = [:]
        for record in try ProvisionRecord.fetchStored(db, orderBy: "code_version, position") {
            provisions[record.value.version, default: []].append(record.value)
        }
        let mine = { (id: String) in landlordID == nil || id == landlordID }
        return ReportData(
            buildInfo: try buildInfo(db), provisions: provisions, provisionRates: rates,
            sectionRates: try DatasetFigures.sectionRates(db), scores: try scores(db), sectorTrend: try DatasetTrendReads.sectorTrend(db),
            answers: try answers ?? DatasetTrendReads.locatedAnswers(db, landlordID: landlordID),
            texts: try AnswerTextRecord.fetchJoined(db, sql: AnswerTextRecord.sql(plainYes: plainYes)).map(\.value)
                .filter { mine($0.landlordID) },
            plainYesWords: plainYes,
            actions: try ActionRecord.fetchJoined(db, sql: ActionRecord.sql).map(\.value).filter { mine($0.landlordID) },
            landlords: try LandlordRecord.fetchStored(db, orderBy: "id"))
    }

    /// The same data with `answers` as its located answers.
    func replacing(answers: [LocatedAnswer]) -> ReportData {
        ReportData(buildInfo: buildInfo, provisions: provisions, provisionRates: provisionRates, sectionRates: sectionRates,
                   scores: scores, sectorTrend: sectorTrend, answers: answers, texts: texts, plainYesWords: plainYesWords,
                   actions: actions, landlords: landlords)
    }

    /// Every `landlord_scores` row with its `landlord_section_scores`, in version then rank order.
    static func scores(_ db: Database) throws -> [LandlordScore] {
        struct Key: Hashable { let version: CodeVersion; let landlordID: String }
        var sections: [Key: [SectionShare]] = [:]
        for record in try SectionShareRecord.fetchStored(db, orderBy: "code_version, landlord_id, section") {
            sections[Key(version: record.codeVersion, landlordID: record.landlordID), default: []].append(record.value)
        }
        return try LandlordScoreRecord.fetchStored(db, orderBy: "code_version, rank IS NULL, rank, landlord_name, landlord_id")
            .map { $0.score(sections: sections[Key(version: $0.codeVersion, landlordID: $0.landlordID)] ?? []) }
    }

    /// `build_info` as a dictionary; a key or value that is not text is an error.
    static func buildInfo(_ db: Database) throws -> [String: String] {
        try StoredTable.require("build_info", ["key", "value"], db)
        var out: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM build_info WHERE key NOT LIKE 'input:%'") {
            let stored = StoredRow(row, table: "build_info")
            out[try stored.text("key")] = try stored.text("value")
        }
        return out
    }
}
