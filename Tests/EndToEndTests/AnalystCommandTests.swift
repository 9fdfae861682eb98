import Dataset
import Foundation
import Testing

/// A dataset built once from Corpus/ for the analyst commands' tests.
enum CorpusDataset {
    static let path: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chc-e2e-corpus-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let out = dir.appendingPathComponent("dataset.sqlite").path
        _ = try? CLI.run(["build", "Corpus", "--out", out])
        return out
    }()

    static func run(_ arguments: [String]) throws -> CLI.Run { try CLI.run(arguments + ["--dataset", path]) }
}

@Suite struct AnalystCommandTests {
    @Test(arguments: [
        (["rates"], "rates.txt"),
        (["rates", "--format", "csv"], "rates.csv"),
        (["rates", "--by-section"], "rates-by-section.txt"),
        (["rates", "--pool", "--format", "csv"], "rates-pooled.csv"),
        (["rates", "--version", "2024", "--section", "8"], "rates-2024-section-8.txt"),
        (["gaps"], "gaps.txt"),
        (["gaps", "--min-landlords", "3", "--format", "json"], "gaps-min-3.json"),
        (["benchmark", "croydon"], "benchmark-croydon.txt"),
        (["benchmark", "winchester"], "benchmark-winchester.txt"),
        (["benchmark", "papworth", "--format", "json"], "benchmark-papworth.json"),
        (["benchmark", "Unnamed landlord (unnamed-council"], "benchmark-unnamed-council.txt"),
        (["benchmark", "Unnamed landlord (unnamed-landlord"], "benchmark-unnamed-2022.txt"),
        (["search", "stage 2 timescale"], "search-stage-2-timescale.txt"),
        (["query", "SELECT status, COUNT(*) AS n FROM responses GROUP BY status ORDER BY status"], "query-status-counts.txt"),
        (["gaps", "--stated"], "gaps-stated.txt"),
        (["gaps", "--top", "2"], "gaps-top-2.txt"),
        (["signals", "--format", "csv"], "signals-all.csv"),
        (["signals", "--kind", "hedged_yes", "--landlord", "winchester"], "signals-hedged-winchester.txt"),
        (["actions", "--format", "csv"], "actions-all.csv"),
        (["actions", "--overdue"], "actions-overdue.txt"),
    ] as [([String], String)])
    func outputMatchesGoldenFile(_ arguments: [String], _ snapshot: String) throws {
        let run = try CorpusDataset.run(arguments)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        try CLI.assertSnapshot(run.stdout, named: snapshot)
    }

    @Test func poolSaysHowManyAnswersWereMapped() throws {
        let run = try CorpusDataset.run(["rates", "--pool"])
        #expect(run.stderr.hasPrefix("pooled: 11 answers to the 2022 Code mapped onto 2024 provisions (crosswalk 'same'); 60 not mapped, 0 superseded"))
    }

    /// What `chc rates` prints equals what the dataset's provision_rates table holds, row for row.
    @Test func printedRatesEqualTheDataset() throws {
        let run = try CorpusDataset.run(["rates", "--format", "json"])
        let printed = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let stored = try DatasetReader.query(path: CorpusDataset.path, sql: "SELECT * FROM provision_rates")
        #expect(printed.count == stored.rows.count)
        var byKey: [String: [String: QueryValue]] = [:]
        for row in stored.rows {
            let dict = Dictionary(uniqueKeysWithValues: zip(stored.columns, row))
            byKey["\(dict["code_version"]?.text ?? "")|\(dict["provision"]?.text ?? "")"] = dict
        }
        for p in printed {
            let key = "\(p["code_version"] ?? "")|\(p["provision"] ?? "")"
            let s = try #require(byKey[key], "no stored row for \(key)")
            for (column, value) in p where column != "code_version" && column != "provision" {
                let storedValue = s[column]
                switch (value, storedValue) {
                case (is NSNull, .some(.null)): continue
                case (let n as NSNumber, .some(.integer(let i))): #expect(n.int64Value == i, "\(key) \(column)")
                case (let n as NSNumber, .some(.real(let d))): #expect(abs(n.doubleValue - d) < 1e-12, "\(key) \(column)")
                default: Issue.record("\(key) \(column): printed \(value), stored \(String(describing: storedValue))")
                }
            }
        }
    }

