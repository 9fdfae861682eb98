import Assessment
import Comparison

/// A row of `landlord_section_scores`: one landlord's counts in one section.
struct SectionShareRecord: StoredRecord {
    static let table = "landlord_section_scores"
    static let reads = [(table: table, columns: ["code_version", "landlord_id", "section"] + StoredRow.countColumns)]
    /// The score's Code version and landlord.
    let codeVersion: CodeVersion
    let landlordID: String
    /// The share.
    let value: SectionShare

    init(stored row: StoredRow) throws(DatasetError) {
        codeVersion = try row.codeVersion()
        landlordID = try row.text("landlord_id")
        value = SectionShare(section: try row.section(), counts: try row.statusCounts())
    }
}
