import Comparison

/// A row of `section_rates`, with its section title.
struct SectionRateRecord: StoredRecord {
    static let table = "section_rates"
    static let reads = [(table: table, columns: ["code_version", "section", "section_title"] + StoredRow.countColumns
                                            + ["provisions", "landlords", "answering_landlords"])]
    /// The figure.
    let value: SectionRate
    /// The section's title in the catalogue, if any.
    let title: String?

    init(stored row: StoredRow) throws(DatasetError) {
        let landlords = try row.int("landlords", in: 1...StoredRow.maxCount)
        value = SectionRate(codeVersion: try row.codeVersion(), section: try row.section(), counts: try row.statusCounts(),
                            provisions: try row.int("provisions", in: 1...StoredRow.maxCount), landlords: landlords,
                            answeringLandlords: try row.int("answering_landlords", atMost: landlords, "landlords"))
        title = try row.optionalText("section_title")
    }
}
