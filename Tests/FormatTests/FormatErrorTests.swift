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
