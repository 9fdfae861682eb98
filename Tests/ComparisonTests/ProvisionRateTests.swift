import Assessment
import Comparison
import Testing

@Suite("Provision rates")
struct ProvisionRateTests {
    /// Hand-computed from `Fixture.table` (latest documents only; A's stale document and B's 2022 one excluded).
    struct Expected: Sendable, CustomTestStringConvertible {
        let provision: String
        let counts: StatusCounts
        let answering: Int
        let strict: Double?, strictCI: (Double, Double)?
        let lenient: Double?, lenientCI: (Double, Double)?
        let adjusted: Double?, adjustedCI: (Double, Double)?
        var testDescription: String { provision }
    }

    static let expected: [Expected] = [
        // yes yes yes~ no: 3/4, lenient 3/4, adjusted 2/4
        Expected(provision: "1.1", counts: StatusCounts(yes: 3, no: 1, hedgedYes: 1), answering: 4,
                 strict: 0.75, strictCI: (0.3006, 0.9544), lenient: 0.75, lenientCI: (0.3006, 0.9544),
                 adjusted: 0.5, adjustedCI: (0.15, 0.85)),
        // yes partial no na: 1/3, lenient 1.5/3, adjusted 1/3
        Expected(provision: "1.2", counts: StatusCounts(yes: 1, partial: 1, no: 1, na: 1), answering: 3,
                 strict: 1.0 / 3, strictCI: (0.0615, 0.7923), lenient: 0.5, lenientCI: (0.1253, 0.8747),
                 adjusted: 1.0 / 3, adjustedCI: (0.0615, 0.7923)),
        // yes~ yes partial blank: 2/3, lenient 2.5/3, adjusted 1/3
        Expected(provision: "2.1", counts: StatusCounts(yes: 2, partial: 1, blank: 1, hedgedYes: 1), answering: 3,
                 strict: 2.0 / 3, strictCI: (0.2077, 0.9385), lenient: 2.5 / 3, lenientCI: (0.31, 0.9823),
                 adjusted: 1.0 / 3, adjustedCI: (0.0615, 0.7923)),
        // no no yes partial: 1/4, lenient 1.5/4, adjusted 1/4
        Expected(provision: "2.2", counts: StatusCounts(yes: 1, partial: 1, no: 2), answering: 4,
                 strict: 0.25, strictCI: (0.0456, 0.6994), lenient: 0.375, lenientCI: (0.0919, 0.7806),
                 adjusted: 0.25, adjustedCI: (0.0456, 0.6994)),
        // yes ×4: 1, interval (0.5101, 1)
        Expected(provision: "2.3", counts: StatusCounts(yes: 4), answering: 4,
                 strict: 1, strictCI: (0.5101, 1), lenient: 1, lenientCI: (0.5101, 1),
                 adjusted: 1, adjustedCI: (0.5101, 1)),
        // na blank na blank: nothing answered
        Expected(provision: "3.1", counts: StatusCounts(na: 2, blank: 2), answering: 0,
                 strict: nil, strictCI: nil, lenient: nil, lenientCI: nil, adjusted: nil, adjustedCI: nil),
    ]

    @Test("Per-provision counts, rates and intervals match hand computation", arguments: expected)
    func provision(_ e: Expected) throws {
        let rates = Comparison.provisionRates(Fixture.sector, version: .v2024)
        let r = try #require(rates.first { $0.provision == pid(e.provision) })
        #expect(r.codeVersion == .v2024)
        #expect(r.section == pid(e.provision).section)
        #expect(r.counts == e.counts)
        #expect(r.landlords == 4)
        #expect(r.answeringLandlords == e.answering)
        #expect(r.lowN)
        expectClose(r.rates.strict, e.strict)
        expectInterval(r.rates.strictInterval, e.strictCI)
        expectClose(r.rates.lenient, e.lenient)
        expectInterval(r.rates.lenientInterval, e.lenientCI)
        expectClose(r.rates.adjusted, e.adjusted)
        expectInterval(r.rates.adjustedInterval, e.adjustedCI)
    }

