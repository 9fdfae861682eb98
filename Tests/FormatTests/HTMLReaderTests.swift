import Foundation
@testable import Normaliser
import Testing

/// One HTML quirk per fixture (Scripts/make-format-fixtures), read into the document model.
@Suite struct HTMLReaderTests {
    func cells(_ row: TableRow) -> [String] {
        row.cells.map { ($0.continuesAbove ? "^" : "") + $0.lines.map(\.text).joined(separator: " / ") }
    }

    func texts(_ d: Document) -> [String] {
        d.blocks.map { $0.kind == .table ? "table" : $0.text }
    }

    @Test func pageChromeIsDroppedWithItsReasonAndTheTableKept() throws {
        let d = try Support.document("html-page-chrome.html")
        #expect(texts(d) == ["Skip to main content", "Complaint handling self-assessment", "table"])
        let reasons = Set(d.dropped.map(\.reason))
        #expect(reasons == ["cookie notice", "page header", "script", "aside", "page footer", "noscript"])
        #expect(d.dropped.contains { $0.reason == "page header" && $0.text == "Repairs" })  // the menu inside the header
        #expect(!d.blocks.flatMap { $0.kind == .table ? $0.rows.flatMap(\.lines) : $0.lines }.contains { $0.text.contains("cookies") })
        #expect(d.titleHints == ["Complaint handling self-assessment"])
        let rows = try #require(Support.tables(d).first)
        #expect(rows.map(\.isHeader) == [true, false, false])
        #expect(rows[1].location == Location(line: 24, locator: "body/main/table/tbody/tr[1]/td[1]"))
    }

    @Test func colspanAndRowspanOnTheGrid() throws {
        let rows = try #require(Support.tables(try Support.document("html-rowspan-colspan.html")).first)
        #expect(rows[1].cells.map(\.columnSpan) == [5])
        #expect(cells(rows[2])[3] == "Complaints policy, part 2")
        #expect(cells(rows[3]) == ["1.3", "Residents do not have to use the word complaint for it to be treated as one.", "Yes", "^",
                                   "Staff briefed in May"])
        #expect(rows[3].cells[3].isEmpty)
        #expect(rows[4].cells.map(\.columnSpan) == [1, 1, 2, 1])
        #expect(rows.map(\.isHeader) == [true, false, false, false, false])
    }

    @Test func rowspanPlaceholdersAtTheEndOfARowAndPastTheTable() throws {
        let page = "<table><tr><td>a</td><td rowspan=3>b</td></tr><tr><td>c</td></tr></table>"
        let d = try HTMLReader().read(DocumentInput.Part(path: "t.html", bytes: Array(page.utf8)), index: 0)
        let rows = try #require(Support.tables(d).first)
        #expect(rows.map(cells) == [["a", "b"], ["c", "^"]])
    }

    @Test func definitionListsAreAdjacentParagraphs() throws {
        let d = try Support.document("html-definition-list.html")
        #expect(texts(d).prefix(7) == ["Complaint handling self-assessment", "Code provision 1.2",
                                       "A complaint is any expression of dissatisfaction about the service.",
                                       "Do we comply?", "Yes", "Evidence", "Complaints policy"])
        #expect(d.blocks.dropFirst().allSatisfy { $0.kind == .paragraph })
    }

    @Test func labelledDivsKeepLabelAndValueTogether() throws {
        let d = try Support.document("html-labelled-divs.html")
        let t = texts(d)
        #expect(t.count == 17)
        #expect(t[5...6] == ["Compliance", "Yes"])
        #expect(t[13...14] == ["Compliance", "No"])
        #expect(d.blocks[6].lines.first?.location.locator == "body/div[1]/div[6]")
    }

    @Test func windows1252DeclaredInAMetaElement() throws {
        let d = try Support.document("html-windows-1252.html")
        #expect(d.parts.first?.encoding == "windows-1252")
        let row = try #require(Support.tables(d).first?.last)
        #expect(cells(row)[1] == "A complaint is any “expression of dissatisfaction” – however made.")
        #expect(cells(row)[3] == "Leaflet £2 to print")
    }

    @Test func utf16WithAByteOrderMark() throws {
        let d = try Support.document("html-utf16.html")
        #expect(d.parts.first?.encoding == "utf-16le")
        #expect(cells(try #require(Support.tables(d).first?.last))[3] == "Complaints policy – part 2")
    }

    @Test func undeclaredNonUTF8FallsBackToWindows1252() throws {
        let bytes: [UInt8] = Array("<p>".utf8) + [0x93] + Array("Yes".utf8) + [0x94] + Array("</p>".utf8)
        let d = try HTMLReader().read(DocumentInput.Part(path: "t.html", bytes: bytes), index: 0)
        #expect(d.parts.first?.encoding == "windows-1252")
        #expect(d.blocks.map(\.text) == ["“Yes”"])
    }

    @Test func theadAndThOnlyRowsAreHeadersCaptionBeforeFooterLast() throws {
        let d = try Support.document("html-thead-th.html")
        #expect(texts(d) == ["Complaint handling self-assessment", "Section 1: Definition of a complaint", "table"])
        let rows = try #require(Support.tables(d).first)
        #expect(rows.map { cells($0)[0] } == ["Code provision", "1.2", "Best practice", "1.4", "Last reviewed May 2024"])
        #expect(rows.map(\.isHeader) == [true, false, true, false, false])
        #expect(rows[4].location.line == 12)  // the footer is shown last but written before the body
    }

    @Test func hiddenElementsAreDroppedButAHiddenPanelWithATableIsKept() throws {
        let d = try Support.document("html-hidden.html")
        #expect(texts(d) == ["Complaint handling self-assessment", "table", "Published May 2024."])
        #expect(d.dropped.map(\.text) == ["Draft: do not publish.", "Decorative text", "Old answers were here."])
        #expect(d.dropped.allSatisfy { $0.reason == "hidden" })
    }

    @Test func brokenMarkupIsRecovered() throws {
        let d = try Support.document("html-broken-markup.html")
        let rows = try #require(Support.tables(d).first)
        #expect(rows.count == 3)
        #expect(rows.map { $0.cells.count } == [4, 4, 4])
        #expect(cells(rows[1])[3] == "Policy & leaflet")
        #expect(texts(d).first == "Complaint handling self-assessment")
        #expect(texts(d).last == "End of assessment")
        #expect(d.titleHints == ["Self-assessment", "Complaint handling self-assessment"])
    }

    @Test func formControlsShowTheirState() throws {
        let rows = try #require(Support.tables(try Support.document("html-form-controls.html")).first)
        #expect(rows.dropFirst().map { cells($0)[2] } == ["☒ Yes ☐ No", "Partially"])
    }

    @Test func nestedTableIsFlattenedIntoItsCell() throws {
        let rows = try #require(Support.tables(try Support.document("html-nested-table.html")).first)
        #expect(rows[1].cells[3].lines.map(\.text) == ["See:", "Policy", "Section 2", "Leaflet", "Page 4", "Both published online."])
        #expect(Support.tables(try Support.document("html-nested-table.html")).count == 1)
    }

    @Test func whitespaceCollapsesAsInABrowserAndBreaksSplitLines() throws {
        let page = "<p>  Yes,&nbsp;&nbsp;in\n   part<br>Policy&shy;wording <b>and</b>\tleaflet</p><pre>a  b\nc</pre>"
        let d = try HTMLReader().read(DocumentInput.Part(path: "t.html", bytes: Array(page.utf8)), index: 0)
        #expect(d.blocks.map { $0.lines.map(\.text) } == [["Yes, in part", "Policywording and leaflet"], ["a  b", "c"]])
    }

    @Test func sourceLinesOfTextSpreadOverLines() throws {
        let page = "<html><body>\n<p>\n\n  Yes\n  more</p>\n<table><tr><td>a</td>\n<td>\n\nb</td></tr></table></body></html>"
        let d = try HTMLReader().read(DocumentInput.Part(path: "t.html", bytes: Array(page.utf8)), index: 0)
        #expect(d.blocks.first?.lines.first?.location.line == 4)
        let row = try #require(Support.tables(d).first?.first)
        #expect(row.cells.map { $0.lines.first?.location.line } == [6, 9])
    }

    @Test func elementsNestedPastTheDepthLimitAreReadAsText() throws {
        let page = "<div>" + String(repeating: "<span><div>", count: 400) + "deep text" + String(repeating: "</div></span>", count: 400) + "</div><p>after</p>"
        let d = try HTMLReader().read(DocumentInput.Part(path: "t.html", bytes: Array(page.utf8)), index: 0)
        // libxml2 alone would stop at depth 256 and drop the rest of the page.
        #expect(d.blocks.map(\.text) == ["deep text", "after"])
    }
}

