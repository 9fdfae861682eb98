import Assessment
import Comparison
import Testing

@Suite("Latest assessment per landlord")
struct LatestSelectionTests {
    /// The document kept when landlord "A" has one row in each of `documents` (id, period) on the 2024 Code.
    func winner(_ documents: [(String, String?)]) -> [String] {
        let rows = documents.map { Fixture.row("A", $0.0, $0.1, provision: "1.1", "yes") }
        return Array(Set(Comparison.latestPerLandlord(rows).map(\.documentID))).sorted()
    }

    @Test("2024-25 is kept over 2023-24; the older document is reported as excluded")
    func laterPeriod() {
        let selection = Comparison.latestSelection(Fixture.sector)
        let a2024 = selection.rows.filter { $0.landlordID == "A" && $0.codeVersion == .v2024 }
        #expect(Set(a2024.map(\.documentID)) == ["A-2024"])
        #expect(a2024.count == 6)
        #expect(selection.excluded == [ExcludedDocument(landlordID: "A", codeVersion: .v2024, documentID: "A-2023",
                                                        period: "2023-24", keptDocumentID: "A-2024",
                                                        keptPeriod: "2024-25", rowCount: 6)])
    }

    @Test("Versions are kept apart: B's 2022 assessment survives beside its 2024 one")
    func versionsApart() {
        let kept = Comparison.latestPerLandlord(Fixture.sector).filter { $0.landlordID == "B" }
        #expect(Set(kept.map(\.documentID)) == ["B-2022", "B-2024"])
        #expect(kept.filter { $0.codeVersion == .v2022 }.count == 3)
    }

    @Test("Period rules: first 4-digit year, then full text; nil oldest; tie → larger document id")
    func periodRules() {
        #expect(winner([("x", "2023-24"), ("y", "2024-25")]) == ["y"])
        #expect(winner([("y", "2024-25"), ("x", "2023-24")]) == ["y"])
        #expect(winner([("x", nil), ("y", "unknown")]) == ["y"])          // any period beats none
        #expect(winner([("x", "unknown"), ("y", "2019")]) == ["y"])       // a year beats no year
        #expect(winner([("x", "Year to March 2025"), ("y", "2024-25")]) == ["x"]) // 2025 > 2024
        #expect(winner([("x", "2024/25"), ("y", "2024-25")]) == ["x"])    // same year: "2024/25" > "2024-25"
        #expect(winner([("b", "2024-25"), ("a", "2024-25")]) == ["b"])    // full tie: larger id
        #expect(winner([("b", nil), ("a", nil)]) == ["b"])
        #expect(winner([("x", "20245"), ("y", "2020")]) == ["y"])          // a 5-digit run is not a year
    }

    @Test("Output is sorted by version, landlord, provision and independent of input order")
    func deterministic() {
        let forward = Comparison.latestPerLandlord(Fixture.sector)
        let backward = Comparison.latestPerLandlord(Fixture.sector.reversed())
        #expect(forward == backward)
        #expect(forward.first?.codeVersion == .v2022)
        #expect(forward.filter { $0.codeVersion == .v2024 }.map(\.landlordID).first == "A")
        #expect(Comparison.latestPerLandlord(forward) == forward)
    }
}
