import Build
import Assessment
import Foundation
import GRDB
import Testing
@testable import Dataset

@Suite struct WriterTests {
    @Test func rebuildingTheSameInputsGivesTheSameDump() throws {
        let folder = try makeTemporaryFolder()
        let catalogue = try bundledCatalogue()
        let records = sampleRecords()
        try DatasetWriter(path: folder + "/a.sqlite").write(documents: records, catalogue: catalogue, toolVersion: "test")
        try DatasetWriter(path: folder + "/b.sqlite").write(documents: records.reversed(), catalogue: catalogue, toolVersion: "test")
        let session = try DatasetWriter(path: folder + "/c.sqlite", batchSize: 1).begin(catalogue: catalogue, toolVersion: "test")
        for record in records.sorted(by: { $0.sortPath < $1.sortPath }) { try session.append(record) }
        try session.finish()
        let first = try dump(folder + "/a.sqlite")
        #expect(first == (try dump(folder + "/b.sqlite")))
        #expect(first == (try dump(folder + "/c.sqlite")))
        #expect(!first.isEmpty)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func rowsCarryDerivedIdsAndProvenance() throws {
        let folder = try makeTemporaryFolder()
        let path = folder + "/dataset.sqlite"
        let summary = try DatasetWriter(path: path).write(documents: sampleRecords(), catalogue: try bundledCatalogue(),
                                                          toolVersion: "test")
        #expect(summary.documentCount == 3)
        #expect(summary.responseCount == 6)
        #expect(summary.landlordCount == 2)
        #expect(summary.skipped.isEmpty)
        let queue = try DatasetReader.openReadOnly(path: path)
        try queue.read { db in
            let landlords = try Row.fetchAll(db, sql: "SELECT id, name, kind, named FROM landlords ORDER BY id")
            let unnamedID = "unnamed-" + fakeSHA("unnamed").prefix(12)
            #expect(landlords.map { $0["id"] as String? } == ["croydon-council", unnamedID])
            #expect(landlords[0]["name"] as String? == "croydon council")
            #expect(landlords[0]["kind"] as String? == "local_authority")
            #expect(landlords[1]["name"] as String? == "Unnamed landlord (unnamed-landlord-2022.txt)")
            #expect(landlords[1]["named"] as Int? == 0)
            let documentID = String(fakeSHA("croydon").prefix(16))
            let response = try #require(try Row.fetchOne(db, sql: "SELECT * FROM responses WHERE id = ?",
                                                          arguments: ["\(documentID):6.10"]))
            #expect(response["provision_key"] as String? == "06.10")
            #expect(response["source_path"] as String? == "assessments/croydon-2024-25.txt")
            #expect(response["line_start"] as Int? == 14)
            let keys = try String.fetchAll(db, sql: "SELECT key FROM build_info ORDER BY key")
            #expect(keys == ["catalogue_version", "document_count", "input:assessments/croydon-2023-24.txt",
                             "input:assessments/croydon-2024-25.txt", "input:assessments/unnamed-landlord-2022.txt",
                             "landlord_count", "pooled_2022_duplicates", "pooled_2022_mapped", "pooled_2022_superseded",
                             "pooled_2022_unmapped", "response_count", "schema_version", "sqlite_version", "tool_version",
                             "trend_undated_documents", "unparsed_line_count"])
            let period = try String.fetchOne(db, sql: "SELECT period FROM documents WHERE source_path LIKE '%2023-24%'")
            #expect(period == "2023-24")
        }
    }

    @Test func multiPartDocumentListsEveryFile() throws {
        let folder = try makeTemporaryFolder()
        let path = folder + "/dataset.sqlite"
        let part2 = SourceFile(path: "assessments/lambeth/part-2.html", sha256: fakeSHA("part2"), byteCount: 9,
                               lineCount: 3, encoding: "windows-1252")
        let record = DocumentRecord(assessment: sampleAssessment(path: "assessments/lambeth/part-1.html",
                                                                 sha: fakeSHA("part1"), extraParts: [part2]),
                                    landlordName: "Lambeth Council")
        try DatasetWriter(path: path).write(documents: [record], catalogue: try bundledCatalogue(), toolVersion: "test")
        let result = try DatasetReader.query(path: path, sql: "SELECT part, source_path, encoding FROM document_files ORDER BY part")
        #expect(result.rows.map { $0.map(\.text) } == [
            ["1", "assessments/lambeth/part-1.html", "utf-8"], ["2", "assessments/lambeth/part-2.html", "windows-1252"],
        ])
        let parts = try DatasetReader.query(path: path, sql: "SELECT part_count, sha256 FROM documents")
        #expect(parts.rows == [[.integer(2), .text(fakeSHA("part1"))]])
    }

    @Test func sameFileTwiceIsSkippedAndReported() throws {
        let folder = try makeTemporaryFolder()
        let records = [
            DocumentRecord(assessment: sampleAssessment(path: "assessments/a.txt", sha: fakeSHA("same"))),
            DocumentRecord(assessment: sampleAssessment(path: "assessments/b.txt", sha: fakeSHA("same"))),
        ]
        let summary = try DatasetWriter(path: folder + "/d.sqlite").write(documents: records, catalogue: try bundledCatalogue(),
                                                                          toolVersion: "test")
        #expect(summary.documentCount == 1)
        #expect(summary.skipped.map(\.description) == [
            "assessments/b.txt: skipped: 'assessments/b.txt' is the same file as 'assessments/a.txt' (sha256 "
                + "\(fakeSHA("same").prefix(12))) - remove one copy from the corpus or the manifest",
        ])
    }

    @Test func landlordNameIsStoredVerbatim() throws {
        let folder = try makeTemporaryFolder()
        let path = folder + "/dataset.sqlite"
        let name = "'); DROP TABLE responses;--"
        let record = DocumentRecord(assessment: sampleAssessment(path: "x.txt", sha: fakeSHA("x")), landlordName: name)
        try DatasetWriter(path: path).write(documents: [record], catalogue: try bundledCatalogue(), toolVersion: "test")
        let result = try DatasetReader.query(path: path, sql: "SELECT id, name FROM landlords")
        #expect(result.rows == [[.text("drop-table-responses"), .text(name)]])
        #expect(try DatasetReader.query(path: path, sql: "SELECT COUNT(*) FROM responses").rows == [[.integer(3)]])
    }

    @Test func checkConstraintRejectsAnUnknownStatus() throws {
        let folder = try makeTemporaryFolder()
        let path = folder + "/dataset.sqlite"
        try DatasetWriter(path: path).write(documents: sampleRecords(), catalogue: try bundledCatalogue(), toolVersion: "test")
        let queue = try DatabaseQueue(path: path)
        #expect {
            try queue.write { db in try db.execute(sql: "UPDATE responses SET status = 'maybe'") }
        } throws: { error in
            (error as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT
        }
        #expect {
            try queue.write { db in try db.execute(sql: "UPDATE responses SET provision = '6.99'") }
        } throws: { error in
            (error as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT
        }
        try queue.close()
    }

    @Test func failedBuildLeavesThePreviousDatasetIntact() throws {
        let folder = try makeTemporaryFolder()
        let path = folder + "/dataset.sqlite"
        let catalogue = try bundledCatalogue()
        try DatasetWriter(path: path).write(documents: sampleRecords(), catalogue: catalogue, toolVersion: "test")
        let before = try dump(path)
        let broken = DocumentRecord(assessment: sampleAssessment(path: "assessments/zz-broken.txt", sha: fakeSHA("broken"),
                                                                 answers: [("1.2", .yes), ("1.2", .no)]))
        #expect {
            try DatasetWriter(path: path, batchSize: 1).write(documents: sampleRecords() + [broken], catalogue: catalogue,
                                                              toolVersion: "test-2")
        } throws: { error in
            (error as? DatasetError)?.description == "assessments/zz-broken.txt: cannot store document (UNIQUE constraint "
                + "failed: responses.document_id, responses.provision) - this is a bug in the normaliser or the caller; the previous dataset was left unchanged"
        }
        #expect(try dump(path) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["dataset.sqlite"])
    }

    @Test func sessionRefusesUseAfterFinish() throws {
        let folder = try makeTemporaryFolder()
        let session = try DatasetWriter(path: folder + "/s.sqlite").begin(catalogue: try bundledCatalogue(), toolVersion: "t")
        try session.finish()
        #expect {
            try session.append(sampleRecords()[0])
        } throws: { error in
            (error as? DatasetError)?.description
                == "\(folder)/s.sqlite: the build was already finished or abandoned - begin a new build"
        }
    }

    @Test func abandonedSessionRemovesItsTemporaryFile() throws {
        let folder = try makeTemporaryFolder()
        let session = try DatasetWriter(path: folder + "/s.sqlite").begin(catalogue: try bundledCatalogue(), toolVersion: "t")
        try session.append(sampleRecords()[0])
        #expect(FileManager.default.fileExists(atPath: session.temporaryPath))
        session.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func slugsAreStable() {
        #expect(Slug.of("Croydon Council") == "croydon-council")
        #expect(Slug.of("St Mary’s Homes & Care") == "st-marys-homes-and-care")
        #expect(Slug.of("Cyngor Bwrdeistref Sirol Wrecsam – Wrexham") == "cyngor-bwrdeistref-sirol-wrecsam-wrexham")
        #expect(Slug.of("Société Générale d'Habitation") == "societe-generale-dhabitation")
        #expect(Slug.of("—").hasPrefix("landlord-"))
        #expect(Slug.of("—").count == "landlord-".count + 16)
    }
}
