import Assessment
import Comparison
import Foundation
import Testing

@Suite("AnswerRow")
struct AnswerRowTests {
    @Test("Rows of one document share their fields, yet a change to one row's landlord leaves its siblings alone")
    func valueSemantics() {
        let first = Fixture.row("A", "d1", "2024-25", provision: "1.1", "yes")
        var second = first.sameDocument(codeVersion: .v2024, provision: pid("1.2"), status: .no)
        #expect(second.documentID == "d1" && second.landlordName == "Zephyr Homes" && second.period == "2024-25")
        #expect(second.provision == pid("1.2") && second.section == 1 && second.status == .no && !second.hedged)
        second.landlordName = "Renamed"
        second.period = nil
        #expect(first.landlordName == "Zephyr Homes" && first.period == "2024-25")
        #expect(second.landlordName == "Renamed" && second.period == nil && second.landlordID == "A")
    }

    @Test("Equality and hashing compare values, not shared storage")
    func equalityByValue() {
        let a = Fixture.row("A", "d1", "2024-25", provision: "1.1", "yes")
        let b = Fixture.row("A", "d1", "2024-25", provision: "1.1", "yes")
        #expect(a == b && a.hashValue == b.hashValue)
        var c = a
        c.documentID = "d2"
        #expect(a != c)
        #expect(Set([a, b, c]).count == 2)
        let sibling = a.sameDocument(codeVersion: .v2024, provision: pid("1.1"), status: .yes, hedged: true)
        #expect(sibling != a)
    }

    @Test("JSON round trip keeps every field, including a missing period")
    func codableRoundTrip() throws {
        let rows = [Fixture.row("B", "d9", nil, .v2022, provision: "4.16", "yes~"),
                    Fixture.row("C", "d3", "2023", provision: "6.10", "partial")]
        let data = try JSONEncoder().encode(rows)
        let back = try JSONDecoder().decode([AnswerRow].self, from: data)
        #expect(back == rows)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"landlord_id\":\"B\"") && !text.contains("\"period\":null"))
    }

    @Test("Selecting the latest documents again returns the same rows (the build selects once)")
    func selectionIsIdempotent() {
        let once = Comparison.latestSelection(Fixture.sector)
        #expect(!once.excluded.isEmpty)
        let twice = Comparison.latestSelection(once.rows)
        #expect(twice.rows == once.rows)
        #expect(twice.excluded.isEmpty)
        #expect(Comparison.provisionRates(once.rows) == Comparison.provisionRates(Fixture.sector))
        #expect(Comparison.landlordScores(once.rows) == Comparison.landlordScores(Fixture.sector))
        #expect(Comparison.commonNonCompliance(once.rows) == Comparison.commonNonCompliance(Fixture.sector))
    }
}
