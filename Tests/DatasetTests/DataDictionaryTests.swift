import Build
import Foundation
import GRDB
import Testing
@testable import Dataset

@Suite struct DataDictionaryTests {
    @Test func everyColumnOfAFreshDatasetIsDocumented() throws {
        let path = try makeTemporaryFolder() + "/dataset.sqlite"
        try DatasetWriter(path: path).write(documents: sampleRecords(), catalogue: try bundledCatalogue(), toolVersion: "test")
        let queue = try DatasetReader.openReadOnly(path: path)
        let mismatches = try queue.read { db in try DataDictionary.mismatches(db) }
        #expect(mismatches.undocumented == [], "add these columns to Sources/Dataset/Schema/DataDictionary+Entries.swift")
        #expect(mismatches.missing == [], "these documented columns are not in the schema")
        let stored = try DatasetReader.query(path: path, sql: "SELECT COUNT(*) FROM columns").rows
        #expect(stored == [[.integer(Int64(DataDictionary.tables.reduce(0) { $0 + $1.columns.count }))]])
    }

    @Test func documentedColumnsAreInSchemaOrder() throws {
        let path = try makeTemporaryFolder() + "/dataset.sqlite"
        try DatasetWriter(path: path).write(documents: [], catalogue: try bundledCatalogue(), toolVersion: "test")
        let queue = try DatasetReader.openReadOnly(path: path)
        try queue.read { db in
            for table in DataDictionary.tables {
                let actual = try db.columns(in: table.name).map(\.name)
                #expect(actual == table.columns.map(\.name), "\(table.name)")
            }
        }
    }

    /// docs/dataset.md is generated from the dictionary; `RECORD_SNAPSHOTS=1` rewrites it.
    @Test func docsMatchTheDictionary() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/dataset.md")
        let expected = DataDictionary.markdown()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Data(expected.utf8).write(to: docs)
        }
        let actual = try String(contentsOf: docs, encoding: .utf8)
        #expect(actual == expected, "docs/dataset.md is stale: run RECORD_SNAPSHOTS=1 swift test --filter DataDictionaryTests")
    }
}
