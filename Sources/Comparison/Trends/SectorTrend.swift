/// The sector's figures per period: the rate of every section and provision over all landlords' assessments
/// of that period, per Code version and pooled onto the 2024 Code through the crosswalk's `same` pairs.
///
/// ```swift
/// let trend = Comparison.sectorTrend(rows, crosswalk: catalogue.crosswalk)
/// trend.periods.map(\.label)          // ["2022-23", "2023-24", "2024-25"]
/// trend.undatedDocuments              // documents without a period: in no period
/// ```
public struct SectorTrend: Sendable, Hashable, Codable {
    /// What each period counts, by period then Code version.
    public let periods: [PeriodSummary]
    /// Provision rates by period, basis, Code version, provision.
    public let provisionRates: [PeriodRate<ProvisionRate>]
    /// Section rates by period, basis, Code version, section.
    public let sectionRates: [PeriodRate<SectionRate>]
    /// How 2022 answers were pooled in each period, by period.
    public let pooling: [PeriodPooling]
    /// Documents whose period has no four-digit year: they belong to no period and are in no trend figure.
    public let undatedDocuments: Int

    /// Creates a sector trend from its parts.
    ///
    /// ```swift
    /// SectorTrend(periods: [], provisionRates: [], sectionRates: [], pooling: [], undatedDocuments: 0)
    /// ```
    ///
    /// - Parameters:
    ///   - periods: Period summaries.
    ///   - provisionRates: Provision rates per period.
    ///   - sectionRates: Section rates per period.
    ///   - pooling: Pooling accounts per period.
    ///   - undatedDocuments: Documents in no period.
    public init(periods: [PeriodSummary], provisionRates: [PeriodRate<ProvisionRate>],
                sectionRates: [PeriodRate<SectionRate>], pooling: [PeriodPooling], undatedDocuments: Int) {
        self.periods = periods
        self.provisionRates = provisionRates
        self.sectionRates = sectionRates
        self.pooling = pooling
        self.undatedDocuments = undatedDocuments
    }

    /// The years that have a period, ascending.
    ///
    /// ```swift
    /// trend.years // [2022, 2023, 2024]
    /// ```
    public var years: [Int] { Array(Set(periods.map(\.year))).sorted() }

    /// The label of a year's period ("2023-24"), or the year itself when the trend has no summary for it.
    ///
    /// ```swift
    /// trend.label(2023) // "2023-24"
    /// ```
    ///
    /// - Parameter year: The period's year.
    /// - Returns: The label.
    public func label(_ year: Int) -> String { periods.first { $0.year == year }?.label ?? String(year) }

    enum CodingKeys: String, CodingKey {
        case periods, provisionRates = "provision_rates", sectionRates = "section_rates", pooling
        case undatedDocuments = "undated_documents"
    }
}