    /// --top keeps the first N provisions per version: the same rows as the full list, cut.
    @Test func topKeepsTheFirstProvisionsOfTheRanking() throws {
        let full = try CorpusDataset.run(["gaps", "--format", "csv"])
        let top = try CorpusDataset.run(["gaps", "--top", "1", "--format", "csv"])
        #expect(full.status == 0 && top.status == 0)
        let fullLines = full.stdout.split(separator: "\n")
        let topLines = top.stdout.split(separator: "\n")
        #expect(topLines.count > 1 && topLines.count < fullLines.count)
        #expect(fullLines.starts(with: topLines.prefix(2)))
        let zero = try CorpusDataset.run(["gaps", "--top", "0"])
        #expect(zero.status == 64)
        #expect(zero.stderr.hasPrefix("Error: --top must be at least 1, not 0"))
    }

    @Test func ambiguousLandlordListsTheCandidates() throws {
        let run = try CorpusDataset.run(["benchmark", "unnamed"])
        #expect(run.status == 1)
        #expect(run.stderr == "Error: 'unnamed' matches 2 landlords: Unnamed landlord (unnamed-council-2024.txt); Unnamed landlord (unnamed-landlord-2022.txt) - give more of the name\n")
    }

    @Test func unknownLandlordOffersCloseMatches() throws {
        let run = try CorpusDataset.run(["benchmark", "Winchster"])
        #expect(run.status == 1)
        #expect(run.stderr == "Error: no landlord matches 'Winchster' - did you mean Winchester City Council? ('chc landlords' lists them all)\n")
        let far = try CorpusDataset.run(["benchmark", "Zebra Homes"])
        #expect(far.status == 1)
        #expect(far.stderr == "Error: no landlord matches 'Zebra Homes' - 'chc landlords' lists all 5\n")
        let council = try CorpusDataset.run(["benchmark", "Croydon Council"])
        #expect(council.status == 0)
        #expect(council.stdout.hasPrefix("London Borough of Croydon — 2024 Code, document "))
    }

    @Test func queryRefusesWritesAndLeavesTheFileUnchanged() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: CorpusDataset.path))
        for sql in ["DELETE FROM responses", "DROP TABLE responses", "UPDATE responses SET status = 'no'",
                    "INSERT INTO landlords VALUES ('x','x','other',1)", "PRAGMA user_version = 5",
                    "ATTACH DATABASE '/tmp/x.sqlite' AS x", "CREATE TABLE t(x)", "VACUUM", "SELECT 1; DELETE FROM responses"] {
            let run = try CorpusDataset.run(["query", sql])
            #expect(run.status == 1, "\(sql) was not refused")
            #expect(run.stderr.hasPrefix("Error: refused: chc query runs"), "\(sql): \(run.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: CorpusDataset.path)) == before)
    }

    @Test func missingDatasetIsAClearError() throws {
        let run = try CLI.run(["rates", "--dataset", "/nonexistent/d.sqlite"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/nonexistent/d.sqlite"))
        #expect(run.stderr.contains("chc build"))
    }

    @Test func searchSurvivesOddInput() throws {
        for text in ["policy\"", "AND", "NEAR(", "*", "col:x"] {
            let run = try CorpusDataset.run(["search", text])
            #expect(run.status == 0 || run.stderr.hasPrefix("Error: nothing to search for"), "\(text): \(run.stderr)")
        }
    }

    @Test func exportWritesEveryTableAsCSVAndDatasetteMetadata() throws {
        let dir = try CLI.temporaryDirectory()
        let run = try CorpusDataset.run(["export", dir.path])
        #expect(run.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files.contains("responses.csv"))
        #expect(files.contains("provision_rates.csv"))
        #expect(files.contains("datasette-metadata.json"))
        let responses = try String(contentsOf: dir.appendingPathComponent("responses.csv"), encoding: .utf8)
        #expect(responses.hasPrefix("\"id\",\"document_id\""))
        let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("datasette-metadata.json"))) as? [String: Any]
        #expect(meta?["title"] != nil)
        let tables = try DatasetReader.query(path: CorpusDataset.path, sql: "SELECT name FROM sqlite_master WHERE type IN ('table','view') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'responses_fts%' AND name NOT LIKE 'grdb_%'")
        for t in tables.rows.compactMap({ $0.first?.text }) { #expect(files.contains(t + ".csv"), "no CSV for \(t)") }
    }
}
