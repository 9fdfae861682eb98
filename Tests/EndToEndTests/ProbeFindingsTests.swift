import Dataset
import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The reliability probe's findings (issue 13), each reproduced through the built `chc` with the exact command,
/// exit code and full message.
@Suite(.serialized) struct ProbeFindingsTests {
    /// A corpus folder with one good document and a manifest, in a fresh temporary folder.
    static func corpus(landlord: String = "Good Homes", commentary: String = "") throws -> (root: URL, corpus: URL) {
        let root = try CLI.temporaryDirectory()
        let corpus = root.appendingPathComponent("oc")
        let docs = corpus.appendingPathComponent("assessments")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        let text = ReliabilityTests.goodTable.replacingOccurrences(of: "Yes\tPolicy\t\n1.3", with: "Yes\tPolicy\t\(commentary)\n1.3")
        try text.write(to: docs.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try "file,landlord,period\nassessments/good.txt,\"\(landlord)\",2024\n"
            .write(to: corpus.appendingPathComponent("manifest.csv"), atomically: true, encoding: .utf8)
        return (root, corpus)
    }

    static func sha(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    // MARK: 1. Inputs are sacred

    @Test func outInsideTheCorpusIsRefusedBeforeAnyWork() throws {
        let (root, corpus) = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: root) }
        let manifest = corpus.appendingPathComponent("manifest.csv")
        let document = corpus.appendingPathComponent("assessments/good.txt")
        let before = (try Self.sha(manifest), try Self.sha(document))
        for out in ["oc/manifest.csv", "oc/assessments/good.txt", "oc/new.sqlite"] {
            let run = try CLI.run(["build", "oc", "--out", out], in: root)
            #expect(run.status == 64, "\(out)")
            #expect(run.stderr == "Error: --out \(out) is inside the corpus folder oc: the build would write among its inputs - write the dataset outside it, e.g. --out dataset.sqlite\n")
            #expect(run.stdout.isEmpty)
        }
        #expect(try Self.sha(manifest) == before.0 && Self.sha(document) == before.1)
        #expect(!FileManager.default.fileExists(atPath: corpus.appendingPathComponent("new.sqlite").path))
        // A symlink outside the corpus that leads onto an input, and a hard link to one.
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("link.sqlite"), withDestinationURL: manifest)
        let link = try CLI.run(["build", "oc", "--out", "link.sqlite"], in: root)
        #expect(link.status == 64)
        #expect(link.stderr == "Error: --out link.sqlite is inside the corpus folder oc: the build would write among its inputs - write the dataset outside it, e.g. --out dataset.sqlite\n")
        try FileManager.default.linkItem(at: document, to: root.appendingPathComponent("hard.sqlite"))
        let hard = try CLI.run(["build", "oc", "--out", "hard.sqlite"], in: root)
        #expect(hard.status == 64)
        #expect(hard.stderr == "Error: --out hard.sqlite is the input file oc/assessments/good.txt - write the dataset somewhere else, e.g. --out dataset.sqlite\n")
        #expect(try Self.sha(document) == before.1)
    }

    @Test func outOntoAFolderOrANonDatasetIsRefused() throws {
        let (root, _) = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("outdir"), withIntermediateDirectories: true)
        let folder = try CLI.run(["build", "oc", "--out", "outdir"], in: root)
        #expect(folder.status == 64)
        #expect(folder.stderr == "Error: --out outdir is a folder - give a file name, e.g. --out outdir/dataset.sqlite\n")
        try "my notes\n".write(to: root.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let notes = try CLI.run(["build", "oc", "--out", "notes.txt"], in: root)
        #expect(notes.status == 64)
        #expect(notes.stderr == "Error: --out notes.txt exists and is not a dataset: chc replaces only a dataset it wrote - remove the file or choose another name\n")
        #expect(try String(contentsOf: root.appendingPathComponent("notes.txt"), encoding: .utf8) == "my notes\n")
    }

    // MARK: 2. A good dataset is replaced only by a better one

    @Test func aBuildThatWritesNothingKeepsTheOldDataset() throws {
        let (root, _) = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CLI.run(["build", "oc", "--out", "keep.sqlite"], in: root).status == 0)
        let keep = root.appendingPathComponent("keep.sqlite")
        let before = try Self.sha(keep)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("emptydir"), withIntermediateDirectories: true)
        let empty = try CLI.run(["build", "emptydir", "--out", "keep.sqlite"], in: root)
        #expect(empty.status == 1)
        #expect(empty.stderr == "Error: nothing written: no document found in emptydir - add files to emptydir/assessments/ or list them in emptydir/manifest.csv; keep.sqlite was left unchanged\n")
        let bad = root.appendingPathComponent("bad/assessments")
        try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
        try Data().write(to: bad.appendingPathComponent("empty.txt"))
        try "Our annual report.\n".write(to: bad.appendingPathComponent("prose.txt"), atomically: true, encoding: .utf8)
        let failing = try CLI.run(["build", "bad", "--out", "keep.sqlite"], in: root)
        #expect(failing.status == 1)
        #expect(failing.stderr == """
            Error: file is empty (no text)
             --> assessments/empty.txt
              = help: remove it from the corpus or the manifest, or replace it with the extracted text
            Error: no self-assessment table found
             --> assessments/prose.txt
              = help: chc reads tables with a 'Code requirement' / 'Comply' header or rows starting with provision numbers such as 1.2; see README 'Supported layouts'
            Error: nothing written: none of the 2 document(s) could be built; keep.sqlite was left unchanged

            """)
        #expect(try Self.sha(keep) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".keep.sqlite") }
        #expect(leftovers.isEmpty)
    }

    @Test func aBuildWithSomeFailuresSaysWhatWasKept() throws {
        let (root, corpus) = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data().write(to: corpus.appendingPathComponent("assessments/empty.txt"))
        try "file,landlord,period\nassessments/good.txt,Good Homes,2024\nassessments/empty.txt,Empty Homes,2024\n"
            .write(to: corpus.appendingPathComponent("manifest.csv"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["build", "oc", "--out", "d.sqlite"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr == """
            wrote d.sqlite: 1 documents, 2 responses, 1 landlords; 1 document(s) failed and are not in it (the 1 built were kept)
            Error: file is empty (no text)
             --> assessments/empty.txt
              = help: remove it from the corpus or the manifest, or replace it with the extracted text

            """)
    }

    // MARK: 3. Export stays in its folder

    @Test func exportNeverUsesATableNameFromTheFileAsAFileName() throws {
        let (root, _) = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CLI.run(["build", "oc", "--out", "d.sqlite"], in: root).status == 0)
        let queue = try DatabaseQueue(path: root.appendingPathComponent("d.sqlite").path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE \"../../x/pwned\" (a)") }
        try queue.close()
        let nested = root.appendingPathComponent("a/b/export")
        let run = try CLI.run(["export", "a/b/export", "--dataset", "d.sqlite"], in: root)
        #expect(run.status == 0)
        #expect(run.stderr == "skipped '../../x/pwned': not a table of the chc dataset (not exported)\n")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("a/x/pwned.csv").path))
        let files = try FileManager.default.contentsOfDirectory(atPath: nested.path)
        #expect(files.allSatisfy { !$0.hasPrefix(".") }, "temporary files left: \(files)")
        #expect(files.contains("responses.csv"))
    }

    // MARK: 4. Untrusted text is inert in the terminal

    @Test func controlCharactersAreShownEscaped() throws {
        let evil = "Evil\u{1B}]0;pwned\u{07}\u{1B}[2J Homes"
        let (root, _) = try Self.corpus(landlord: evil.replacingOccurrences(of: "\"", with: "\"\""),
                                        commentary: "We will review this\u{1B}[31m in 2030\u{9B}1m.")
        defer { try? FileManager.default.removeItem(at: root) }
        let build = try CLI.run(["build", "oc", "--out", "d.sqlite"], in: root)
        #expect(build.status == 0)
        var outputs = [build.stdout + build.stderr]
        for arguments in [["gaps"], ["signals"], ["actions"], ["search", "review"], ["benchmark", "evil"], ["rates"],
                          ["query", "SELECT name FROM landlords"], ["parse", "oc/assessments/good.txt"]] {
            let run = try CLI.run(arguments + (arguments[0] == "parse" ? [] : ["--dataset", "d.sqlite"]), in: root)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            outputs.append(run.stdout + run.stderr)
        }
        for (i, text) in outputs.enumerated() {
            #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" }, "output \(i) holds a raw control character")
        }
        #expect(outputs[0].contains("Evil\\x1b]0;pwned\\x07\\x1b[2J Homes"))
        #expect(outputs[7].contains("Evil\\x1b]0;pwned\\x07\\x1b[2J Homes"))
        // CSV keeps the exact value (R and pandas need it); it is meant for files, not terminals.
        let csv = try CLI.run(["query", "SELECT name FROM landlords", "--format", "csv", "--dataset", "d.sqlite"], in: root)
        #expect(csv.stdout == "\"name\"\n\"\(evil)\"\n")
    }

    // MARK: 5. Spreadsheet formulas

    @Test func spreadsheetSafeNeutralisesFormulasAndDefaultIsExact() throws {
        let (root, _) = try Self.corpus(landlord: "=HYPERLINK(\"\"http://x\"\",\"\"y\"\")")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CLI.run(["build", "oc", "--out", "d.sqlite"], in: root).status == 0)
        let sql = "SELECT name, '+cmd|'' /C calc''!A0' AS b, '@SUM(1)' AS c, '-2+3' AS d, -0.5 AS e FROM landlords"
        let exact = try CLI.run(["query", sql, "--format", "csv", "--dataset", "d.sqlite"], in: root)
        #expect(exact.stdout == "\"name\",\"b\",\"c\",\"d\",\"e\"\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"+cmd|' /C calc'!A0\",\"@SUM(1)\",\"-2+3\",\"-0.5\"\n")
        let safe = try CLI.run(["query", sql, "--format", "csv", "--spreadsheet-safe", "--dataset", "d.sqlite"], in: root)
        #expect(safe.stdout == "\"name\",\"b\",\"c\",\"d\",\"e\"\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'+cmd|' /C calc'!A0\",\"'@SUM(1)\",\"'-2+3\",\"-0.5\"\n")
        #expect(try CLI.run(["export", "x", "--spreadsheet-safe", "--dataset", "d.sqlite"], in: root).status == 0)
        let landlords = try String(contentsOf: root.appendingPathComponent("x/landlords.csv"), encoding: .utf8)
        #expect(landlords.contains("\"'=HYPERLINK("))
    }

    // MARK: 6. Damaged datasets never crash

    /// A copy of the corpus dataset with `sql` run on it, after rebuilding each table it names without its
    /// constraints (so NULL and out-of-range values can be stored).
    static func damaged(_ sql: String, in root: URL) throws -> String {
        let path = root.appendingPathComponent("damaged-\(UUID().uuidString.prefix(6)).sqlite").path
        try FileManager.default.copyItem(atPath: CorpusDataset.path, toPath: path)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON; PRAGMA legacy_alter_table = ON")
            for table in ["provision_rates", "landlord_scores", "common_noncompliance", "actions"] where sql.hasPrefix("UPDATE \(table) ") {
                try db.execute(sql: "CREATE TABLE chc_copy AS SELECT * FROM \(table); DROP TABLE \(table); ALTER TABLE chc_copy RENAME TO \(table)")
            }
            try db.execute(sql: sql)
        }
        try queue.close()
        return path
    }

    @Test(arguments: [
        ("ALTER TABLE section_rates DROP COLUMN blank", ["rates", "--by-section"], "table section_rates has no column blank"),
        ("UPDATE provision_rates SET yes = NULL WHERE rowid = 1", ["rates"], "provision_rates.yes is NULL, expected a whole number from 0 to 2147483647"),
        ("UPDATE provision_rates SET no = 'many' WHERE rowid = 1", ["rates"], "provision_rates.no is 'many' (text), expected a whole number from 0 to 2147483647"),
        ("UPDATE provision_rates SET partial = 9223372036854775807 WHERE rowid = 1", ["rates"], "provision_rates.partial is 9223372036854775807, expected a whole number from 0 to 2147483647"),
        ("UPDATE provision_rates SET na = 1e308 WHERE rowid = 1", ["rates"], "provision_rates.na is 1e+308, expected a whole number from 0 to 2147483647"),
        ("UPDATE landlord_scores SET rank = NULL", ["benchmark", "croydon"], "landlord_scores.rank is NULL, expected a whole number from 1 to ranked_landlords (4) for a landlord with answers"),
        ("UPDATE landlord_scores SET percentile = 250", ["benchmark", "croydon"], "landlord_scores.percentile is 250.0, expected a number from 0 to 100 or NULL"),
        ("UPDATE common_noncompliance SET rank = rank + 1", ["gaps"], "common_noncompliance.rank is 2 for 2022 1.5, expected 1 (ranks run 1, 2, 3... in each Code version)"),
        ("DROP TABLE common_noncompliance_landlords", ["gaps"], "the dataset has no table common_noncompliance_landlords"),
        ("DROP TABLE signals", ["signals"], "the dataset has no table signals"),
        ("UPDATE actions SET overdue = 'soon' WHERE rowid = 1", ["actions", "--overdue"], "actions.overdue is 'soon' (text), expected 0 or 1"),
        ("DROP TABLE responses_fts", ["search", "complaint"], "the dataset has no table responses_fts"),
    ] as [(String, [String], String)])
    func damageIsAnErrorNamingTheTableAndColumn(_ sql: String, _ arguments: [String], _ message: String) throws {
        let root = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = try Self.damaged(sql, in: root)
        let run = try CLI.run(arguments + ["--dataset", path])
        #expect(run.status == 1, "\(sql): \(run.stderr)")
        #expect(run.stderr == "Error: \(path): \(message) - the dataset is damaged or was written by another version of chc; rebuild it with 'chc build'\n")
        #expect(run.stdout.isEmpty)
    }

    // MARK: 7. Every write is checked

    @Test func aFullOutputIsAnError() throws {
        for arguments in [["rates"], ["query", "SELECT * FROM responses", "--format", "csv"], ["gaps", "--format", "json"]] {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = arguments + ["--dataset", CorpusDataset.path]
            process.currentDirectoryURL = CLI.packageRoot
            process.standardOutput = try #require(FileHandle(forWritingAtPath: "/dev/full"))
            let err = Pipe()
            process.standardError = err
            try process.run()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 1, "\(arguments)")
            #expect(message.hasSuffix("Error: standard output: cannot write: the disk is full (No space left on device) - free some disk space and run the command again\n"), "\(arguments): \(message)")
        }
    }

    // MARK: 8. Bounded work

    @Test func queriesStopAtTheirLimits() throws {
        let endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c"
        let timeout = try CorpusDataset.run(["query", endless, "--timeout", "1"])
        #expect(timeout.status == 1)
        #expect(timeout.stderr == "Error: \(CorpusDataset.path): the query was stopped: it ran past its time limit of 1 s - narrow the query, or give more time with --timeout SECONDS\n")
        let rows = try CorpusDataset.run(["query", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c",
                                          "--max-rows", "3", "--format", "csv"])
        #expect(rows.status == 0)
        #expect(rows.stdout == "\"x\"\n\"1\"\n\"2\"\n\"3\"\n")
        #expect(rows.stderr == "stopped after 3 rows (--max-rows 3); more rows match\n")
        let blob = try CorpusDataset.run(["query", "SELECT zeroblob(50000000)"])
        #expect(blob.status == 1)
        #expect(blob.stderr == "Error: invalid SQL (string or blob too big) - check the statement; docs/dataset.md lists the tables and columns\n")
    }

    @Test func searchCapsItsTerms() throws {
        let many = (1...300).map { "word\($0)" }.joined(separator: " ")
        let run = try CorpusDataset.run(["search", many])
        #expect(run.status == 1)
        #expect(run.stderr == "Error: too many search terms (300): at most 32 words and phrases - search for the most telling words\n")
    }

    // MARK: 9. Messages that are true

    @Test func foreignAndEmptyDatasetsAreNotChcDatasets() throws {
        let root = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let foreign = root.appendingPathComponent("foreign.sqlite").path
        let queue = try DatabaseQueue(path: foreign)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        try queue.close()
        let empty = root.appendingPathComponent("empty.sqlite").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        let hint = "pass a dataset written by 'chc build', or build one with 'chc build CORPUS --out PATH'"
        for command in [["signals"], ["actions"], ["benchmark", "x"], ["rates"], ["query", "SELECT 1"]] {
            let a = try CLI.run(command + ["--dataset", foreign])
            #expect(a.status == 1)
            #expect(a.stderr == "Error: \(foreign): not a chc dataset (no build_info table) - \(hint)\n", "\(command)")
            let b = try CLI.run(command + ["--dataset", empty])
            #expect(b.stderr == "Error: \(empty): not a chc dataset (the file is empty) - \(hint)\n", "\(command)")
        }
    }

    @Test func manifestBytesAreDecodedAndANULIsRefused() throws {
        let (root, corpus) = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: root) }
        let manifest = corpus.appendingPathComponent("manifest.csv")
        try Data("file,landlord,period\nassessments/good.txt,Caf\u{E9} Homes \u{96} North,2024\n".unicodeScalars.map { UInt8($0.value) })
            .write(to: manifest)
        #expect(try CLI.run(["build", "oc", "--out", "d.sqlite"], in: root).status == 0)
        let names = try DatasetReader.query(path: root.appendingPathComponent("d.sqlite").path, sql: "SELECT name FROM landlords")
        #expect(names.rows.first?.first?.text == "Café Homes – North")
        try Data("file,landlord,period\nassessments/good.txt,Cro\u{0}ydon,2024\n".utf8).write(to: manifest)
        let nul = try CLI.run(["build", "oc", "--out", "d.sqlite"], in: root)
        #expect(nul.status == 1)
        #expect(nul.stderr == "Error: oc/manifest.csv:2: the manifest holds a NUL byte - save it again as CSV (UTF-8) from the spreadsheet, or remove the byte\n")
    }

    @Test func infinityAndRepeatedColumnsAreWrittenFaithfully() throws {
        let csv = try CorpusDataset.run(["query", "SELECT 1e999 AS a, -1e999 AS b", "--format", "csv"])
        #expect(csv.stdout == "\"a\",\"b\"\n\"Infinity\",\"-Infinity\"\n")
        let json = try CorpusDataset.run(["query", "SELECT 1 AS n, 2 AS n", "--format", "json"])
        #expect(json.stdout == "[\n  {\"n\": 1, \"n_2\": 2}\n]\n")
    }

    @Test func sigtermAndSigintRemoveTheTemporaryFile() throws {
        let tmp = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let corpus = try ReliabilityTests.generateCorpus(60, in: tmp)
        for (sig, status) in [(SIGTERM, Int32(143)), (SIGINT, Int32(130))] {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["build", corpus.path, "--out", tmp.appendingPathComponent("d.sqlite").path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait until the temporary file exists, then signal.
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline, process.isRunning,
                  !((try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? []).contains(where: { $0.hasPrefix(".d.sqlite.tmp-") }) {
                Thread.sleep(forTimeInterval: 0.02)
            }
            kill(process.processIdentifier, sig)
            process.waitUntilExit()
            let left = try FileManager.default.contentsOfDirectory(atPath: tmp.path).filter { $0.hasPrefix(".d.sqlite") }
            #expect(left.isEmpty, "signal \(sig) left \(left)")
            #expect(process.terminationStatus == status || process.terminationStatus == 0, "signal \(sig): exit \(process.terminationStatus)")
        }
    }
}
