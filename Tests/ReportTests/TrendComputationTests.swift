import Assessment
import Comparison
import Dataset
import GRDB
import Testing

/// `Comparison.landlordTrends` and `Comparison.sectorTrend` on answers written inline, with expectations computed
/// by hand, and the stored trend read back against the computed one.
@Suite struct TrendComputationTests {
    static func answer(_ landlord: String, _ document: String, _ period: String?, _ version: CodeVersion, _ provision: String,
                       _ status: Status, hedged: Bool = false, line: Int = 1) -> LocatedAnswer {
        let id = ProvisionID(provision) ?? ProvisionID(section: 0, item: 0)
        return LocatedAnswer(row: AnswerRow(landlordID: landlord, landlordName: landlord.uppercased(), landlordKind: "other",
                                            documentID: document, period: period, codeVersion: version, provision: id,
                                            status: status, hedged: hedged),
                             location: AnswerLocation(path: "\(document).txt", lineStart: line, lineEnd: line))
    }

    static let alpha = [
        answer("a", "a1", "2023-24", .v2024, "1.2", .no, line: 2), answer("a", "a1", "2023-24", .v2024, "1.3", .yes, line: 3),
        answer("a", "a1", "2023-24", .v2024, "1.4", .yes), answer("a", "a1", "2023-24", .v2024, "1.6", .na),
        answer("a", "a2", "2024-25", .v2024, "1.2", .yes, line: 7), answer("a", "a2", "2024-25", .v2024, "1.3", .partial),
        answer("a", "a2", "2024-25", .v2024, "1.4", .yes, hedged: true), answer("a", "a2", "2024-25", .v2024, "1.6", .yes),
        answer("a", "a2", "2024-25", .v2024, "1.5", .yes),
    ]

    @Test func changesWithinAVersionAreEveryDifferingAnswer() throws {
        let trend = try #require(Comparison.landlordTrends(Self.alpha, crosswalk: []).first)
        #expect(trend.assessments.map(\.documentID) == ["a1", "a2"])
        #expect(trend.assessments.map(\.counted) == [false, true])
        #expect(trend.assessments[1].counts == StatusCounts(yes: 4, partial: 1, hedgedYes: 1))
        let step = try #require(trend.steps.first)
        // 1.2 no→yes better, 1.3 yes→partial worse, 1.4 yes→hedged yes worse, 1.6 n/a→yes other; 1.5 only later.
        #expect(step.compared == 4 && step.unchanged == 0 && step.onlyLater == 1 && step.onlyEarlier == 0)
        #expect(step.changes.map(\.provision.description) == ["1.2", "1.3", "1.4", "1.6"])
        #expect(step.changes.map(\.direction) == [.better, .worse, .worse, .other])
        #expect(step.changes[0].earlier.description == "a1.txt:2" && step.changes[0].later.description == "a2.txt:7")
        #expect(!step.viaCrosswalk && step.notComparable == 0)
    }

    @Test func acrossVersionsOnlySamePairsAreCompared() throws {
        let crosswalk = [
            CrosswalkEntry(provision2022: ProvisionID(section: 1, item: 2), provision2024: ProvisionID(section: 1, item: 2), relation: .same, note: ""),
            CrosswalkEntry(provision2022: ProvisionID(section: 1, item: 3), provision2024: ProvisionID(section: 1, item: 3), relation: .narrower, note: ""),
            CrosswalkEntry(provision2022: ProvisionID(section: 1, item: 9), provision2024: ProvisionID(section: 2, item: 4), relation: .same, note: ""),
        ]
        let rows = [
            Self.answer("b", "b1", "2022-23", .v2022, "1.2", .no), Self.answer("b", "b1", "2022-23", .v2022, "1.3", .yes),
            Self.answer("b", "b1", "2022-23", .v2022, "1.9", .partial),
            Self.answer("b", "b2", "2024-25", .v2024, "1.2", .yes), Self.answer("b", "b2", "2024-25", .v2024, "1.3", .no),
            Self.answer("b", "b2", "2024-25", .v2024, "2.4", .yes),
        ]
        let step = try #require(Comparison.landlordTrends(rows, crosswalk: crosswalk).first?.steps.first)
        #expect(step.viaCrosswalk)
        // 1.2↔1.2 and 1.9↔2.4 compared; 1.3 (narrower) on both sides not comparable, whatever the answers say.
        #expect(step.compared == 2 && step.notComparable == 2 && step.unchanged == 0)
        #expect(step.changes.map { "\($0.earlierProvision)→\($0.provision)" } == ["1.2→1.2", "1.9→2.4"])
        #expect(step.changes.allSatisfy { $0.direction == .better })
        // Both assessments are counted: each is the latest on its own version.
        #expect(Comparison.landlordTrends(rows, crosswalk: crosswalk).first?.assessments.map(\.counted) == [true, true])
    }

