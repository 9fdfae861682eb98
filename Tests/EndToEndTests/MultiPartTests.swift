import Dataset
import Foundation
import Testing

/// A manifest row naming a folder (one web page per Code section) builds one document whose
/// responses keep their own file and line.
@Suite struct MultiPartTests {
    @Test func folderOfPagesIsOneAssessment() throws {
        let corpus = try CLI.temporaryDirectory()
        let folder = corpus.appendingPathComponent("assessments/example-council")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let header = "Code provision\tCode requirement\tComply: Yes / No\tEvidence\tCommentary / explanation\n"
        try ("Section 1: Definition of a complaint\n\n" + header
             + "1.2\tA complaint is any expression of dissatisfaction.\tYes\tPolicy part 2\t\n"
             + "1.3\tResidents need not use the word complaint.\tNo\t\tTo be added\n")
            .write(to: folder.appendingPathComponent("page-1.txt"), atomically: true, encoding: .utf8)
        try ("Section 9: Scrutiny & oversight\n\n" + header
             + "9.1\tLandlords look beyond the individual complaint.\tYes\tLessons log\t\n")
            .write(to: folder.appendingPathComponent("page-9.txt"), atomically: true, encoding: .utf8)
        try "file,landlord,landlord_kind,period\nassessments/example-council,Example Council,local_authority,2024-25\n"
            .write(to: corpus.appendingPathComponent("manifest.csv"), atomically: true, encoding: .utf8)
        let out = CLI.outside(corpus, "d.sqlite")
        let run = try CLI.run(["build", corpus.path, "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        let docs = try DatasetReader.query(path: out, sql: "SELECT part_count, source_path FROM documents")
        #expect(docs.rows.map { $0.compactMap(\.text) } == [["2", "assessments/example-council/page-1.txt"]])
        let responses = try DatasetReader.query(path: out, sql: "SELECT provision, status, source_path, line_start FROM responses ORDER BY provision_key")
        #expect(responses.rows.map { $0.compactMap(\.text).joined(separator: "|") } == [
            "1.2|yes|assessments/example-council/page-1.txt|4",
            "1.3|no|assessments/example-council/page-1.txt|5",
            "9.1|yes|assessments/example-council/page-9.txt|4",
        ])
        let files = try DatasetReader.query(path: out, sql: "SELECT part, source_path FROM document_files ORDER BY part")
        #expect(files.rows.count == 2)
    }
}
