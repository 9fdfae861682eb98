import Foundation
import Testing

/// `chc build` names on stderr every file of the corpus folder it does not read, with the reason.
@Suite struct SkippedFilesTests {
    @Test func skippedFilesAreReportedOnStderr() throws {
        let corpus = try CLI.temporaryDirectory()
        let docs = corpus.appendingPathComponent("assessments")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        let good = "Code provision\tCode requirement\tComply: Yes / No\tEvidence\tCommentary / explanation\n1.2\tA complaint is any expression of dissatisfaction.\tYes\tPolicy\t\n"
        try good.write(to: docs.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data([0x50, 0x4B, 0x03, 0x04]).write(to: docs.appendingPathComponent("a.xlsx"))
        let out = CLI.outside(corpus, "d.sqlite")
        let run = try CLI.run(["build", corpus.path, "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("skipped assessments/a.xlsx: spreadsheet, not a self-assessment format chc reads (export the form as PDF, Word or text)\nwrote \(out): 1 documents"))
    }
}
