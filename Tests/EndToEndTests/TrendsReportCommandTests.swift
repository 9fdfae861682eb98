import Foundation
import Testing

/// `chc trends` and `chc report` through the built binary: golden output on the corpus, a landlord with two
/// assessments, the site's files, and the errors.
@Suite struct TrendsReportCommandTests {
    @Test(arguments: [
        (["trends"], "trends.txt"),
        (["trends", "--format", "csv"], "trends.csv"),
        (["trends", "--by-provision", "--code-version", "2024", "--section", "8"], "trends-2024-section-8.txt"),
        (["trends", "--pool", "--format", "json"], "trends-pooled.json"),
        (["trends", "croydon"], "trends-croydon.txt"),
        (["trends", "winchester", "--code-version", "2024", "--format", "json"], "trends-winchester.json"),
    ] as [([String], String)])
    func outputMatchesGoldenFile(_ arguments: [String], _ snapshot: String) throws {
        let run = try CorpusDataset.run(arguments)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        try CLI.assertSnapshot(run.stdout, named: snapshot)
    }

    @Test(arguments: [
        (["trends", "--changes"], "Error: --changes needs a LANDLORD"),
        (["trends", "--code-version", "2023"], "Error: The value '2023' is invalid for '--code-version <code-version>'. Please provide one of '2022' and '2024'."),
        (["trends", "croydon", "--pool"], "Error: --by-provision, --section and --pool are for the sector trend; drop them or LANDLORD"),
        (["report", "croydon", "--out", "croydon.txt"], "Error: with LANDLORD, --out is the page's file and must end in .html, not 'croydon.txt'"),
    ] as [([String], String)])
    func badArgumentsExit64(_ arguments: [String], _ message: String) throws {
        let run = try CorpusDataset.run(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix(message + "\n"), "stderr: \(run.stderr)")
    }

    @Test func anUnknownLandlordIsNamedWithTheClosest() throws {
        let run = try CorpusDataset.run(["trends", "crydon"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("Error: no landlord matches 'crydon' - did you mean London Borough of Croydon?"), "\(run.stderr)")
    }

    /// A landlord with two assessments: the changed answers with both documents' file:line, and the step said in words.
    @Test func changesBetweenTwoAssessments() throws {
        let corpus = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let docs = corpus.appendingPathComponent("assessments")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        let header = "Code provision\tCode requirement\tComply: Yes / No\tEvidence\tCommentary / explanation\n"
        try (header + "1.2\tDefine a complaint.\tNo\tDraft policy\t\n1.3\tNo special words.\tYes\tPolicy part 2\t\n")
            .write(to: docs.appendingPathComponent("old.txt"), atomically: true, encoding: .utf8)
        try (header + "1.2\tDefine a complaint.\tYes\tPolicy part 1\t\n1.3\tNo special words.\tPartial\tPolicy part 2\t\n")
            .write(to: docs.appendingPathComponent("new.txt"), atomically: true, encoding: .utf8)
        try """
            file,landlord,landlord_kind,period,code_version
            assessments/old.txt,Acme Homes,housing_association,2023-24,2024
            assessments/new.txt,Acme Homes,housing_association,2024-25,2024

            """.write(to: corpus.appendingPathComponent("manifest.csv"), atomically: true, encoding: .utf8)
        let dataset = corpus.path + "-d.sqlite"  // outside the corpus, as chc build requires
        defer { try? FileManager.default.removeItem(atPath: dataset) }
        #expect(try CLI.run(["build", corpus.path, "--out", dataset]).status == 0)
        let csv = try CLI.run(["trends", "acme", "--changes", "--format", "csv", "--dataset", dataset])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n").map { $0.replacingOccurrences(of: "\"", with: "") }
        #expect(lines == [
            "earlier_period,later_period,earlier_version,later_version,paired_by,provision,earlier_provision,section,from,to,direction,earlier,later",
            "2023-24,2024-25,2024,2024,same version,1.2,1.2,1,no,yes,better,assessments/old.txt:2,assessments/new.txt:2",
            "2023-24,2024-25,2024,2024,same version,1.3,1.3,1,yes,partial,worse,assessments/old.txt:3,assessments/new.txt:3",
        ])
        let table = try CLI.run(["trends", "acme", "--dataset", dataset])
        #expect(table.stdout.contains("2023-24 → 2024-25 (2024 Code): 2 compared, 2 changed (1 better, 1 worse, 0 to or from n/a or blank), 0 unchanged"))
    }

    @Test func reportWritesTheSiteAndOneLandlordsPage() throws {
        let out = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let site = out.appendingPathComponent("site")
        let run = try CorpusDataset.run(["report", "--out", site.path, "--sources", "Corpus"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == site.appendingPathComponent("index.html").path + "\n")
        #expect(run.stderr.hasPrefix("wrote \(site.path): 150 pages, "), "\(run.stderr)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: site.path).filter { $0.hasSuffix(".html") }
        #expect(files.count == 150)
        #expect(files.contains("provisions/2024-6.10.html") && files.contains("landlords/croydon-council.html"))
        let page = out.appendingPathComponent("croydon.html")
        let one = try CorpusDataset.run(["report", "croydon", "--out", page.path, "--sources", "Corpus"])
        #expect(one.status == 0, "\(one.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<h1>London Borough of Croydon</h1>"))
        #expect(!html.contains("index.html") && !html.contains("provisions/"))
    }
}
