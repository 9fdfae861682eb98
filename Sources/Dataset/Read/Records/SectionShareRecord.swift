import Comparison

/// A row of `landlord_section_scores`: one landlord's counts in one section.
struct SectionShareRecord: StoredRecord {
    static let table = "landlord_section_scores"
    static let reads = [(table: table, columns: ["section"] + StoredRow.countColumns)]
    /// The share.
    let value: SectionShare

    init(stored row: StoredRow) throws(DatasetError) {
        value = SectionShare(section: try row.section(), counts: try row.statusCounts())
    }
}
