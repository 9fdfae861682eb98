import Assessment
import Comparison
import Testing

@Suite("Landlord scores, ranks and percentiles")
struct LandlordScoreTests {
    @Test("Fixture scores: A 4/5, B 3/5, C 3/5, D 1/3 → ranks 1, 2, 2, 4 (\"1224\")")
    func fixture() throws {
        let scores = Comparison.landlordScores(Fixture.sector, version: .v2024)
        // Tied B and C are ordered by name: Alpha Housing (B) before Moor Council (C).
        #expect(scores.map(\.landlordID) == ["A", "B", "C", "D"])
        #expect(scores.map(\.rank) == [1, 2, 2, 4])
        // Percentile = 100 × (lower + ½ tied others) / 3 others.
        #expect(scores.map(\.percentile) == [100, 50, 50, 0])
        #expect(scores.allSatisfy { $0.rankedLandlords == 4 })

        let a = scores[0]
        #expect(a.documentID == "A-2024" && a.period == "2024-25" && a.landlordName == "Zephyr Homes")
        #expect(a.counts == StatusCounts(yes: 4, no: 1, na: 1, hedgedYes: 1))
        expectClose(a.rates.strict, 0.8)
        expectInterval(a.rates.strictInterval, (0.3755, 0.9638))
        expectClose(a.rates.lenient, 0.8)
        expectClose(a.rates.adjusted, 0.6)
        #expect(!a.lowN)   // 5 answered

        let c = scores[2]
        #expect(c.counts == StatusCounts(yes: 3, partial: 1, no: 1, na: 1, hedgedYes: 1))
        expectClose(c.rates.strict, 0.6)
        expectClose(c.rates.lenient, 0.7)
        expectClose(c.rates.adjusted, 0.4)

        let d = scores[3]
        #expect(d.counts == StatusCounts(yes: 1, partial: 1, no: 1, na: 1, blank: 2))
        expectClose(d.rates.strict, 1.0 / 3)
        expectClose(d.rates.lenient, 0.5)
        #expect(d.lowN)   // 3 answered < 5
    }

    @Test("Per-section shares of a landlord")
    func sections() throws {
        let d = try #require(Comparison.landlordScores(Fixture.sector, version: .v2024).first { $0.landlordID == "D" })
        #expect(d.sections.map(\.section) == [1, 2, 3])
        #expect(d.sections[0].counts == StatusCounts(no: 1, na: 1))
        expectClose(d.sections[0].rates.strict, 0)
        #expect(d.sections[1].counts == StatusCounts(yes: 1, partial: 1, blank: 1))
        expectClose(d.sections[1].rates.strict, 0.5)
        expectClose(d.sections[1].rates.lenient, 0.75)
        #expect(d.sections[2].rates.strict == nil)
    }

    @Test("Equal shares with different denominators tie exactly (4/5 = 8/10)")
    func exactTies() {
        func landlord(_ id: String, yes: Int, no: Int) -> [AnswerRow] {
            (0..<(yes + no)).map { i in
                Fixture.row(id, id, "2024-25", provision: "1.\(i + 1)", i < yes ? "yes" : "no")
            }
        }
        let rows = landlord("P", yes: 1, no: 0) + landlord("Q", yes: 4, no: 1) + landlord("R", yes: 8, no: 2)
            + landlord("S", yes: 1, no: 1) + landlord("T", yes: 0, no: 3)
        let scores = Comparison.landlordScores(rows)
        #expect(scores.map(\.landlordID) == ["P", "Q", "R", "S", "T"])
        #expect(scores.map(\.rank) == [1, 2, 2, 4, 5])
        // others = 4: P 4/4; Q (2 lower + ½·1)/4; S 1/4; T 0
        #expect(scores.map(\.percentile) == [100, 62.5, 62.5, 25, 0])
    }

    @Test("No answered response: nil rank and percentile, not counted among ranked landlords")
    func unanswered() throws {
        let rows = Fixture.latest2024 + [Fixture.row("E", "E-2024", "2024-25", provision: "1.1", "na"),
                                         Fixture.row("E", "E-2024", "2024-25", provision: "1.2", "blank")]
        let scores = Comparison.landlordScores(rows)
        let e = try #require(scores.last)
        #expect(e.landlordID == "E")
        #expect(e.rank == nil && e.percentile == nil && e.rates.strict == nil)
        #expect(scores.allSatisfy { $0.rankedLandlords == 4 })
        #expect(scores.dropLast().map(\.rank) == [1, 2, 2, 4])
    }

    @Test("A landlord ranked alone has rank 1 and no percentile; all tied gives 50")
    func degenerate() {
        let alone = Comparison.landlordScores([Fixture.row("A", "a", nil, provision: "1.1", "no")])
        #expect(alone.map(\.rank) == [1])
        #expect(alone.map(\.percentile) == [nil])
        let tied = Comparison.landlordScores([Fixture.row("A", "a", nil, provision: "1.1", "yes"),
                                              Fixture.row("B", "b", nil, provision: "1.1", "yes"),
                                              Fixture.row("C", "c", nil, provision: "1.1", "yes")])
        #expect(tied.map(\.rank) == [1, 1, 1])
        #expect(tied.map(\.percentile) == [50, 50, 50])
    }

    @Test("Each version is ranked separately")
    func perVersion() {
        let scores = Comparison.landlordScores(Fixture.sector)
        #expect(scores.map { "\($0.codeVersion.rawValue) \($0.landlordID) \($0.rank ?? 0)" }
                == ["2022 B 1", "2024 A 1", "2024 B 2", "2024 C 2", "2024 D 4"])
    }
}