extension HTMLReaderTests {
    @Test func aLayoutTableIsReadAsThePageAndItsNestedTableStaysATable() throws {
        let d = try Support.document("html-layout-table.html")
        #expect(texts(d) == ["Home", "Repairs", "Complaint handling self-assessment", "table"])
        #expect(Support.tables(d).first?.count == 4)
        #expect(Support.statuses(try Support.normalise(["html-layout-table.html"])) == ["1.2 yes", "1.3 no", "1.4 yes"])
    }

    @Test func imagesInCellsReadAsTheirTextAlternative() throws {
        let d = try Support.document("html-image-answers.html")
        #expect(Support.tables(d).first?.dropFirst().map { cells($0)[2] } == ["Yes", "No"])
        #expect(Support.statuses(try Support.normalise(["html-image-answers.html"])) == ["1.2 yes", "1.3 no"])
    }
}

extension HTMLReaderTests {
    @Test func gridColumnsNoCellStartsAtAreMerged() throws {
        let d = try Support.document("html-fine-grid.html")
        let rows = try #require(Support.tables(d).first)
        #expect(rows.map { $0.cells.map(\.columnSpan) } == [[1, 1, 1, 1, 1], [5], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1]])
        let a = try Support.normalise(["html-fine-grid.html"])
        #expect(Support.statuses(a) == ["1.2 yes", "1.3 no"])
        #expect(a.responses.first?.evidence == "Complaints policy")
        #expect(a.responses.first?.commentary == "Reviewed in May")
    }

    @Test func aSpanThatCoversRealColumnsIsKept() {
        let at = Location(line: 1)
        let cell = { (span: Int) in TableCell(lines: [TextLine("x", at: at)], columnSpan: span) }
        let rows = [TableRow(cells: [cell(1), cell(1), cell(1)], location: at), TableRow(cells: [cell(1), cell(2)], location: at)]
        #expect(TableGrid.compacted(rows).map { $0.cells.map(\.columnSpan) } == [[1, 1, 1], [1, 2]])
    }
}
