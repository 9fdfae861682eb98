import Assessment

/// A row of `common_noncompliance`: a provision's place in the ranking and how many landlords answered it.
/// The landlords themselves come from `common_noncompliance_landlords` (`NonComplianceLandlordRecord`).
struct NonComplianceRecord: StoredRecord {
    static let table = "common_noncompliance"
    static let reads = [(table: table, columns: ["basis", "code_version", "provision", "section", "rank",
                                                 "not_fully_compliant", "answering_landlords"])]
    let codeVersion: CodeVersion
    let provision: ProvisionID
    let section: Int
    let rank: Int
    let notFullyCompliant: Int
    let answeringLandlords: Int

    init(stored row: StoredRow) throws(DatasetError) {
        _ = try row.parsed("basis", expected: "stated or adjusted") { ["stated", "adjusted"].contains($0) ? $0 : nil }
        codeVersion = try row.codeVersion()
        provision = try row.provision()
        section = try row.section()
        rank = try row.int("rank", in: 1...StoredRow.maxCount)
        notFullyCompliant = try row.int("not_fully_compliant", in: 1...StoredRow.maxCount)
        answeringLandlords = try row.int("answering_landlords", in: notFullyCompliant...StoredRow.maxCount)
    }
}
