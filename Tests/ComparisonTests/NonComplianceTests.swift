import Assessment
import Comparison
import Testing

@Suite("Common non-compliance")
struct NonComplianceTests {
    @Test("Strict: no or partial; ranked by share, fully compliant and unanswered provisions left out")
    func strict() throws {
        let entries = Comparison.commonNonCompliance(Fixture.sector, version: .v2024)
        // 2.2: A no, B no, D partial of 4 = .75; 1.2: B partial, C no of 3; 2.1: C partial of 3; 1.1: D no of 4
        #expect(entries.map(\.provision.description) == ["2.2", "1.2", "2.1", "1.1"])
        #expect(entries.map(\.notFullyCompliant) == [3, 2, 1, 1])
        #expect(entries.map(\.answeringLandlords) == [4, 3, 3, 4])
        expectClose(entries[0].share, 0.75)
        expectInterval(entries[0].shareInterval, (0.3006, 0.9544))
        #expect(entries.allSatisfy { $0.lowN && !$0.countsHedgedYes && $0.codeVersion == .v2024 })

        // Landlords sorted by name: Alpha Housing (B), Beacon Trust (D), Zephyr Homes (A).
        #expect(entries[0].landlords == [
            LandlordAnswer(landlordID: "B", landlordName: "Alpha Housing", status: .no, hedged: false, documentID: "B-2024"),
            LandlordAnswer(landlordID: "D", landlordName: "Beacon Trust", status: .partial, hedged: false, documentID: "D-2024"),
            LandlordAnswer(landlordID: "A", landlordName: "Zephyr Homes", status: .no, hedged: false, documentID: "A-2024"),
        ])
    }

    @Test("Adjusted: a hedged yes also counts; equal shares and counts fall back to provision order")
    func adjusted() throws {
        let entries = Comparison.commonNonCompliance(Fixture.sector, version: .v2024, countHedgedYes: true)
        // 2.2 3/4; 1.2 2/3 and 2.1 2/3 (A hedged) tie → 1.2 first; 1.1 2/4 (C hedged, D no)
        #expect(entries.map(\.provision.description) == ["2.2", "1.2", "2.1", "1.1"])
        #expect(entries.map(\.notFullyCompliant) == [3, 2, 2, 2])
        #expect(entries[3].landlords.map(\.landlordID) == ["D", "C"])   // Beacon Trust, Moor Council
        #expect(entries[3].landlords.map(\.hedged) == [false, true])
        #expect(entries.allSatisfy { $0.countsHedgedYes })
    }

    @Test("minLandlords keeps provisions with at least that many answering landlords")
    func minLandlords() {
        let four = Comparison.commonNonCompliance(Fixture.sector, version: .v2024, minLandlords: 4)
        #expect(four.map(\.provision.description) == ["2.2", "1.1"])
        #expect(Comparison.commonNonCompliance(Fixture.sector, version: .v2024, minLandlords: 5).isEmpty)
    }

    @Test("Equal shares rank the larger count first (2 of 4 before 1 of 2)")
    func countBreaksTies() {
        let rows = [Fixture.row("A", "a", nil, provision: "1.1", "no"), Fixture.row("B", "b", nil, provision: "1.1", "yes"),
                    Fixture.row("A", "a", nil, provision: "1.2", "no"), Fixture.row("B", "b", nil, provision: "1.2", "partial"),
                    Fixture.row("C", "c", nil, provision: "1.2", "yes"), Fixture.row("D", "d", nil, provision: "1.2", "yes")]
        let entries = Comparison.commonNonCompliance(rows)
        #expect(entries.map(\.provision.description) == ["1.2", "1.1"])
        #expect(entries.map(\.share) == [0.5, 0.5])
    }

    @Test("The stale 2024 document of A (all no) is not counted: 2.3 is fully compliant")
    func latestOnly() {
        let entries = Comparison.commonNonCompliance(Fixture.sector, version: .v2024)
        #expect(!entries.contains { $0.provision == pid("2.3") })
        #expect(entries.allSatisfy { $0.landlords.allSatisfy { $0.documentID != "A-2023" } })
    }

    @Test("A landlord with two answers to one provision is counted once, with its most severe answer")
    func oneAnswerPerLandlord() throws {
        let rows = [Fixture.row("A", "a", "2024", provision: "1.1", "partial"),
                    Fixture.row("A", "a", "2024", provision: "1.1", "no"),
                    Fixture.row("A", "a", "2024", provision: "1.1", "yes"),
                    Fixture.row("B", "b", "2024", provision: "1.1", "na"),
                    Fixture.row("C", "c", "2024", provision: "1.1", "yes~")]
        let strict = Comparison.commonNonCompliance(rows)
        #expect(strict.count == 1)
        #expect(strict.first?.answeringLandlords == 2)       // A and C; B's na is not an answer
        #expect(strict.first?.landlords.map(\.status) == [.no])
        let adjusted = Comparison.commonNonCompliance(rows, countHedgedYes: true)
        #expect(adjusted.first?.landlords.map(\.landlordID) == ["C", "A"])   // by name: Moor Council, Zephyr Homes
        #expect(Comparison.commonNonCompliance(rows, minLandlords: 3).isEmpty)
    }
}
