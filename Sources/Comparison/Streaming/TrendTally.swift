import Assessment

/// The sector trend summed over groups of landlords (``Comparison/sectorTrend(_:crosswalk:)`` one group at a time):
/// within a period each landlord counts by its own latest document, so every figure of a period adds up over
/// landlords.
struct TrendTally {
    /// What one period holds so far.
    struct Year {
        var rates = ProvisionTally(), sections = SectionTally()
        var pooledRates = ProvisionTally(), pooledSections = SectionTally()
        var mapped = 0, unmapped = 0, superseded = 0, duplicates = 0
        var documents: [CodeVersion: Int] = [:], landlords: [CodeVersion: Int] = [:]
        /// Counted documents per period text.
        var uses: [String: Int] = [:]
    }

    let crosswalk: [CrosswalkEntry]
    private var years: [Int: Year] = [:]
    private var undated = 0

    init(crosswalk: [CrosswalkEntry]) { self.crosswalk = crosswalk }

    /// Adds every row (older assessments included) of a group of landlords.
    mutating func add(_ rows: [AnswerRow]) {
        let (byYear, undatedDocuments) = Comparison.rowIndicesByYear(rows)
        undated += undatedDocuments.count
        for (year, indices) in byYear { add(Comparison.latestSelection(indices.map { rows[$0] }).rows, to: year) }
    }

    private mutating func add(_ counted: [AnswerRow], to year: Int) {
        var y = years[year] ?? Year()
        let counts = Comparison.periodCounts(counted)
        y.documents.merge(counts.documents, uniquingKeysWith: +)
        y.landlords.merge(counts.landlords, uniquingKeysWith: +)
        y.uses.merge(counts.uses, uniquingKeysWith: +)
        y.rates.add(Comparison.provisionRates(counted), rows: counted)
        y.sections.add(Comparison.sectionRates(counted), rows: counted)
        let pooled = Comparison.pool(counted, crosswalk: crosswalk)
        y.pooledRates.add(Comparison.provisionRates(pooled.rows, version: .v2024), rows: pooled.rows)
        y.pooledSections.add(Comparison.sectionRates(pooled.rows, version: .v2024), rows: pooled.rows)
        y.mapped += pooled.mapped
        y.unmapped += pooled.unmapped
        y.superseded += pooled.superseded
        y.duplicates += pooled.duplicates
        years[year] = y
    }

    /// The trend, in the order `sectorTrend` returns it.
    var trend: SectorTrend {
        var periods: [PeriodSummary] = [], pooling: [PeriodPooling] = []
        var provisionRates: [PeriodRate<ProvisionRate>] = [], sectionRates: [PeriodRate<SectionRate>] = []
        for (year, y) in years.sorted(by: { $0.key < $1.key }) {
            periods += Comparison.periodSummaries(year: year, documents: y.documents, landlords: y.landlords, uses: y.uses)
            provisionRates += y.rates.rates.map { PeriodRate(year: year, basis: .version, rate: $0) }
            sectionRates += y.sections.rates.map { PeriodRate(year: year, basis: .version, rate: $0) }
            provisionRates += y.pooledRates.rates.map { PeriodRate(year: year, basis: .pooled, rate: $0) }
            sectionRates += y.pooledSections.rates.map { PeriodRate(year: year, basis: .pooled, rate: $0) }
            pooling.append(PeriodPooling(year: year, mapped: y.mapped, unmapped: y.unmapped, superseded: y.superseded,
                                         duplicates: y.duplicates))
        }
        return SectorTrend(periods: periods, provisionRates: provisionRates, sectionRates: sectionRates,
                           pooling: pooling, undatedDocuments: undated)
    }
}
