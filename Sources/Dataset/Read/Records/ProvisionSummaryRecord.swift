import Assessment

/// A row of `provisions`: a provision of the Code catalogue the dataset was built with, and its one-line summary
/// (what `chc rates` and `chc gaps` print beside the provision number).
struct ProvisionSummaryRecord: StoredRecord {
    static let table = "provisions"
    static let reads = [(table: table, columns: ["code_version", "provision", "summary"])]
    let codeVersion: CodeVersion
    let provision: ProvisionID
    let summary: String

    init(stored row: StoredRow) throws(DatasetError) {
        codeVersion = try row.codeVersion()
        provision = try row.provision()
        summary = try row.text("summary")
    }
}
