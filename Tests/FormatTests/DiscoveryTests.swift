import Dataset
import Foundation
import Testing

/// `chc build` discovery: Word, HTML, PDF and text files are read; every other file is reported with
/// its reason; a folder of web pages named by the manifest is one assessment.
@Suite struct DiscoveryTests {
    static func corpus(_ files: [String: [UInt8]]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("chc-discovery-\(UUID().uuidString)")
        for (path, bytes) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    @Test func everyFileIsReadOrReportedWithItsReason() throws {
        let root = try Self.corpus([
            "assessments/form.docx": try Support.bytes("docx-header-row.docx"),
            "assessments/page.html": try Support.bytes("html-page-chrome.html"),
            "assessments/answers.xlsx": [0x50, 0x4B, 0x03, 0x04],
            "assessments/scan.png": [0x89, 0x50, 0x4E, 0x47],
            "assessments/old/form.doc": [0xD0, 0xCF],
            "assessments/README": Array("notes".utf8),
            "assessments/.DS_Store": [0],
            "assessments/.git/config": [0],
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let manifest = try Manifest.load(corpus: root.path)
        #expect(manifest.entries.map(\.files) == [["assessments/form.docx"], ["assessments/page.html"]])
        #expect(manifest.skipped.map(\.description) == [
            "skipped assessments/.DS_Store: hidden file, not read",
            "skipped assessments/.git: hidden folder, not read",
            "skipped assessments/README: no file extension; chc reads .pdf .docx .html .htm .txt .md",
            "skipped assessments/answers.xlsx: spreadsheet, not a self-assessment format chc reads (export the form as PDF, Word or text)",
            "skipped assessments/old/form.doc: word-processor format chc does not read (save it as .docx or PDF)",
            "skipped assessments/scan.png: image (a scan? OCR is not supported)",
        ])
        let report = try CorpusBuilder(corpus: root.path, catalogue: try .bundled(), toolVersion: "test")
            .build(to: root.path + ".sqlite")
        try? FileManager.default.removeItem(atPath: root.path + ".sqlite")
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.documents.map(\.path) == ["assessments/form.docx", "assessments/page.html"])
        #expect(report.skipped.count == 6)
    }

    @Test func aManifestFolderOfPagesIsOneDocumentAndUnlistedFilesAreReported() throws {
        let folder = Support.fixtures.appendingPathComponent("html-two-page")
        let root = try Self.corpus([
            "assessments/example/page-1.html": try Support.bytes("page-1.html", in: folder),
            "assessments/example/page-2.html": try Support.bytes("page-2.html", in: folder),
            "assessments/forgotten.docx": try Support.bytes("docx-header-row.docx"),
            "manifest.csv": Array("file,landlord\nassessments/example,Example Homes\n".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.path + ".sqlite"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let report = try CorpusBuilder(corpus: root.path, catalogue: try .bundled(), toolVersion: "test").build(to: out)
        #expect(report.documents.map(\.path) == ["assessments/example/page-1.html;assessments/example/page-2.html"])
        #expect(report.documents.first?.responses == 4)
        #expect(report.skipped.map(\.description) == ["skipped assessments/forgotten.docx: not listed in manifest.csv (add a row for it to build it)"])
        let formats = try DatasetReader.query(path: out, sql: "SELECT format, part_count FROM documents")
        #expect(formats.rows.map { $0.compactMap(\.text) } == [["html", "2"]])
    }
}
