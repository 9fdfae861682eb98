/// The figures a build stores beside the answers (`provision_rates`, `section_rates`, `landlord_scores`,
/// `common_noncompliance`, ...), as the `Comparison` values they are written from: `SectorFigures` sums them one
/// landlord at a time, `BuildFigures.compute` over rows in memory; the dataset writer only stores them.
///
/// ```swift
/// let figures = StoredFigures(provisionRates: Comparison.provisionRates(rows))
/// ```
public struct StoredFigures: Sendable {
    /// Older assessments left out of the sector figures (`excluded_documents`).
    public var excluded: [ExcludedDocument]
    /// Per provision and Code version (`provision_rates`).
    public var provisionRates: [ProvisionRate]
    /// Per 2024 provision, 2022 answers mapped through the crosswalk (`provision_rates_pooled`).
    public var pooledProvisionRates: [ProvisionRate]
    /// How the pooling treated the 2022 answers: mapped, unmapped, superseded, duplicates (`build_info`).
    public var pooling: (mapped: Int, unmapped: Int, superseded: Int, duplicates: Int)
    /// Per section and Code version (`section_rates`).
    public var sectionRates: [SectionRate]
    /// Each landlord's shares, rank and percentile per Code version (`landlord_scores`, `landlord_section_scores`).
    public var landlordScores: [LandlordScore]
    /// Common non-compliance on the stated answers, ranked within each Code version.
    public var nonComplianceStated: [NonComplianceEntry]
    /// Common non-compliance counting a hedged yes as not fully compliant, ranked within each Code version.
    public var nonComplianceAdjusted: [NonComplianceEntry]
    /// The sector per period over every assessment, older ones included (`trend_*` tables); nil stores none.
    public var sectorTrend: SectorTrend?

    /// Figures from their parts; every part defaults to none.
    public init(excluded: [ExcludedDocument] = [], provisionRates: [ProvisionRate] = [], pooledProvisionRates: [ProvisionRate] = [],
                pooling: (mapped: Int, unmapped: Int, superseded: Int, duplicates: Int) = (0, 0, 0, 0),
                sectionRates: [SectionRate] = [], landlordScores: [LandlordScore] = [],
                nonComplianceStated: [NonComplianceEntry] = [], nonComplianceAdjusted: [NonComplianceEntry] = [],
                sectorTrend: SectorTrend? = nil) {
        self.excluded = excluded
        self.provisionRates = provisionRates
        self.pooledProvisionRates = pooledProvisionRates
        self.pooling = pooling
        self.sectionRates = sectionRates
        self.landlordScores = landlordScores
        self.nonComplianceStated = nonComplianceStated
        self.nonComplianceAdjusted = nonComplianceAdjusted
        self.sectorTrend = sectorTrend
    }
}
