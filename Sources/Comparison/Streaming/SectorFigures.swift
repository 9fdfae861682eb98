import Assessment

/// Every sector figure a build stores, computed one group of landlords at a time so that memory holds one
/// landlord's rows and the figures, never a row per response of the sector.
///
/// Each figure equals the in-memory function over all the rows at once: the latest assessments
/// (``Comparison/latestSelection(_:)``), ``Comparison/provisionRates(_:version:)`` (also pooled through
/// ``Comparison/pool(_:crosswalk:)``), ``Comparison/sectionRates(_:version:)``, ``Comparison/landlordScores(_:version:)``,
/// ``Comparison/commonNonCompliance(_:version:countHedgedYes:minLandlords:)`` on both bases and
/// ``Comparison/sectorTrend(_:crosswalk:)``. Within one landlord every figure is that landlord's own, so the figures
/// add up over landlords; ranks and orders are set at the end.
///
/// ```swift
/// var figures = SectorFigures(crosswalk: catalogue.crosswalk)
/// for rows in rowsOfEachLandlord { figures.add(rows) }
/// let result = figures.result()
/// result.provisionRates == Comparison.provisionRates(allRows) // true
/// ```
public struct SectorFigures {
    private let crosswalk: [CrosswalkEntry]
    private var excluded: [ExcludedDocument] = []
    private var rates = ProvisionTally(), pooledRates = ProvisionTally(), sections = SectionTally()
    private var pooling = (mapped: 0, unmapped: 0, superseded: 0, duplicates: 0)
    private var scores: [LandlordScore] = []
    private var stated: [ProvisionTally.Key: [LandlordAnswer]] = [:], adjusted: [ProvisionTally.Key: [LandlordAnswer]] = [:]
    private var trend: TrendTally

    /// An empty sum; `crosswalk` pools 2022 answers onto the 2024 Code (only `same` entries are used).
    public init(crosswalk: [CrosswalkEntry]) {
        self.crosswalk = crosswalk
        self.trend = TrendTally(crosswalk: crosswalk)
    }

    /// Adds the rows of a group of landlords: every row of each (any document, any Code version). A landlord's
    /// rows must all come in one call; rows of several landlords may share one.
    ///
    /// - Parameter rows: Answer rows, in any order.
    public mutating func add(_ rows: [AnswerRow]) {
        guard !rows.isEmpty else { return }
        trend.add(rows)
        let selection = Comparison.latestSelection(rows)
        let latest = selection.rows
        excluded += selection.excluded
        rates.add(Comparison.provisionRates(latest), rows: latest)
        sections.add(Comparison.sectionRates(latest), rows: latest)
        let pooled = Comparison.pool(latest, crosswalk: crosswalk)
        pooledRates.add(Comparison.provisionRates(pooled.rows, version: .v2024), rows: pooled.rows)
        pooling.mapped += pooled.mapped
        pooling.unmapped += pooled.unmapped
        pooling.superseded += pooled.superseded
        pooling.duplicates += pooled.duplicates
        scores += Comparison.landlordScores(latest)
        for entry in Comparison.commonNonCompliance(latest) {
            stated[.init(version: entry.codeVersion, provision: entry.provision), default: []] += entry.landlords
        }
        for entry in Comparison.commonNonCompliance(latest, countHedgedYes: true) {
            adjusted[.init(version: entry.codeVersion, provision: entry.provision), default: []] += entry.landlords
        }
    }

    /// The figures over every row added, each as the in-memory function returns it: `excluded` is
    /// `Comparison.latestSelection(rows).excluded`; the rates, scores and non-compliance lists are the `Comparison`
    /// functions over the latest assessments (pooled: `Comparison.pool` then the 2024 provision rates); the trend is
    /// `Comparison.sectorTrend(rows, crosswalk:)`. The sum is consumed: its landlord scores and lists are moved into
    /// the result, not copied.
    public consuming func result() -> StoredFigures {
        let taken = scores
        scores = []
        let parts = rates.parts
        let stated = Self.nonCompliance(&stated, parts: parts, countHedgedYes: false)
        let adjusted = Self.nonCompliance(&adjusted, parts: parts, countHedgedYes: true)
        return StoredFigures(
            excluded: excluded.sorted {
                ($0.codeVersion.rawValue, $0.landlordID, $0.documentID) < ($1.codeVersion.rawValue, $1.landlordID, $1.documentID)
            },
            provisionRates: rates.rates, pooledProvisionRates: pooledRates.rates, pooling: pooling,
            sectionRates: sections.rates, landlordScores: Comparison.ranked(consume taken),
            nonComplianceStated: stated, nonComplianceAdjusted: adjusted, sectorTrend: trend.trend)
    }

    /// The entries of one basis: the not-fully-compliant landlords of each provision, over the landlords answering
    /// it (from the provision rates: a landlord answers a provision when one of its answers is yes, partial or no).
    /// Each list is taken out of `short` as its entry is built, so the landlords are held once.
    private static func nonCompliance(_ short: inout [ProvisionTally.Key: [LandlordAnswer]],
                                      parts: [ProvisionTally.Key: ProvisionTally.Part],
                                      countHedgedYes: Bool) -> [NonComplianceEntry] {
        var entries: [NonComplianceEntry] = []
        for key in Array(short.keys) {
            guard let answers = short.removeValue(forKey: key), let part = parts[key], !answers.isEmpty,
                  part.answering >= 1 else { continue }
            entries.append(NonComplianceEntry(codeVersion: key.version, provision: key.provision, section: part.section,
                                              answeringLandlords: part.answering, countsHedgedYes: countHedgedYes,
                                              landlords: Comparison.inLandlordOrder(answers)))
        }
        return entries.sorted(by: Comparison.inNonComplianceOrder)
    }
}
