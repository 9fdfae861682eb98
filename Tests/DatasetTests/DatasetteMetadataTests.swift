import Foundation
import GRDB
import Testing
@testable import Dataset

@Suite struct DatasetteMetadataTests {
    @Test func metadataDocumentsEveryColumnOfEveryTable() throws {
        let path = try makeComparisonDataset()
        let out = try makeTemporaryFolder("metadata")
        let files = try DatasetExporter.exportTables(dataset: path, to: out)
        #expect(files.suffix(2) == [out + "/datasette-metadata.json", out + "/datapackage.json"])
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/datasette-metadata.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["license"] as? String == "Source documents: as published by each landlord; dataset: CC BY 4.0")
        #expect(root["title"] as? String == "Complaint Handling Code self-assessments")
        #expect(root["source_url"] == nil)
        let databases = try #require(root["databases"] as? [String: Any])
        let tables = try #require((databases["dataset"] as? [String: Any])?["tables"] as? [String: Any])
        let queue = try DatasetReader.openReadOnly(path: path)
        let relations = try queue.read { db in
            try DatasetRelations.all(db).map { ($0.name, try db.columns(in: $0.name).map(\.name)) }
        }
        #expect(Set(tables.keys) == Set(relations.map(\.0)))
        for (name, columns) in relations {
            let table = try #require(tables[name] as? [String: Any], "\(name)")
            #expect((table["description"] as? String ?? "").count > 10, "\(name)")
            let described = try #require(table["columns"] as? [String: String], "\(name)")
            #expect(Set(described.keys) == Set(columns), "\(name)")
            for (column, text) in described {
                #expect(!text.isEmpty && !text.contains("Not described"), "\(name).\(column)")
            }
        }
        let rates = try #require((tables["provision_rates"] as? [String: Any])?["columns"] as? [String: String])
        #expect(rates["rate"] == "Strict rate: yes / answered; NULL when `answered` = 0. (fraction 0–1)")
        #expect((tables["responses"] as? [String: Any])?["facets"] as? [String] == ["code_version", "section", "status"])
        #expect((tables["landlords"] as? [String: Any])?["facets"] as? [String] == ["kind"])
        #expect((tables["latest_responses"] as? [String: Any])?["facets"] as? [String]
            == ["code_version", "section", "status", "landlord_kind"])
        #expect((tables["build_info"] as? [String: Any])?["facets"] == nil)
        #expect((tables["responses_fts"] as? [String: Any])?["facets"] == nil)
    }

    @Test func metadataIsDeterministicAndTakesItsParameters() throws {
        let path = try makeComparisonDataset()
        let queue = try DatasetReader.openReadOnly(path: path)
        let metadata = DatasetteMetadata(sourceURL: "https://example.org/chc", license: "CC0")
        let first = try queue.read { db in try metadata.json(db) }
        let second = try queue.read { db in try metadata.json(db) }
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"databases\" : {"))
        #expect(text.contains("\"license\" : \"CC0\""))
        #expect(text.contains("\"source_url\" : \"https://example.org/chc\""))
        #expect(text.hasSuffix("}\n"))
    }
}
