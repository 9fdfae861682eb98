import Assessment
import Comparison
import Foundation
import GRDB
import Testing
@testable import Dataset
import Build

@Suite struct DatasetAnswersTests {
    @Test func everyResponseJoinedToItsDocumentAndLandlordInOrder() throws {
        let path = try makeComparisonDataset()
        let rows = try DatasetAnswers.load(path: path)
        #expect(rows.count == 27)
        let alpha = String(fakeSHA("alpha-2024-25").prefix(16))
        let alphaRows = rows.filter { $0.documentID == alpha }
        #expect(alphaRows.map(\.provision.description) == ["1.2", "3.1", "6.1", "6.10"])
        #expect(alphaRows.first == AnswerRow(landlordID: "alpha-homes", landlordName: "Alpha Homes",
                                             landlordKind: "housing_association", documentID: alpha, period: "2024-25",
                                             codeVersion: .v2024, provision: ProvisionID(section: 1, item: 2), status: .yes))
        let order = rows.map { "\($0.documentID) \($0.provision.sortKey)" }
        #expect(order == order.sorted())
        #expect(rows.allSatisfy { !$0.hedged })
    }

    @Test func hedgedComesFromASignalsTableWhenThereIsOne() throws {
        let path = try makeComparisonDataset()
        let alpha = String(fakeSHA("alpha-2024-25").prefix(16))
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM signals")
            try db.execute(sql: """
                INSERT INTO signals (response_id, position, kind, phrase, detail)
                VALUES (?, 1, 'hedged_yes', 'to be rolled out', ''), (?, 1, 'generic_evidence', 'Policy', '')
                """, arguments: ["\(alpha):1.2", "\(alpha):3.1"])
        }
        try queue.close()
        let hedged = try DatasetAnswers.load(path: path).filter(\.hedged)
        #expect(hedged.map { "\($0.documentID):\($0.provision)" } == ["\(alpha):1.2"])
    }

    @Test func eachLandlordsRowsComeTogetherInOneCall() throws {
        let path = try makeComparisonDataset()
        let all = try DatasetAnswers.load(path: path)
        var groups: [[AnswerRow]] = []
        let queue = try DatasetReader.openReadOnly(path: path)
        try queue.read { db in try DatasetAnswers.forEachLandlord(db) { groups.append($0) } }
        let ids = groups.map { Set($0.map(\.landlordID)) }
        #expect(ids.allSatisfy { $0.count == 1 })
        #expect(ids.map { $0.first ?? "" } == Set(all.map(\.landlordID)).sorted())
        #expect(groups.count > 2)
        // The same rows as `load`, each landlord's in the same order.
        for group in groups {
            #expect(group == all.filter { $0.landlordID == group[0].landlordID })
        }
        #expect(groups.map(\.count).reduce(0, +) == all.count)
    }

    @Test func storedFiguresEqualTheInMemoryFunctions() throws {
        let path = try makeComparisonDataset()
        let all = try DatasetAnswers.load(path: path)
        let catalogue = try bundledCatalogue()
        let expected = BuildFigures.compute(Comparison.latestSelection(all), catalogue: catalogue)
        let queue = try DatasetReader.openReadOnly(path: path)
        let stored = try queue.read { db in
            try BuildDerivations().figures(catalogue: catalogue) { each in try DatasetAnswers.forEachLandlord(db, each) }
        }
        #expect(stored.excluded == expected.excluded && !expected.excluded.isEmpty)
        #expect(stored.provisionRates == expected.provisionRates)
        #expect(stored.pooledProvisionRates == expected.pooledProvisionRates)
        #expect(stored.sectionRates == expected.sectionRates)
        #expect(stored.landlordScores == expected.landlordScores)
        #expect(stored.nonComplianceStated == expected.nonComplianceStated)
        #expect(stored.nonComplianceAdjusted == expected.nonComplianceAdjusted)
        #expect(stored.sectorTrend == Comparison.sectorTrend(all, crosswalk: catalogue.crosswalk))
    }

    @Test func missingDatasetIsReported() {
        #expect {
            try DatasetAnswers.load(path: "/no/such/dataset.sqlite")
        } throws: { error in
            (error as? DatasetError)?.description == "no dataset at /no/such/dataset.sqlite - run 'chc build' first or pass --dataset"
        }
    }
}
