import Foundation
@testable import Normaliser
import Testing

/// Files chc cannot read get an error naming the file, what it is, and what to do next.
@Suite struct FormatErrorTests {
    @Test func corruptZip() throws {
        let error = try #require(Support.error("docx-corrupt.docx"))
        #expect(error.kind == .corrupt)
        #expect(error.description == """
            file is not a readable zip package (no end-of-directory record: truncated?)
             --> docx-corrupt.docx
              = help: download the file again, or open it in Word and save it again as .docx
            """)
    }

    @Test func zipBombStopsAtTheRatioLimit() throws {
        let error = try #require(Support.error("docx-zip-bomb.docx"))
        #expect(error.kind == .overLimit)
        #expect(error.message.hasPrefix("word/document.xml unpacks to more than 200 times its packed size ("))
        #expect(error.message.hasSuffix("bytes): a zip bomb or a damaged file"))
    }

    @Test func spreadsheetNamedDocx() throws {
        let error = try #require(Support.error("docx-spreadsheet.docx"))
        #expect(error.kind == .unsupported)
        #expect(error.message == "Excel workbook (.xlsx), not a Word document: chc cannot read this format")
    }

    @Test func passwordProtectedDocx() throws {
        let error = try #require(Support.error("docx-encrypted.docx"))
        #expect(error.kind == .encrypted)
        #expect(error.message == "password-protected (encrypted) Office file: chc cannot read it")
        #expect(error.help.contains("remove the password"))
    }

    @Test func xmlThatIsNotWellFormedNamesThePartAndLine() throws {
        let error = try #require(try Support.errorReading(zip: [("word/document.xml", "<w:document xmlns:w=\"x\">\n<w:body><w:p></w:body>")]))
        #expect(error.kind == .corrupt)
        #expect(error.message.hasPrefix("word/document.xml is not well-formed XML (line 2: "))
    }

    @Test func dtdIsRefusedBeforeParsing() throws {
        let laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<d>&b;</d>"
        let error = try #require(try Support.errorReading(zip: [("word/document.xml", laughs)]))
        #expect(error.kind == .corrupt)
        #expect(error.message.contains("declares a DTD"))
    }

    @Test func pageWithNothingButChrome() throws {
        let page = "<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>"
        let error = try #require(Support.errorReading(html: page))
        #expect(error.kind == .empty)
        #expect(error.message == "page has no text (nothing outside scripts, navigation and hidden elements)")
    }
}

extension FormatErrorTests {
    /// Inputs the libFuzzer harness found (Scripts/fuzz 300 docx): ZIPFoundation, which read the zips then,
    /// stopped the process on a Swift runtime check when a directory offset pointed past the end of an
    /// in-memory zip.
    /// docx-fuzz-endless-inflate.docx made ZIPFoundation's inflate loop for ever (a deflate stream cut short).
    @Test(arguments: ["docx-fuzz-offset-past-end.docx", "docx-fuzz-mutated-package.docx", "docx-fuzz-endless-inflate.docx"])
    func fuzzFindingsAreCorruptZipsNotCrashes(_ name: String) throws {
        let error = try #require(Support.error(name))
        #expect(error.kind == .corrupt)
        let expected = ["file is not a readable zip package (", "cannot be unpacked (", "is not well-formed XML"]
        #expect(expected.contains { error.message.contains($0) }, "\(error.message)")
    }

    @Test func deflateStreamCutShortIsAnErrorNotALoop() throws {
        let text = Array(String(repeating: "<w:p>some text</w:p>", count: 500).utf8)
        let packed = try ZipMaker.deflated(text)
        switch Inflate.raw(packed.dropLast(packed.count / 2), limit: 1 << 20) {
        case .failure(.corrupt(let why)): #expect(why == "compressed data ends early")
        default: Issue.record("a stream cut short was not refused")
        }
        #expect(try Inflate.raw(packed[...], limit: 1 << 20).get() == text)
        if case .failure(.overLimit) = Inflate.raw(packed[...], limit: 100) {} else { Issue.record("the limit was not kept") }
    }

    @Test func directoryPointingPastTheEndIsRefusedBeforeZIPFoundationReadsIt() throws {
        var bytes = try ZipMaker.zip([("word/document.xml", Array("<w:document/>".utf8))])
        // The central directory entry's local-header offset (46-byte entry; offset field at +42) set past the end.
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let found = (0..<(bytes.count - 4)).last { (i: Int) -> Bool in Array(bytes[i..<(i + 4)]) == signature }
        let entry = try #require(found)
        for k in 0..<4 { bytes[entry + 42 + k] = 0x7F }
        let problem: String? = switch ZipArchive.read(bytes) { case .success: nil; case .failure(let p): p.message }
        #expect(problem == "central directory entry 1 is damaged or points past the end of the file")
        let good = try ZipArchive.read(try ZipMaker.zip([("a.xml", [0x41])])).get()
        #expect(good.entries["a.xml"]?.uncompressedSize == 1)
    }
}
