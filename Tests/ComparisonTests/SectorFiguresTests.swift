import Assessment
import Comparison
import Testing

/// A generated sector: landlords with one to four documents of either Code version, periods with and without a
/// year, every status, hedged yeses, shared names, a few rows whose section differs from their provision's.
enum GeneratedSector {
    /// SplitMix64: the same rows on every run.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let periods: [String?] = [nil, "2022-23", "2023-24", "2023/24", "April 2023", "2024-25", "2024", "n/a", "2025-26"]
    static let statuses: [(Status, Bool)] = [(.yes, false), (.yes, false), (.yes, true), (.partial, false), (.no, false),
                                             (.na, false), (.blank, false)]
    static let provisions = (1...4).flatMap { s in (1...5).map { ProvisionID(section: s, item: $0) } }

    static let crosswalk: [CrosswalkEntry] = provisions.enumerated().map { i, p in
        switch i % 5 {
        case 0: CrosswalkEntry(provision2022: p, provision2024: p, relation: .same, note: "")
        case 1: CrosswalkEntry(provision2022: p, provision2024: provisions[(i + 3) % provisions.count], relation: .same, note: "")
        case 2: CrosswalkEntry(provision2022: p, provision2024: provisions[i - 2], relation: .same, note: "collides")
        case 3: CrosswalkEntry(provision2022: p, provision2024: p, relation: .narrower, note: "")
        default: CrosswalkEntry(provision2022: p, provision2024: nil, relation: .none, note: "")
        }
    }

    /// The rows of `landlords` landlords, grouped by landlord.
    static func rows(landlords: Int, seed: UInt64) -> [[AnswerRow]] {
        var random = Random(state: seed)
        return (0..<landlords).map { l in
            let id = "landlord-\(l)"
            let name = "Landlord \(l % (landlords / 2 + 1))"  // some landlords share a name
            var rows: [AnswerRow] = []
            for d in 0..<(1 + random.below(4)) {
                let version: CodeVersion = random.below(3) == 0 ? .v2022 : .v2024
                let period = periods[random.below(periods.count)]
                for provision in provisions where random.below(5) != 0 {
                    let (status, hedged) = statuses[random.below(statuses.count)]
                    let section = random.below(40) == 0 ? provision.section + 1 : provision.section
                    rows.append(AnswerRow(landlordID: id, landlordName: name, landlordKind: "test", documentID: "\(id)-d\(d)",
                                          period: period, codeVersion: version, provision: provision, section: section,
                                          status: status, hedged: hedged))
                }
            }
            return rows
        }
    }
}

@Suite("Sector figures summed one landlord at a time")
struct SectorFiguresTests {
    @Test("Every figure equals the in-memory function over all the rows", arguments: [1, 2, 3, 4] as [UInt64])
    func streamedEqualsInMemory(seed: UInt64) {
        let groups = GeneratedSector.rows(landlords: 60, seed: seed)
        let all = groups.flatMap { $0 }
        var sum = SectorFigures(crosswalk: GeneratedSector.crosswalk)
        // Groups of one to three landlords, each group's rows reversed: neither grouping nor order may matter.
        var start = 0
        while start < groups.count {
            let end = min(groups.count, start + 1 + start % 3)
            sum.add(groups[start..<end].flatMap { $0 }.reversed())
            start = end
        }
        let result = sum.result()
        let selection = Comparison.latestSelection(all)
        let pooled = Comparison.pool(all, crosswalk: GeneratedSector.crosswalk)
        #expect(!selection.excluded.isEmpty && pooled.mapped > 0 && pooled.duplicates > 0 && pooled.superseded > 0)
        #expect(result.excluded == selection.excluded)
        #expect(result.provisionRates == Comparison.provisionRates(all))
        #expect(result.pooledProvisionRates == Comparison.provisionRates(pooled.rows, version: .v2024))
        #expect(result.pooling.mapped == pooled.mapped && result.pooling.unmapped == pooled.unmapped)
        #expect(result.pooling.superseded == pooled.superseded && result.pooling.duplicates == pooled.duplicates)
        #expect(result.sectionRates == Comparison.sectionRates(all))
        #expect(result.landlordScores == Comparison.landlordScores(all))
        #expect(result.nonComplianceStated == Comparison.commonNonCompliance(all))
        #expect(result.nonComplianceAdjusted == Comparison.commonNonCompliance(all, countHedgedYes: true))
        let trend = Comparison.sectorTrend(all, crosswalk: GeneratedSector.crosswalk)
        #expect(trend.undatedDocuments > 0 && trend.periods.count > 3)
        #expect(result.sectorTrend == trend)
    }

    @Test("No rows: no figures")
    func empty() {
        let result = SectorFigures(crosswalk: GeneratedSector.crosswalk).result()
        #expect(result.provisionRates.isEmpty && result.landlordScores.isEmpty && result.sectorTrend?.periods.isEmpty == true)
        #expect(result.sectorTrend == Comparison.sectorTrend([], crosswalk: GeneratedSector.crosswalk))
    }
}