    @Test func sectorTrendCountsEachLandlordOncePerPeriod() throws {
        let rows = Self.alpha.map(\.row) + [
            Self.answer("c", "c1", "2024", .v2024, "1.2", .no).row, Self.answer("c", "c0", "2024/25", .v2024, "1.2", .yes).row,
            Self.answer("d", "d1", nil, .v2024, "1.2", .yes).row,
        ]
        let trend = Comparison.sectorTrend(rows, crosswalk: [])
        #expect(trend.years == [2023, 2024])
        #expect(trend.undatedDocuments == 1)
        // 2024: landlord a (a2) and landlord c once, by its latest document of the year ("2024/25" > "2024").
        let p2024 = try #require(trend.provisionRates.first { $0.year == 2024 && $0.basis == .version && $0.rate.provision.description == "1.2" })
        #expect(p2024.rate.counts == StatusCounts(yes: 2) && p2024.rate.landlords == 2)
        #expect(trend.periods.first { $0.year == 2024 }?.documents == 2)
        #expect(trend.periods.first { $0.year == 2024 }?.periodTexts == ["2024-25", "2024/25"])
        let p2023 = try #require(trend.provisionRates.first { $0.year == 2023 && $0.basis == .version && $0.rate.provision.description == "1.2" })
        #expect(p2023.rate.counts == StatusCounts(no: 1))
        // With no 2022 answer, the pooled figures are the 2024 ones.
        let pooled = trend.provisionRates.filter { $0.basis == .pooled }.map(\.rate)
        #expect(pooled == trend.provisionRates.filter { $0.basis == .version }.map(\.rate))
    }

    /// What `chc build` stored is what `Comparison.sectorTrend` computes from the stored answers.
    @Test(arguments: ["fixtures", "corpus"])
    func storedTrendEqualsComputed(_ which: String) throws {
        let fixture = which == "fixtures" ? try FixtureCorpus.trends() : nil
        defer { fixture?.remove() }
        let path = try fixture?.dataset ?? ReportFixtures.corpusDataset.get()
        let queue = try DatasetReader.openReadOnly(path: path)
        try queue.read { db in
            let stored = try DatasetTrendReads.sectorTrend(db)
            let computed = Comparison.sectorTrend(try DatasetAnswers.load(db), crosswalk: ReportFixtures.crosswalk)
            #expect(stored == computed)
            #expect(!stored.periods.isEmpty)
        }
    }

    /// The fixture corpus through the dataset: the same steps as the inline answers give.
    @Test func fixtureTrendsThroughTheDataset() throws {
        let fixture = try FixtureCorpus.trends()
        defer { fixture.remove() }
        let answers = try DatasetFile(path: fixture.dataset).locatedAnswers()
        let trends = Comparison.landlordTrends(answers, crosswalk: ReportFixtures.crosswalk)
        #expect(trends.map(\.landlordName) == ["Alpha Homes", "Beta Council", "Gamma Trust"])
        let alpha = try #require(trends.first?.steps.first)
        #expect(alpha.changes.map { "\($0.provision) \($0.from)→\($0.to)\($0.toHedged ? " hedged" : "")" }
                == ["1.2 no→yes", "1.3 yes→partial", "1.4 yes→yes hedged", "1.6 na→yes"])
        #expect(alpha.changes.allSatisfy { $0.earlier.path == "assessments/alpha-2023.txt" && $0.later.path == "assessments/alpha-2024.txt" })
        let beta = try #require(trends[1].steps.first)
        #expect(beta.viaCrosswalk && beta.compared == 2 && beta.notComparable == 2)
        #expect(trends[2].steps.isEmpty)
    }
}
