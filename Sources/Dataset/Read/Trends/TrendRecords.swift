import Assessment
import Comparison

/// A row of `trend_periods`.
struct TrendPeriodRecord: StoredRecord {
    static let table = "trend_periods"
    static let reads = [(table: table, columns: ["period_year", "code_version", "period_label", "period_texts", "documents",
                                                 "landlords"])]
    let value: PeriodSummary

    init(stored row: StoredRow) throws(DatasetError) {
        let documents = try row.int("documents", in: 1...StoredRow.maxCount)
        value = PeriodSummary(year: try row.int("period_year", in: 1000...9999), codeVersion: try row.codeVersion(),
                              label: try row.text("period_label"),
                              periodTexts: try row.text("period_texts").components(separatedBy: "; "),
                              documents: documents, landlords: try row.int("landlords", atMost: documents, "documents", from: 1))
    }
}

/// A row of `trend_provision_rates`: the landlord counts are checked against each other.
struct TrendProvisionRateRecord: StoredRecord {
    static let table = "trend_provision_rates"
    static let reads = [(table: table, columns: ["period_year", "basis", "code_version", "provision", "section"]
                                                + StoredRow.countColumns + ["landlords", "answering_landlords", "yes_landlords"])]
    let value: PeriodRate<ProvisionRate>

    init(stored row: StoredRow) throws(DatasetError) {
        let landlords = try row.int("landlords", in: 1...StoredRow.maxCount)
        let answering = try row.int("answering_landlords", atMost: landlords, "landlords")
        let rate = ProvisionRate(codeVersion: try row.codeVersion(), provision: try row.provision(), section: try row.section(),
                                 counts: try row.statusCounts(), landlords: landlords, answeringLandlords: answering,
                                 yesLandlords: try row.int("yes_landlords", atMost: answering, "answering_landlords"))
        value = PeriodRate(year: try row.int("period_year", in: 1000...9999), basis: try row.basis(), rate: rate)
    }
}

/// A row of `trend_section_rates`.
struct TrendSectionRateRecord: StoredRecord {
    static let table = "trend_section_rates"
    static let reads = [(table: table, columns: ["period_year", "basis", "code_version", "section"] + StoredRow.countColumns
                                                + ["provisions", "landlords", "answering_landlords"])]
    let value: PeriodRate<SectionRate>

    init(stored row: StoredRow) throws(DatasetError) {
        let landlords = try row.int("landlords", in: 1...StoredRow.maxCount)
        let rate = SectionRate(codeVersion: try row.codeVersion(), section: try row.section(), counts: try row.statusCounts(),
                               provisions: try row.int("provisions", in: 1...StoredRow.maxCount), landlords: landlords,
                               answeringLandlords: try row.int("answering_landlords", atMost: landlords, "landlords"))
        value = PeriodRate(year: try row.int("period_year", in: 1000...9999), basis: try row.basis(), rate: rate)
    }
}

/// A row of `trend_pooling`.
struct TrendPoolingRecord: StoredRecord {
    static let table = "trend_pooling"
    static let reads = [(table: table, columns: ["period_year", "mapped", "unmapped", "superseded", "duplicates"])]
    let value: PeriodPooling

    init(stored row: StoredRow) throws(DatasetError) {
        value = PeriodPooling(year: try row.int("period_year", in: 1000...9999), mapped: try row.int("mapped"),
                              unmapped: try row.int("unmapped"), superseded: try row.int("superseded"),
                              duplicates: try row.int("duplicates"))
    }
}

extension StoredRow {
    /// The trend basis in `basis`: version or pooled.
    func basis() throws(DatasetError) -> TrendBasis {
        try parsed("basis", expected: TrendBasis.allCases.map(\.rawValue).joined(separator: " or "), TrendBasis.init(rawValue:))
    }
}
