import Assessment

extension Comparison {
    /// The sector trend: per period, the rate of every section and provision over all landlords' assessments of
    /// that period.
    ///
    /// Method:
    /// 1. A document's period is the first four-digit year of its period text ("2023-24", "2023/24" and
    ///    "April 2023" are all 2023); documents without one are counted in `undatedDocuments` and left out.
    /// 2. Within a period each landlord counts once per Code version: its latest document of that period
    ///    (``latestSelection(_:)`` over the period's rows), so a period's figures are exactly
    ///    ``provisionRates(_:version:)`` and ``sectionRates(_:version:)`` over that period's assessments.
    /// 3. Basis `version` keeps the Code versions apart. Basis `pooled` is on the 2024 Code, with the period's
    ///    2022 answers mapped only through crosswalk entries whose relation is `same` (``pool(_:crosswalk:)``
    ///    within the period; a landlord with a 2024 assessment in the period keeps only that one).
    ///
    /// ```swift
    /// let trend = Comparison.sectorTrend(rows, crosswalk: catalogue.crosswalk)
    /// trend.sectionRates.filter { $0.basis == .version && $0.rate.section == 6 }.map { ($0.year, $0.rate.rates.strict) }
    /// ```
    ///
    /// - Parameters:
    ///   - rows: Answer rows of every document (older assessments included).
    ///   - crosswalk: The 2022 → 2024 crosswalk; only `same` entries are used, and only by the pooled basis.
    /// - Returns: The trend, in period order.
    public static func sectorTrend(_ rows: [AnswerRow], crosswalk: [CrosswalkEntry]) -> SectorTrend {
        let (byYear, undated) = rowIndicesByYear(rows)
        var periods: [PeriodSummary] = [], pooling: [PeriodPooling] = []
        var provisionRates: [PeriodRate<ProvisionRate>] = [], sectionRates: [PeriodRate<SectionRate>] = []
        // One period's rows at a time: a sector-sized build holds one extra period, not a copy of every row.
        for (year, indices) in byYear.sorted(by: { $0.key < $1.key }) {
            let counted = latestSelection(indices.map { rows[$0] }).rows
            periods += periodSummaries(year: year, counted)
            for rate in Self.provisionRates(counted) { provisionRates.append(PeriodRate(year: year, basis: .version, rate: rate)) }
            for rate in Self.sectionRates(counted) { sectionRates.append(PeriodRate(year: year, basis: .version, rate: rate)) }
            let pooled = pool(counted, crosswalk: crosswalk)
            for rate in Self.provisionRates(pooled.rows, version: .v2024) {
                provisionRates.append(PeriodRate(year: year, basis: .pooled, rate: rate))
            }
            for rate in Self.sectionRates(pooled.rows, version: .v2024) {
                sectionRates.append(PeriodRate(year: year, basis: .pooled, rate: rate))
            }
            pooling.append(PeriodPooling(year: year, mapped: pooled.mapped, unmapped: pooled.unmapped,
                                         superseded: pooled.superseded, duplicates: pooled.duplicates))
        }
        return SectorTrend(periods: periods, provisionRates: provisionRates, sectionRates: sectionRates,
                           pooling: pooling, undatedDocuments: undated.count)
    }

    /// The indices of `rows` by their document's period year (the first four-digit year of its period text), and
    /// the documents with no year.
    static func rowIndicesByYear(_ rows: [AnswerRow]) -> (byYear: [Int: [Int]], undated: Set<String>) {
        var yearOfDocument: [String: Int?] = [:]
        var undated: Set<String> = []
        var byYear: [Int: [Int]] = [:]
        for (index, row) in rows.enumerated() {
            let year: Int?
            if let known = yearOfDocument[row.documentID] {
                year = known
            } else {
                year = row.period.flatMap(PeriodKey.firstYear)
                yearOfDocument[row.documentID] = year
            }
            if let year { byYear[year, default: []].append(index) } else { undated.insert(row.documentID) }
        }
        return (byYear, undated)
    }

    /// One summary per Code version of a period's counted rows (one document per landlord and version).
    static func periodSummaries(year: Int, _ counted: [AnswerRow]) -> [PeriodSummary] {
        let counts = periodCounts(counted)
        return periodSummaries(year: year, documents: counts.documents, landlords: counts.landlords, uses: counts.uses)
    }

    /// A period's counted rows tallied: documents and landlords per Code version, and how many documents print
    /// each period text.
    static func periodCounts(_ counted: [AnswerRow])
        -> (documents: [CodeVersion: Int], landlords: [CodeVersion: Int], uses: [String: Int]) {
        var documents: [CodeVersion: Set<String>] = [:], landlords: [CodeVersion: Set<String>] = [:]
        var texts: [String: String] = [:]  // document id -> period text
        for row in counted {
            documents[row.codeVersion, default: []].insert(row.documentID)
            landlords[row.codeVersion, default: []].insert(row.landlordID)
            if texts[row.documentID] == nil { texts[row.documentID] = row.period ?? "" }
        }
        var uses: [String: Int] = [:]
        for text in texts.values { uses[text, default: 0] += 1 }
        return (documents.mapValues(\.count), landlords.mapValues(\.count), uses)
    }

    /// One summary per Code version of `documents`, from the counts of a period: documents and landlords counted
    /// per version, and how many counted documents print each period text.
    static func periodSummaries(year: Int, documents: [CodeVersion: Int], landlords: [CodeVersion: Int],
                                uses: [String: Int]) -> [PeriodSummary] {
        let sortedTexts = uses.keys.sorted()
        let label = sortedTexts.max { (uses[$0] ?? 0, $1) < (uses[$1] ?? 0, $0) } ?? String(year)
        return documents.keys.sorted().map { version in
            PeriodSummary(year: year, codeVersion: version, label: label, periodTexts: sortedTexts,
                          documents: documents[version] ?? 0, landlords: landlords[version] ?? 0)
        }
    }
}
