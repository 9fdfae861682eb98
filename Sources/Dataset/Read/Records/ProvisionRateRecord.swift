import Comparison

/// A row of `provision_rates` (or `provision_rates_pooled`): counts read and checked, rates derived again by
/// `ProvisionRate`'s initialiser (the same one that derived the stored rates at build time).
struct ProvisionRateRecord: StoredRecord {
    static let table = "provision_rates"
    static let reads = [(table: table, columns: ["code_version", "provision", "provision_key", "section"] + StoredRow.countColumns
                                            + ["landlords", "answering_landlords", "yes_landlords"])]
    /// The figure.
    let value: ProvisionRate

    init(stored row: StoredRow) throws(DatasetError) {
        let landlords = try row.int("landlords", in: 1...StoredRow.maxCount)
        let answering = try row.int("answering_landlords", atMost: landlords, "landlords")
        value = ProvisionRate(codeVersion: try row.codeVersion(), provision: try row.provision(), section: try row.section(),
                              counts: try row.statusCounts(), landlords: landlords, answeringLandlords: answering,
                              yesLandlords: try row.int("yes_landlords", atMost: answering, "answering_landlords"))
    }
}
