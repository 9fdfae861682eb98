import Dataset
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bad inputs, interrupted builds, repeatability and the read-only query guard, through the built `chc`.
/// Generated corpora come from `Scripts/make-sector-corpus` (python3, standard library only).
@Suite(.serialized) struct ReliabilityTests {
    static let goodTable = """
        Section 1: Definition of a complaint

        Code provision\tCode requirement\tComply: Yes / No\tEvidence\tCommentary / explanation
        1.2\tA complaint is any expression of dissatisfaction.\tYes\tPolicy\t
        1.3\tResidents need not use the word complaint.\tYes\tPolicy\t

        """

    /// One corpus holding every kind of bad input beside good documents: each bad one gets its own
    /// `Error:` block, the good ones are written, and the exit code is 2.
    @Test func eachBadInputIsReportedAndTheRestIsBuilt() throws {
        let corpus = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let docs = corpus.appendingPathComponent("assessments")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: docs.appendingPathComponent(name)) }

        try write("good.txt", Array(Self.goodTable.utf8))
        try write("empty.txt", [])
        // A PNG header and some binary: the first NUL byte is on line 3.
        try write("garbage.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0xFE, 0x00])
        // Windows-1252 smart quotes and an en dash: not UTF-8, read as Windows-1252.
        try write("cp1252.txt", Array(Self.goodTable.replacingOccurrences(
            of: "dissatisfaction.\tYes\tPolicy", with: "dissatisfaction \u{1}however made\u{2}.\tYes\tPolicy \u{3} section 2").utf8)
            .map { $0 == 1 ? 0x93 : $0 == 2 ? 0x94 : $0 == 3 ? 0x96 : $0 })
        // 100 MB (sparse, so the test stays fast): refused before it is read.
        let huge = docs.appendingPathComponent("huge.txt")
        FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 100 * 1_048_576)
        try handle.close()
        // One line of 10 MB after a good table: recorded as unparsed noise, the table is still read.
        try write("longline.txt", Array((Self.goodTable + String(repeating: "x", count: 10_000_000) + "\n").utf8))
        try write("prose.txt", Array("Our annual report.\nNothing tabular here.\n".utf8))
        let outside = corpus.deletingLastPathComponent().appendingPathComponent("outside-\(UUID().uuidString).txt")
        try Self.goodTable.write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }

        let manifest = """
            file,landlord,landlord_kind,period
            assessments/good.txt,Good Homes,housing_association,2024
            assessments/empty.txt,Empty Homes,housing_association,2024
            assessments/garbage.txt,Garbage Homes,,2024
            assessments/cp1252.txt,"'); DROP TABLE responses;--",other,2024
            assessments/huge.txt,Huge Homes,,2024
            assessments/longline.txt,Long Line Homes,,2024
            assessments/prose.txt,Prose Homes,,2024
            assessments/missing.txt,Missing Homes,,2024
            ../\(outside.lastPathComponent),Outside Homes,,2024

            """
        try manifest.write(to: corpus.appendingPathComponent("manifest.csv"), atomically: true, encoding: .utf8)
        let out = CLI.outside(corpus, "d.sqlite")
        let run = try CLI.run(["build", corpus.path, "--out", out])

        #expect(run.status == 2)
        let m = corpus.appendingPathComponent("manifest.csv").path
        #expect(run.stderr == """
            wrote \(out): 3 documents, 6 responses, 3 landlords; 6 document(s) failed and are not in it (the 3 built were kept)
            Error: \(m):9: no file or folder 'assessments/missing.txt' in the corpus folder - check the name, or add the file to the corpus
            Error: \(m):10: path '../\(outside.lastPathComponent)' leaves the corpus folder - give a path inside the corpus folder, without '..'
            Error: file is empty (no text)
             --> assessments/empty.txt
              = help: remove it from the corpus or the manifest, or replace it with the extracted text
            Error: PNG image (a scan? OCR is not supported): chc cannot read this format
             --> assessments/garbage.txt
              = help: save or export it as PDF, Word (.docx), HTML or text and add that file instead
            Error: file is 100 MB, over the 64 MB limit for one self-assessment
             --> assessments/huge.txt
              = help: check it is the right file; split a combined export into one file per landlord
            Error: no self-assessment table found
             --> assessments/prose.txt
              = help: chc reads tables with a 'Code requirement' / 'Comply' header or rows starting with provision numbers such as 1.2; see README 'Supported layouts'

            """)

        func rows(_ sql: String) throws -> [String] {
            try DatasetReader.query(path: out, sql: sql).rows.map { $0.map { $0.text ?? "NULL" }.joined(separator: "|") }
        }
        #expect(try rows("SELECT source_path FROM documents ORDER BY 1") ==
                ["assessments/cp1252.txt", "assessments/good.txt", "assessments/longline.txt"])
        // The SQL in the landlord's name is stored as text, and the responses table is intact.
        #expect(try rows("SELECT name FROM landlords WHERE name LIKE '%DROP%'") == ["'); DROP TABLE responses;--"])
        #expect(try rows("SELECT COUNT(*) FROM responses") == ["6"])
        #expect(try rows("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'responses'") == ["1"])
        // Windows-1252 decoded: smart quotes and the dash survive.
        #expect(try rows("SELECT encoding FROM document_files WHERE source_path = 'assessments/cp1252.txt'") == ["windows-1252"])
        #expect(try rows("SELECT requirement, evidence FROM responses WHERE source_path = 'assessments/cp1252.txt' AND provision = '1.2'") ==
                ["A complaint is any expression of dissatisfaction \u{201C}however made\u{201D}.|Policy \u{2013} section 2"])
        // The 10 MB line is one unparsed noise line (its text cut to 2,000 characters); the table around it is read.
        #expect(try rows("SELECT line, reason, length(text), detail FROM unparsed_lines WHERE source_path = 'assessments/longline.txt'") ==
                ["6|noise|2001|line of 10000000 characters is over the 100000-character limit for one line; not read"])
        #expect(try rows("SELECT COUNT(*) FROM responses WHERE source_path = 'assessments/longline.txt'") == ["2"])
    }

    @Test func brokenManifestQuotingIsAnErrorNamingTheLine() throws {
        let corpus = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let docs = corpus.appendingPathComponent("assessments")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try Self.goodTable.write(to: docs.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try "file,landlord\nassessments/good.txt,Good Homes\nassessments/good.txt,\"Broken \"quote, Homes\n"
            .write(to: corpus.appendingPathComponent("manifest.csv"), atomically: true, encoding: .utf8)
        let out = CLI.outside(corpus, "d.sqlite")
        let run = try CLI.run(["build", corpus.path, "--out", out])
        #expect(run.status == 1)
        #expect(run.stderr == "Error: \(corpus.path)/manifest.csv:3: malformed CSV (text after a closing quote) - check the quotes on this row; a quote inside a quoted field is written twice (\"\")\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// Builds killed at random moments never damage the previous dataset, and their leftovers never break the
    /// next build. Documents: $CHC_RELIABILITY_DOCS (default 40, which in a debug build runs about as long as
    /// 250 in release; set 300 for the full check).
    @Test func killedBuildsLeaveThePreviousDatasetIntact() throws {
        let count = Int(ProcessInfo.processInfo.environment["CHC_RELIABILITY_DOCS"] ?? "") ?? 40
        let tmp = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let corpus = try Self.generateCorpus(count, in: tmp)
        let folder = tmp.appendingPathComponent("out")
        let out = folder.appendingPathComponent("dataset.sqlite").path

        let started = Date()
        #expect(try CLI.run(["build", corpus.path, "--out", out]).status == 0)
        let duration = Date().timeIntervalSince(started)
        let responses = try Self.responseCount(out)
        let dump = try Self.dump(out)
        #expect(responses > count * 60)

        for attempt in 1...5 {
            let delay = Double.random(in: 0.05...max(0.1, duration * 0.7))
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["build", corpus.path, "--out", out]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let note = Comment(rawValue: "attempt \(attempt): killed after \(String(format: "%.2f", delay)) s of a \(String(format: "%.2f", duration)) s build")
            // The dataset opens read-only, is consistent and holds what it held (a build that finished before the
            // kill wrote the same content).
            #expect(try Self.responseCount(out) == responses, note)
            #expect(try DatasetReader.query(path: out, sql: "PRAGMA integrity_check").rows.first?.first?.text == "ok", note)
        }

        let final = try CLI.run(["build", corpus.path, "--out", out])
        #expect(final.status == 0, "a build after killed builds failed: \(final.stderr)")
        #expect(try Self.dump(out) == dump)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "dataset.sqlite" }
        #expect(leftovers.isEmpty, "files left beside the dataset: \(leftovers)")
    }

    @Test func twoBuildsOfAGeneratedCorpusGiveTheSameDump() throws {
        let tmp = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let corpus = try Self.generateCorpus(16, in: tmp)
        var dumps: [String] = []
        for name in ["a.sqlite", "b.sqlite"] {
            let out = tmp.appendingPathComponent(name).path
            #expect(try CLI.run(["build", corpus.path, "--out", out]).status == 0)
            dumps.append(try Self.dump(out))
        }
        #expect(dumps[0].count > 10_000)
        #expect(dumps[0] == dumps[1])
    }

    /// `chc query` refuses every statement that could change the file, and the file's bytes stay the same.
    @Test func queryNeverModifiesTheDataset() throws {
        let tmp = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let out = tmp.appendingPathComponent("d.sqlite").path
        #expect(try CLI.run(["build", "Corpus", "--out", out]).status == 0)
        let before = try Self.sha256(out)
        let attached = tmp.appendingPathComponent("attached.sqlite").path
        let statements = [
            "INSERT INTO landlords (id, name) VALUES ('x', 'x')",
            "UPDATE responses SET status = 'no'",
            "DELETE FROM responses",
            "DROP TABLE responses",
            "CREATE TABLE t (x)",
            "ATTACH DATABASE '\(attached)' AS other",
            "DETACH DATABASE main",
            "PRAGMA user_version=5",
            "PRAGMA user_version(5)",
            "PRAGMA query_only = OFF",
            "VACUUM",
            "VACUUM INTO '\(tmp.appendingPathComponent("copy.sqlite").path)'",
            "REINDEX",
            "ANALYZE",
            "SELECT 1; DELETE FROM responses",
            "/* a comment */ DELETE FROM responses",
            "WITH x AS (SELECT 1) DELETE FROM responses",
        ]
        let refusedWrite = "Error: refused: chc query runs read-only SQL; this statement would modify the database - use SELECT (or PRAGMA without '=') to read the dataset\n"
        for sql in statements {
            let run = try CLI.run(["query", sql, "--dataset", out])
            #expect(run.status == 1, "\(sql)")
            let expected = sql.hasPrefix("SELECT 1;")
                ? "Error: refused: chc query runs one SQL statement at a time - remove everything after the first ';'\n"
                : refusedWrite
            #expect(run.stderr == expected, "\(sql)")
        }
        // Statements that change only the connection, never the file.
        for sql in ["PRAGMA query_only(0)", "PRAGMA writable_schema(1)"] {
            _ = try CLI.run(["query", sql, "--dataset", out])
        }
        #expect(try Self.sha256(out) == before)
        #expect(!FileManager.default.fileExists(atPath: attached))
        #expect(try CLI.run(["query", "PRAGMA user_version", "--dataset", out]).stdout.contains("0"))
    }

    // MARK: - Helpers

    /// Runs Scripts/make-sector-corpus and returns the corpus folder.
    static func generateCorpus(_ count: Int, in folder: URL) throws -> URL {
        let corpus = folder.appendingPathComponent("corpus")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", CLI.packageRoot.appendingPathComponent("Scripts/make-sector-corpus").path, "\(count)", corpus.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "Scripts/make-sector-corpus failed (is python3 installed?)")
        return corpus
    }

    static func responseCount(_ path: String) throws -> Int {
        Int(try DatasetReader.query(path: path, sql: "SELECT COUNT(*) FROM responses").rows.first?.first?.text ?? "") ?? -1
    }

    /// Every table's rows as text, sorted, table by table.
    static func dump(_ path: String) throws -> String {
        let tables = try DatasetReader.query(path: path, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .rows.compactMap { $0.first?.text }
        var text = ""
        for table in tables {
            let rows = try DatasetReader.query(path: path, sql: "SELECT * FROM \"\(table)\"").rows
                .map { $0.map { $0.text ?? "NULL" }.joined(separator: "|") }.sorted()
            text += "## \(table)\n" + rows.joined(separator: "\n") + "\n"
        }
        return text
    }

    static func sha256(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        #if os(Linux)
        process.arguments = ["sha256sum", path]
        #else
        process.arguments = ["shasum", "-a", "256", path]
        #endif
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
    }
}
