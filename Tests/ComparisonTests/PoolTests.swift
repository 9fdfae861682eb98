import Assessment
import Comparison
import Testing

@Suite("Pooling 2022 answers onto the 2024 Code")
struct PoolTests {
    static let crosswalk = [
        CrosswalkEntry(provision2022: pid("1.2"), provision2024: pid("1.2"), relation: .same, note: ""),
        CrosswalkEntry(provision2022: pid("1.3"), provision2024: pid("1.3"), relation: .narrower, note: ""),
        CrosswalkEntry(provision2022: pid("1.4"), provision2024: pid("1.2"), relation: .same, note: "collides with 1.2"),
        CrosswalkEntry(provision2022: pid("1.9"), provision2024: pid("2.4"), relation: .same, note: ""),
        CrosswalkEntry(provision2022: pid("2.1"), provision2024: pid("3.1"), relation: .partial, note: ""),
        CrosswalkEntry(provision2022: pid("3.1"), provision2024: nil, relation: .none, note: ""),
    ]

    /// E has only 2022 documents (an old and a latest one); A has both a 2022 and a native 2024 assessment.
    static let rows: [AnswerRow] = [
        Fixture.row("E", "E-2021", "2021-22", .v2022, provision: "1.2", "no"),
        Fixture.row("E", "E-2022", "2022-23", .v2022, provision: "1.2", "yes"),
        Fixture.row("E", "E-2022", "2022-23", .v2022, provision: "1.3", "no"),
        Fixture.row("E", "E-2022", "2022-23", .v2022, provision: "1.4", "no"),
        Fixture.row("E", "E-2022", "2022-23", .v2022, provision: "1.9", "partial"),
        Fixture.row("E", "E-2022", "2022-23", .v2022, provision: "2.1", "yes"),
        Fixture.row("E", "E-2022", "2022-23", .v2022, provision: "3.1", "yes"),
        Fixture.row("A", "A-2022", "2022-23", .v2022, provision: "1.2", "no"),
        Fixture.row("A", "A-2022", "2022-23", .v2022, provision: "1.9", "yes"),
        Fixture.row("A", "A-2024", "2024-25", provision: "1.2", "yes"),
        Fixture.row("A", "A-2024", "2024-25", provision: "2.4", "partial"),
    ]

    @Test("Only `same` entries map; the rest are counted, never silently kept")
    func counts() {
        let pooled = Comparison.pool(Self.rows, crosswalk: Self.crosswalk)
        #expect(pooled.mapped == 2)        // E 1.2 → 1.2, E 1.9 → 2.4
        #expect(pooled.unmapped == 3)      // E 1.3 (narrower), 2.1 (partial), 3.1 (none)
        #expect(pooled.unmappedProvisions == [pid("1.3"), pid("2.1"), pid("3.1")])
        #expect(pooled.duplicates == 1)    // E 1.4 → 1.2, already taken by E 1.2
        #expect(pooled.superseded == 2)    // A has a native 2024 assessment
        #expect(pooled.excludedDocuments.map(\.documentID) == ["E-2021"])
    }

    @Test("Mapped rows take the 2024 version, provision and section and keep everything else")
    func mappedRows() {
        let pooled = Comparison.pool(Self.rows, crosswalk: Self.crosswalk)
        #expect(pooled.rows.allSatisfy { $0.codeVersion == .v2024 })
        let e = pooled.rows.filter { $0.landlordID == "E" }
        #expect(e.map { "\($0.provision) s\($0.section) \($0.status.rawValue) \($0.documentID)" }
                == ["1.2 s1 yes E-2022", "2.4 s2 partial E-2022"])
        let a = pooled.rows.filter { $0.landlordID == "A" }
        #expect(a.map(\.documentID) == ["A-2024", "A-2024"])
    }

    @Test("A landlord with a native 2024 assessment is counted once per provision")
    func nativeWins() throws {
        let pooled = Comparison.pool(Self.rows, crosswalk: Self.crosswalk)
        let rates = Comparison.provisionRates(pooled.rows, version: .v2024)
        let p12 = try #require(rates.first { $0.provision == pid("1.2") })
        #expect(p12.counts == StatusCounts(yes: 2))   // A native yes + E mapped yes (A's 2022 "no" superseded)
        #expect(p12.landlords == 2)
        let p24 = try #require(rates.first { $0.provision == pid("2.4") })
        #expect(p24.counts == StatusCounts(partial: 2))
    }

    @Test("Without pooling, 2022 answers never reach 2024 figures")
    func neverSilent() {
        let rates = Comparison.provisionRates(Self.rows, version: .v2024)
        #expect(rates.map(\.landlords) == [1, 1])
    }
}