    @Test("One row per (version, provision), sorted; versions are never pooled")
    func grouping() {
        let all = Comparison.provisionRates(Fixture.sector)
        #expect(all.map { "\($0.codeVersion.rawValue) \($0.provision)" }
                == ["2022 1.2", "2022 1.3", "2022 2.1", "2024 1.1", "2024 1.2", "2024 2.1", "2024 2.2", "2024 2.3", "2024 3.1"])
        let v2022 = Comparison.provisionRates(Fixture.sector, version: .v2022)
        #expect(v2022.allSatisfy { $0.codeVersion == .v2022 && $0.counts == StatusCounts(no: 1) })
    }

    @Test("low_n: 4 answering landlords is low, 5 is not; na/blank landlords do not count")
    func lowN() throws {
        let four = Comparison.provisionRates(Fixture.latest2024, version: .v2024)
        #expect(try #require(four.first { $0.provision == pid("1.1") }).lowN)
        let withE = Fixture.latest2024 + [Fixture.row("E", "E-2024", "2024-25", provision: "1.1", "no")]
        let five = try #require(Comparison.provisionRates(withE).first { $0.provision == pid("1.1") })
        #expect(five.answeringLandlords == 5)
        #expect(!five.lowN)
        expectClose(five.rates.strict, 0.6)
        let withNA = Fixture.latest2024 + [Fixture.row("E", "E-2024", "2024-25", provision: "1.1", "na")]
        let stillFour = try #require(Comparison.provisionRates(withNA).first { $0.provision == pid("1.1") })
        #expect(stillFour.landlords == 5)
        #expect(stillFour.answeringLandlords == 4)
        #expect(stillFour.lowN)
    }

    @Test("yes_landlords counts each landlord once, by its least compliant answer")
    func yesLandlords() throws {
        // 1.1: A yes, B yes, C yes~ (hedged still counts as yes), D no -> 3 of 4.
        let rates = Comparison.provisionRates(Fixture.latest2024, version: .v2024)
        #expect(try #require(rates.first { $0.provision == pid("1.1") }).yesLandlords == 3)
        // E answers 1.1 twice in one document: yes and partial -> E counts as partial, not yes; E also answers na
        // beside a yes on 2.3, which stays yes.
        let withE = Fixture.latest2024 + [
            Fixture.row("E", "E-2024", "2024-25", provision: "1.1", "yes"),
            Fixture.row("E", "E-2024", "2024-25", provision: "1.1", "partial"),
            Fixture.row("E", "E-2024", "2024-25", provision: "2.3", "na"),
            Fixture.row("E", "E-2024", "2024-25", provision: "2.3", "yes"),
        ]
        let more = Comparison.provisionRates(withE, version: .v2024)
        let r11 = try #require(more.first { $0.provision == pid("1.1") })
        #expect(r11.yesLandlords == 3)
        #expect(r11.answeringLandlords == 5)
        #expect(r11.counts.yes == 4)
        #expect(try #require(more.first { $0.provision == pid("2.3") }).yesLandlords == 5)
    }

    @Test("Worst first: strict ascending, nil last, ties in provision order")
    func worstFirst() {
        let ordered = Comparison.worstFirst(Comparison.provisionRates(Fixture.sector, version: .v2024))
        // 2.2 = 1/4, 1.2 = 1/3, 2.1 = 2/3, 1.1 = 3/4, 2.3 = 1, 3.1 = nil
        #expect(ordered.map(\.provision.description) == ["2.2", "1.2", "2.1", "1.1", "2.3", "3.1"])
        // Equal rates with different denominators (1/2 and 2/4) fall back to provision order.
        let tie = [Fixture.row("A", "a", nil, provision: "5.2", "yes"), Fixture.row("B", "b", nil, provision: "5.2", "no"),
                   Fixture.row("A", "a", nil, provision: "5.1", "yes"), Fixture.row("B", "b", nil, provision: "5.1", "no"),
                   Fixture.row("C", "c", nil, provision: "5.1", "yes"), Fixture.row("D", "d", nil, provision: "5.1", "partial")]
        #expect(Comparison.worstFirst(Comparison.provisionRates(tie)).map(\.provision.description) == ["5.1", "5.2"])
    }
}

@Suite("Section rates")
struct SectionRateTests {
    @Test("Section 1 pools 1.1 and 1.2: yes 4 (1 hedged), partial 1, no 2, na 1 → 4/7, 4.5/7, 3/7")
    func section1() throws {
        let s = try #require(Comparison.sectionRates(Fixture.sector, version: .v2024).first { $0.section == 1 })
        #expect(s.counts == StatusCounts(yes: 4, partial: 1, no: 2, na: 1, hedgedYes: 1))
        #expect(s.counts.answered == 7)
        #expect(s.provisions == 2 && s.landlords == 4 && s.answeringLandlords == 4 && s.lowN)
        expectClose(s.rates.strict, 4.0 / 7)
        expectInterval(s.rates.strictInterval, (0.2505, 0.8418))
        expectClose(s.rates.lenient, 4.5 / 7)
        expectInterval(s.rates.lenientInterval, (0.3026, 0.8819))
        expectClose(s.rates.adjusted, 3.0 / 7)
        expectInterval(s.rates.adjustedInterval, (0.1582, 0.7495))
    }

    @Test("Section 2 pools 2.1–2.3: yes 7 (1 hedged), partial 2, no 2, blank 1 → 7/11, 8/11, 6/11")
    func section2() throws {
        let s = try #require(Comparison.sectionRates(Fixture.sector, version: .v2024).first { $0.section == 2 })
        #expect(s.counts == StatusCounts(yes: 7, partial: 2, no: 2, blank: 1, hedgedYes: 1))
        #expect(s.provisions == 3)
        expectClose(s.rates.strict, 7.0 / 11)
        expectInterval(s.rates.strictInterval, (0.3538, 0.8483))
        expectClose(s.rates.lenient, 8.0 / 11)
        expectInterval(s.rates.lenientInterval, (0.4344, 0.9025))
        expectClose(s.rates.adjusted, 6.0 / 11)
        expectInterval(s.rates.adjustedInterval, (0.2801, 0.7873))
    }

    @Test("Section 3 has only na and blank: counts reported, rates nil, no answering landlords")
    func section3() throws {
        let s = try #require(Comparison.sectionRates(Fixture.sector, version: .v2024).first { $0.section == 3 })
        #expect(s.counts == StatusCounts(na: 2, blank: 2))
        #expect(s.rates.strict == nil && s.rates.strictInterval == nil)
        #expect(s.landlords == 4 && s.answeringLandlords == 0 && s.lowN)
    }

    @Test("Sections are grouped by version and sorted")
    func grouping() {
        #expect(Comparison.sectionRates(Fixture.sector).map { "\($0.codeVersion.rawValue)/\($0.section)" }
                == ["2022/1", "2022/2", "2024/1", "2024/2", "2024/3"])
    }
}
