import Assessment
import Comparison
import Testing

@Suite("Benchmark one landlord against the sector")
struct BenchmarkTests {
    @Test("D: section shares beside sector rates (sector includes D)")
    func sections() throws {
        let b = try #require(Comparison.benchmark(landlordID: "D", version: .v2024, rows: Fixture.sector))
        #expect(b.score.rank == 4 && b.score.percentile == 0)
        #expect(b.sections.map(\.section) == [1, 2, 3])
        // Section 1: D 0/1 vs sector 4/7
        expectClose(b.sections[0].landlord.rates.strict, 0)
        expectClose(b.sections[0].sector.rates.strict, 4.0 / 7)
        expectInterval(b.sections[0].sector.rates.strictInterval, (0.2505, 0.8418))
        expectClose(b.sections[0].difference, -4.0 / 7)
        // Section 2: D 1/2 vs sector 7/11
        expectClose(b.sections[1].landlord.rates.strict, 0.5)
        expectClose(b.sections[1].difference, 0.5 - 7.0 / 11)
        // Section 3: nothing answered anywhere
        #expect(b.sections[2].difference == nil)
        // Sector overall, 24 rows: yes 11 (2 hedged), partial 3, no 4, na 3, blank 3 → 11/18
        #expect(b.sectorCounts == StatusCounts(yes: 11, partial: 3, no: 4, na: 3, blank: 3, hedgedYes: 2))
        expectClose(b.sectorRates.strict, 11.0 / 18)
        // Section figures are the published sector figures.
        #expect(b.sections.map(\.sector) == Comparison.sectionRates(Fixture.sector, version: .v2024))
    }

    @Test("D is behind on 1.1 only (no where 3 of 4 say yes); na, blank and 50/50 splits are not findings")
    func minorityBehind() throws {
        let b = try #require(Comparison.benchmark(landlordID: "D", version: .v2024, rows: Fixture.sector))
        #expect(b.minority == [MinorityAnswer(provision: pid("1.1"), section: 1, status: .no, hedged: false,
                                              direction: .behind, majorityLandlords: 3, answeringLandlords: 4,
                                              counts: StatusCounts(yes: 3, no: 1, hedgedYes: 1))])
    }

    @Test("C: behind on 2.1 (partial where 2 of 3 say yes), ahead on 2.2 (yes where 3 of 4 say no or partial)")
    func minorityBothWays() throws {
        let b = try #require(Comparison.benchmark(landlordID: "C", version: .v2024, rows: Fixture.sector))
        #expect(b.minority.map { "\($0.provision) \($0.direction.rawValue) \($0.majorityLandlords)/\($0.answeringLandlords)" }
                == ["2.1 behind 2/3", "2.2 ahead 3/4"])
    }

    @Test("A: ahead on 1.2 (yes where partial and no are 2 of 3); the stale document is ignored")
    func minorityAhead() throws {
        let b = try #require(Comparison.benchmark(landlordID: "A", version: .v2024, rows: Fixture.sector))
        #expect(b.score.documentID == "A-2024")
        #expect(b.minority.map { "\($0.provision) \($0.status.rawValue) \($0.direction.rawValue)" } == ["1.2 yes ahead"])
    }

    @Test("No rows on the version: nil")
    func absent() {
        #expect(Comparison.benchmark(landlordID: "Z", version: .v2024, rows: Fixture.sector) == nil)
        #expect(Comparison.benchmark(landlordID: "A", version: .v2022, rows: Fixture.sector) == nil)
    }
}
