import Assessment
import Foundation
@testable import Normaliser
import Testing

/// Word and HTML fixtures normalised end to end (through the document model and the temporary
/// line bridge to today's text readers): the statuses a reader of the file would see.
@Suite struct BridgeTests {
    @Test(arguments: [
        ("docx-header-row.docx", ["1.2 yes", "1.3 yes", "1.4 no"]),
        ("docx-merged-cells.docx", ["1.2 yes", "1.3 yes", "1.4 partial"]),
        ("docx-checkbox-control.docx", ["1.2 yes", "1.3 no", "1.4 partial"]),
        ("docx-symbols.docx", ["1.2 yes", "1.3 no", "1.4 yes"]),
        ("docx-empty-answer.docx", ["1.2 yes", "1.3 blank", "1.4 yes"]),
        ("docx-2022-form.docx", ["1.2 yes", "1.3 yes", "1.4 no"]),
        ("docx-tracked-changes.docx", ["1.2 yes", "1.3 yes"]),
        ("html-page-chrome.html", ["1.2 yes", "1.3 yes"]),
        ("html-libreoffice.html", ["1.2 yes", "1.3 yes", "1.4 no"]),
        ("html-form-controls.html", ["1.2 yes", "1.3 partial"]),
        ("html-windows-1252.html", ["1.2 yes"]),
    ])
    func statuses(_ name: String, _ expected: [String]) throws {
        let a = try Support.normalise([name])
        #expect(Support.statuses(a) == expected)
    }

    @Test func formatAndProvenanceOfAWordResponse() throws {
        let a = try Support.normalise(["docx-header-row.docx"])
        #expect(a.format == "docx")
        let r = try #require(a.responses.first)
        #expect(r.lineStart == 8 && r.locator == "table 1, row 2")
        #expect(a.title == nil || a.title?.isEmpty == false)
    }

    @Test func the2022FormKeepsItsNoAnswerAndAction() throws {
        let a = try Support.normalise(["docx-2022-form.docx"])
        let no = try #require(a.responses.first { $0.provision.description == "1.4" })
        #expect(no.status == .no)
        #expect(no.action.contains("Guidance for staff to be drafted by March."))
    }

    @Test func aFolderOfPagesIsOneAssessment() throws {
        let folder = Support.fixtures.appendingPathComponent("html-two-page")
        let a = try Support.normalise(["page-1.html", "page-2.html"], in: folder)
        #expect(Support.statuses(a) == ["1.2 yes", "1.3 no", "2.1 yes", "3.1 yes"])
        #expect(a.responses.map(\.sourcePath) == ["page-1.html", "page-1.html", "page-1.html", "page-2.html"])
        #expect(a.sources.map(\.path) == ["page-1.html", "page-2.html"])
        #expect(a.format == "html")
    }
}
