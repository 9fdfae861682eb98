import Build
import Foundation
import Testing
@testable import Dataset

@Suite struct ReaderTests {
    static let refusedWrites = [
        "INSERT INTO landlords VALUES ('x', 'X', 'other', 1)",
        "UPDATE responses SET status = 'yes'",
        "DELETE FROM responses",
        "DROP TABLE responses",
        "ATTACH DATABASE '/tmp/other.sqlite' AS other",
        "  -- comment\n detach other",
        "PRAGMA user_version=5",
        "PRAGMA query_only = OFF",
        "CREATE TEMP TABLE t(x)",
        "VACUUM INTO '/tmp/copy.sqlite'",
    ]

    func makeDataset() throws -> String {
        let path = try makeTemporaryFolder() + "/dataset.sqlite"
        try DatasetWriter(path: path).write(documents: sampleRecords(), catalogue: try bundledCatalogue(), toolVersion: "test")
        return path
    }

    @Test(arguments: refusedWrites)
    func queryRefusesStatementsThatWrite(_ sql: String) throws {
        let path = try makeDataset()
        #expect {
            try DatasetReader.query(path: path, sql: sql)
        } throws: { error in
            (error as? DatasetError)?.description == "refused: chc query runs read-only SQL; this statement would modify "
                + "the database - use SELECT (or PRAGMA without '=') to read the dataset"
        }
        #expect(try DatasetReader.query(path: path, sql: "SELECT COUNT(*) FROM responses").rows == [[.integer(6)]])
    }

    @Test func queryReturnsColumnsAndTypedValues() throws {
        let path = try makeDataset()
        let result = try DatasetReader.query(path: path, sql: """
            SELECT status, COUNT(*) AS n, 0.5 AS half, NULL AS missing FROM responses GROUP BY status ORDER BY status
            """)
        #expect(result.columns == ["status", "n", "half", "missing"])
        #expect(result.rows.first == [.text("blank"), .integer(1), .real(0.5), .null])
        #expect(result.rows.map { $0[0].text } == ["blank", "na", "no", "partial", "yes"])
        #expect(try DatasetReader.query(path: path, sql: "PRAGMA table_info(landlords)").rows.count == 4)
    }

    @Test func queryRefusesSeveralStatements() throws {
        let path = try makeDataset()
        #expect {
            try DatasetReader.query(path: path, sql: "SELECT 1; DELETE FROM responses")
        } throws: { error in
            (error as? DatasetError)?.description
                == "refused: chc query runs one SQL statement at a time - remove everything after the first ';'"
        }
        #expect(try DatasetReader.query(path: path, sql: "SELECT 1;  -- trailing comment\n").rows == [[.integer(1)]])
    }

    @Test func badSQLSaysWhatToCheck() throws {
        let path = try makeDataset()
        #expect {
            try DatasetReader.query(path: path, sql: "SELEC 1")
        } throws: { error in
            (error as? DatasetError)?.description == "invalid SQL (near \"SELEC\": syntax error) - check the statement; "
                + "docs/dataset.md lists the tables and columns"
        }
    }

    @Test func missingDatasetSaysToBuildFirst() {
        #expect {
            try DatasetReader.openReadOnly(path: "/no/such/dataset.sqlite")
        } throws: { error in
            (error as? DatasetError)?.description
                == "no dataset at /no/such/dataset.sqlite - run 'chc build' first or pass --dataset"
        }
    }

    @Test func fileThatIsNotADatasetIsReported() throws {
        let folder = try makeTemporaryFolder()
        try writeFile(folder, "notes.sqlite", "just some text that is long enough to not be a database header\n")
        #expect {
            try DatasetReader.openReadOnly(path: folder + "/notes.sqlite")
        } throws: { error in
            (error as? DatasetError)?.description
                == "\(folder)/notes.sqlite: not a chc dataset (file is not a database) - pass a dataset written by 'chc build', or build one with 'chc build CORPUS --out PATH'"
        }
    }

    @Test func exportWritesEveryTableAsCSV() throws {
        let path = try makeDataset()
        let out = try makeTemporaryFolder("export")
        let files = try DatasetExporter.exportTables(dataset: path, to: out)
        #expect(files.map { URL(fileURLWithPath: $0).lastPathComponent } == [
            "actions.csv", "build_info.csv", "columns.csv", "common_noncompliance.csv", "common_noncompliance_landlords.csv",
            "crosswalk.csv", "document_files.csv", "documents.csv", "evidence_refs.csv", "excluded_documents.csv",
            "landlord_aliases.csv", "landlord_scores.csv", "landlord_section_scores.csv", "landlords.csv", "latest_responses.csv", "provision_rates.csv",
            "provision_rates_pooled.csv", "provisions.csv", "responses.csv", "responses_full.csv", "section_rates.csv",
            "signals.csv", "trend_periods.csv", "trend_pooling.csv", "trend_provision_rates.csv", "trend_section_rates.csv",
            "unparsed_lines.csv", "datasette-metadata.json", "datapackage.json",
        ])
        let landlords = try String(contentsOfFile: out + "/landlords.csv", encoding: .utf8)
        #expect(landlords == """
            "id","name","kind","named"
            "croydon-council","croydon council","local_authority","1"
            "unnamed-\(fakeSHA("unnamed").prefix(12))","Unnamed landlord (unnamed-landlord-2022.txt)","unknown","0"

            """)
        let responses = try CSV.parse(Array(try Data(contentsOf: URL(fileURLWithPath: out + "/responses.csv"))), file: "responses.csv")
        #expect(responses.count == 7)
        #expect(responses.dropFirst().allSatisfy { $0.count == responses[0].count })
        let again = try makeTemporaryFolder("export2")
        _ = try DatasetExporter.exportTables(dataset: path, to: again)
        for file in files {
            let name = URL(fileURLWithPath: file).lastPathComponent
            #expect(FileManager.default.contentsEqual(atPath: file, andPath: again + "/" + name))
        }
    }
}
