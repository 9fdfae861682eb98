import Assessment
import Foundation
import Testing
@testable import Dataset

@Suite struct SearchTests {
    @Test func findsAWordInEvidenceWithHighlightAndProvenance() throws {
        let path = try makeComparisonDataset()
        let hits = try DatasetReader.search(path: path, text: "learning")
        #expect(hits.map(\.landlordName).sorted() == ["Alpha Homes", "Beta Council"])
        let alpha = try #require(hits.first { $0.landlordName == "Alpha Homes" })
        #expect(alpha.field == "evidence")
        #expect(alpha.snippet == "Annual [learning] report, café review panel")
        #expect(alpha.codeVersion == .v2024)
        #expect(alpha.provision == ProvisionID(section: 3, item: 1))
        #expect(alpha.documentID == String(fakeSHA("alpha-2024-25").prefix(16)))
        #expect(alpha.sourcePath == "assessments/alpha-2024-25.txt")
        #expect(alpha.lineStart == 8 && alpha.lineEnd == 10)
    }

    @Test func phrasesAccentsPrefixesAndFields() throws {
        let path = try makeComparisonDataset()
        #expect(try DatasetReader.search(path: path, text: "\"learning report\"").map(\.landlordName) == ["Alpha Homes"])
        #expect(try DatasetReader.search(path: path, text: "\"report learning\"").map(\.landlordName) == ["Beta Council"])
        #expect(try DatasetReader.search(path: path, text: "CAFE").map(\.snippet) == ["Annual learning report, [café] review panel"])
        #expect(try DatasetReader.search(path: path, text: "learn*").count == 2)
        // Words of one query may sit in different fields of one response: one hit per field.
        let both = try DatasetReader.search(path: path, text: "annual requirement")
        #expect(both.map(\.field).sorted() == ["evidence", "requirement"])
        #expect(both.first { $0.field == "requirement" }?.snippet == "[Requirement] 3.1.")
        #expect(try DatasetReader.search(path: path, text: "requirement", limit: 3).count == 3)
        #expect(try DatasetReader.search(path: path, text: "nowhere-to-be-found").isEmpty)
    }

    @Test(arguments: ["policy\"", "AND", "\"", "NEAR(policy", "evidence:policy", "policy OR", "-policy", "(", "*", "'; DROP"])
    func syntaxInTheTextIsPlainText(_ text: String) throws {
        let path = try makeComparisonDataset("search-syntax")
        do {
            _ = try DatasetReader.search(path: path, text: text)
        } catch {
            // Only text with no word at all may fail, and then with the empty-search message.
            #expect(error.description.hasPrefix("nothing to search for"), "\(text): \(error)")
        }
    }

    @Test func operatorsAreSearchedAsWords() throws {
        let path = try makeComparisonDataset()
        #expect(try DatasetReader.search(path: path, text: "policy\"").contains { $0.snippet == "Complaints [policy] section 2" })
        #expect(try DatasetReader.search(path: path, text: "AND").map(\.snippet).contains("Remedies guidance [AND] training"))
    }

    @Test func emptySearchIsAClearError() throws {
        let path = try makeComparisonDataset()
        for text in ["", "   ", "\"\"", "-"] {
            #expect {
                try DatasetReader.search(path: path, text: text)
            } throws: { error in
                (error as? DatasetError)?.description == "nothing to search for: the search text has no words - "
                    + "give a word or a \"quoted phrase\", e.g. complaints \"stage 2\""
            }
        }
    }

    @Test func queryTextBecomesQuotedFTSStrings() {
        #expect(SearchQuery("complaints \"stage 2\" escalat*")?.expression == "\"complaints\" \"stage 2\" \"escalat\"*")
        #expect(SearchQuery("policy\"")?.expression == "\"policy\"\"\"")
        #expect(SearchQuery("AND OR NOT")?.expression == "\"AND\" \"OR\" \"NOT\"")
        #expect(SearchQuery("\"unclosed phrase")?.expression == "\"\"\"unclosed\" \"phrase\"")
        #expect(SearchQuery("  ") == nil)
    }
}
