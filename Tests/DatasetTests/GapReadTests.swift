import Assessment
import Comparison
import Testing
@testable import Dataset

/// The reads `chc gaps` and `chc benchmark` make in one statement give what the per-entry reads gave.
@Suite struct GapReadTests {
    static let path = Result { try makeSectorDataset(landlords: 60, seed: 3, "gap-reads") }

    @Test(arguments: [(true, nil, 1), (false, nil, 1), (true, 3, 1), (false, 2, 4), (true, 1, 30)] as [(Bool, Int?, Int)])
    func gapsWithWordsEqualTheEntriesAndTheirWords(adjusted: Bool, top: Int?, minLandlords: Int) throws {
        let dataset = try DatasetFile(path: try Self.path.get(), memoryMapped: false)
        let gaps = try dataset.rankedGaps(adjusted: adjusted, minLandlords: minLandlords, top: top)
        let ranked = try dataset.rankedNonCompliance(adjusted: adjusted, minLandlords: minLandlords, top: top)
        #expect(gaps.map(\.rank) == ranked.map(\.rank))
        #expect(gaps.map(\.entry) == ranked.map(\.entry))
        #expect(!gaps.isEmpty)
        var said: [String: LandlordWords] = [:]
        for w in try dataset.landlordWords(adjusted: adjusted) { said["\(w.documentID)|\(w.provision)"] = w }
        var found = 0, missing = 0
        for gap in gaps {
            #expect(gap.words.count == gap.entry.landlords.count)
            for (l, w) in zip(gap.entry.landlords, gap.words) {
                #expect(w == said["\(l.documentID)|\(gap.entry.provision)"])
                if w == nil { missing += 1 } else { found += 1 }
            }
        }
        #expect(found > 0)
        // A landlord listed for a provision its document did not answer yes, partial or no has no words.
        #expect(missing == 0)
    }

    @Test func candidatesAreTheListingsSpellings() throws {
        let dataset = try DatasetFile(path: try Self.path.get())
        let candidates = try dataset.landlordCandidates()
        let listings = try dataset.landlordListings().sorted { $0.id < $1.id }
        #expect(candidates.map(\.id) == listings.map(\.id))
        #expect(candidates.map(\.name) == listings.map(\.name))
        for (c, l) in zip(candidates, listings) {
            #expect(c.aliases.sorted() == l.aliases.filter { $0.source != "url" }.map(\.alias).sorted())
        }
        #expect(candidates.contains { !$0.aliases.isEmpty })
    }
}
