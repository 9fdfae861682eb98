import Dataset
import Foundation
import Testing

@Suite(.serialized) struct BuildCommandTests {
    @Test func buildsTheCorpus() throws {
        let tmp = try CLI.temporaryDirectory()
        let out = tmp.appendingPathComponent("dataset.sqlite").path
        let run = try CLI.run(["build", "Corpus", "--out", out])
        #expect(run.status == 0)
        try CLI.assertSnapshot(run.stdout, named: "build-corpus.txt")
        #expect(run.stderr.hasPrefix("wrote \(out): 5 documents, 359 responses, 5 landlords"))
        // The dataset holds what the summary says.
        let result = try DatasetReader.query(path: out, sql: "SELECT COUNT(*) FROM responses")
        #expect(result.rows.first?.first?.text == "359")
    }

    @Test func rebuildingGivesTheSameContent() throws {
        let tmp = try CLI.temporaryDirectory()
        var dumps: [String] = []
        for name in ["a.sqlite", "b.sqlite"] {
            let out = tmp.appendingPathComponent(name).path
            #expect(try CLI.run(["build", "Corpus", "--out", out]).status == 0)
            var dump = ""
            for table in ["landlords", "documents", "responses", "unparsed_lines", "build_info"] {
                let r = try DatasetReader.query(path: out, sql: "SELECT * FROM \(table) ORDER BY 1, 2")
                dump += table + "\n" + r.rows.map { $0.map { $0.text ?? "NULL" }.joined(separator: "|") }.joined(separator: "\n") + "\n"
            }
            dumps.append(dump)
        }
        #expect(dumps[0] == dumps[1])
    }

    @Test func badDocumentIsReportedAndTheRestIsBuilt() throws {
        let corpus = try CLI.temporaryDirectory()
        let docs = corpus.appendingPathComponent("assessments")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        let good = "Section 1: Definition of a complaint\n\nCode provision\tCode requirement\tComply: Yes / No\tEvidence\tCommentary / explanation\n1.2\tA complaint is any expression of dissatisfaction.\tYes\tPolicy\t\n"
        try good.write(to: docs.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data().write(to: docs.appendingPathComponent("empty.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: docs.appendingPathComponent("garbage.txt"))
        try "Our annual report.\nNothing tabular here.\n".write(to: docs.appendingPathComponent("prose.txt"), atomically: true, encoding: .utf8)
        let out = CLI.outside(corpus, "d.sqlite")
        let run = try CLI.run(["build", corpus.path, "--out", out])
        #expect(run.status == 2)
        #expect(run.stderr.contains("wrote \(out): 1 documents, 1 responses, 1 landlords; 3 document(s) failed and are not in it (the 1 built were kept)"))
        #expect(run.stderr.contains("Error: file is empty (no text)\n --> assessments/empty.txt\n"))
        #expect(run.stderr.contains("Error: file is binary, not text (NUL byte at line 1)\n --> assessments/garbage.txt:1\n"))
        #expect(run.stderr.contains("Error: no self-assessment table found\n --> assessments/prose.txt\n"))
    }

    @Test func withoutAManifestLandlordAndPeriodComeFromTheText() throws {
        let corpus = try CLI.temporaryDirectory()
        let docs = corpus.appendingPathComponent("assessments")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        for name in ["croydon-2024-25.txt", "papworth-trust-2023-24.txt", "unnamed-council-2024.txt"] {
            try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Corpus/assessments/" + name),
                                             to: docs.appendingPathComponent(name))
        }
        let out = CLI.outside(corpus, "d.sqlite")
        #expect(try CLI.run(["build", corpus.path, "--out", out]).status == 0)
        let r = try DatasetReader.query(path: out, sql: """
            SELECT d.source_path, l.name, l.named, d.period FROM documents d JOIN landlords l ON l.id = d.landlord_id ORDER BY 1
            """)
        #expect(r.rows.map { $0.map { $0.text ?? "NULL" }.joined(separator: "|") } == [
            "assessments/croydon-2024-25.txt|London Borough of Croydon|1|2024-25",
            "assessments/papworth-trust-2023-24.txt|Papworth Trust|1|2023-24",
            "assessments/unnamed-council-2024.txt|Unnamed landlord (unnamed-council-2024.txt)|0|2024",
        ])
    }

    @Test func unknownCorpusIsAnErrorWithExit1() throws {
        let run = try CLI.run(["build", "/nonexistent/corpus", "--out", "/tmp/never.sqlite"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("Error: /nonexistent/corpus: "))
    }
}

@Suite struct ParseCommandTests {
    @Test func parsesOneDocumentAsCSV() throws {
        let run = try CLI.run(["parse", "Tests/NormaliserTests/Fixtures/tab-2022-no-column.txt", "--format", "csv"])
        #expect(run.status == 0)
        try CLI.assertSnapshot(run.stdout, named: "parse-2022-no-column.csv")
    }

    @Test func missingFileIsAnError() throws {
        let run = try CLI.run(["parse", "no-such-file.txt"])
        #expect(run.status == 1)
        #expect(run.stderr == "Error: cannot read no-such-file.txt: no such file or not readable - check the path\n")
    }

    @Test func badVersionIsAValidationError() throws {
        let run = try CLI.run(["parse", "x.txt", "--code-version", "2023"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: --code-version must be 2022 or 2024, not '2023'"))
    }
}

@Suite struct DocumentationTests {
    /// Every subcommand appears in the README (sqlite-utils' test_commands_are_documented).
    @Test func everySubcommandIsInTheReadme() throws {
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let help = try CLI.run(["--help"]).stdout
        let section = help.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        // Subcommand lines are indented two spaces and start with a lowercase name; wrapped help text is indented further.
        let names = section.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let first = line.dropFirst(2).split(separator: " ").first,
                  first.allSatisfy({ $0.isLowercase || $0 == "-" }) else { return nil }
            return String(first)
        }.filter { $0 != "help" }
        #expect(!names.isEmpty)
        for name in names { #expect(readme.contains("chc \(name)"), "README does not document `chc \(name)`") }
    }
}
