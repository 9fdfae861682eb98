import Foundation
@testable import Normaliser
import Testing

/// One Word quirk per fixture (Scripts/make-format-fixtures), read into the document model.
@Suite struct WordReaderTests {
    /// The texts of a row's cells (a cell's lines joined by " / "; a merged continuation as "^").
    private func cells(_ row: TableRow) -> [String] {
        row.cells.map { $0.continuesAbove ? "^" + $0.lines.map(\.text).joined(separator: " / ") : $0.lines.map(\.text).joined(separator: " / ") }
    }

    private func table(_ name: String, _ k: Int = 0) throws -> [TableRow] {
        let tables = Support.tables(try Support.document(name))
        return try #require(tables.indices.contains(k) ? tables[k] : nil)
    }

    @Test func repeatingHeaderRowIsAHeaderRowAndOnlyIt() throws {
        let rows = try table("docx-header-row.docx")
        #expect(rows.map(\.isHeader) == [true, false, false, false])
        #expect(cells(rows[0]) == ["Code provision", "Code requirement", "Comply: Yes / No", "Evidence", "Commentary / explanation"])
        #expect(cells(rows[3]) == ["1.4", "Landlords recognise the difference between a service request and a complaint.", "No", "",
                                   "A guide for staff is being written."])
    }

    @Test func paragraphOrdinalsAndTableRowsLocateTheText() throws {
        let d = try Support.document("docx-header-row.docx")
        // Title (1), section heading (2), five header-cell paragraphs (3-7): the first provision row starts at paragraph 8.
        #expect(d.blocks[0].lines.first?.location == Location(line: 1))
        let rows = try #require(Support.tables(d).first)
        #expect(rows[1].location == Location(line: 8, locator: "table 1, row 2"))
        #expect(rows[1].cells[2].lines.first?.location == Location(line: 10, locator: "table 1, row 2"))
        #expect(d.parts.first?.lineCount == 22)
        #expect(d.parts.first?.format == "docx")
        #expect(d.titleHints == ["Complaint handling self-assessment"])
    }

    @Test func gridSpanIsAColumnSpanAndVerticalMergeIsNeverDuplicated() throws {
        let d = try Support.document("docx-merged-cells.docx")
        let rows = try #require(Support.tables(d).first)
        #expect(rows[1].cells.map(\.columnSpan) == [5])
        #expect(cells(rows[1]) == ["Section 1: Definition of a complaint"])
        #expect(cells(rows[3]) == ["1.3", "Residents do not have to use the word complaint for it to be treated as one.", "Yes", "^",
                                   "Staff were briefed in May."])
        #expect(rows[3].cells[3].continuesAbove && rows[3].cells[3].isEmpty)
        #expect(!rows[2].cells[3].continuesAbove)
        let mentions = rows.flatMap(\.lines).filter { $0.text == "Complaints policy, part 2" }
        #expect(mentions.count == 1)
    }

    @Test func contentControlsShowTheirStateAndPlaceholdersAreNotRead() throws {
        let d = try Support.document("docx-checkbox-control.docx")
        let rows = try #require(Support.tables(d).first)
        #expect(rows.dropFirst().map { cells($0)[2] } == ["☒ Yes ☐ No", "☐ Yes ☒ No", "Partially"])
        #expect(cells(rows[3])[3] == "")
        #expect(d.dropped.map(\.reason) == ["content control placeholder"])
        #expect(d.dropped.map(\.text) == ["Click or tap here to enter text."])
    }

    @Test func symbolFontBoxesAndLegacyFormCheckboxesBecomeBallotBoxes() throws {
        let rows = try table("docx-symbols.docx")
        #expect(rows.dropFirst().map { cells($0)[2] } == ["☒ Yes ☐ No", "☐ Yes ☒ No", "☒ Yes ☐ No"])
    }

    @Test func emptyAnswerCellIsAnEmptyCell() throws {
        let rows = try table("docx-empty-answer.docx")
        #expect(rows[2].cells.count == 5)
        #expect(rows[2].cells[2].lines.isEmpty)
        #expect(cells(rows[2])[3] == "Policy wording under review")
    }

    @Test func headingStylesOutlineLevelsAndCaptions() throws {
        let d = try Support.document("docx-headings-captions.docx")
        let kinds = d.blocks.map { $0.kind == .table ? "table" : "\($0.kind): \($0.text)" }
        #expect(kinds == [
            "heading(level: 1): Self-assessment against the Complaint Handling Code",
            "heading(level: 1): Section 1: Definition of a complaint",  // a style based on Heading 1
            "paragraph: Table 1: definition of a complaint",
            "table",
            "heading(level: 1): Section 2: Exclusions",  // a direct outline level
            "paragraph: Table 2: exclusions",
            "table",
        ])
        #expect(Support.tables(d).map { $0.first?.location.locator } == ["table 1, row 1", "table 2, row 1"])
    }

    @Test func nestedTableIsFlattenedIntoItsCellInOrder() throws {
        let rows = try table("docx-nested-table.docx")
        #expect(rows[1].cells[3].lines.map(\.text) == ["See:", "Policy", "Section 2", "Leaflet", "Page 4", "Both published online."])
        #expect(rows[1].cells.count == 5)
        #expect(rows[1].cells[3].lines.allSatisfy { $0.location.locator == "table 1, row 2" })
    }

    @Test func trackedChangesAreReadAccepted() throws {
        let d = try Support.document("docx-tracked-changes.docx")
        let rows = try #require(Support.tables(d).first)
        #expect(cells(rows[1])[2] == "Yes")
        #expect(cells(rows[1])[3] == "Complaints policy, section 2")
        #expect(d.dropped.map { "\($0.reason): \($0.text)" } == ["tracked deletion: No"])
    }

    @Test func breaksTabsAndHyphensInsideRuns() throws {
        let rows = try table("docx-line-breaks.docx")
        #expect(rows[1].cells[3].lines.map(\.text) == ["Complaints policy", "Leaflet", "Web page"])
        #expect(rows[1].cells[4].lines.map(\.text) == ["Reviewed\tMay-June"])
    }

    @Test func hiddenTextIsRecordedNotRead() throws {
        let d = try Support.document("docx-hidden-text.docx")
        #expect(cells(try #require(Support.tables(d).first)[1])[3] == "Complaints policy")
        #expect(d.dropped.map { "\($0.reason): \($0.text)" } == ["hidden text: Draft note: check with legal."])
    }

    @Test func textBoxWrittenTwiceIsReadOnce() throws {
        let d = try Support.document("docx-text-box.docx")
        #expect(d.blocks.filter { $0.text == "Published: May 2024" }.count == 1)
        #expect(d.blocks[1].kind == .paragraph && d.blocks[1].text == "Published: May 2024")
    }

    @Test func numberedParagraphsAreListItems() throws {
        let d = try Support.document("docx-list-paragraphs.docx")
        #expect(d.blocks.prefix(5).map(\.kind) == [.heading(level: 1), .paragraph, .listItem, .listItem, .paragraph])
    }
}

extension WordReaderTests {
    @Test func automaticNumbersAreWrittenAsWordShowsThem() throws {
        let d = try Support.document("docx-auto-numbering.docx")
        let headings = d.blocks.filter { if case .heading = $0.kind { return true } else { return false } }.map(\.text)
        #expect(headings == ["Self-assessment against the Complaint Handling Code", "1. Definition of a complaint", "2. Exclusions"])
        let tables = Support.tables(d)
        #expect(tables.map { $0.dropFirst().map { $0.cells[0].lines.map(\.text) } } == [[["1.2"], ["1.3"], ["1.4"]], [["2.1"]]])
        #expect(d.blocks[2].kind == .listItem && d.blocks[2].text == "the policy")  // a bullet: no number
        let a = try Support.normalise(["docx-auto-numbering.docx"])
        #expect(Support.statuses(a) == ["1.2 yes", "1.3 yes", "1.4 no", "2.1 yes"])
    }
}

extension WordReaderTests {
    @Test func aLayoutTableIsReadAsThePageAndItsNestedTableStaysATable() throws {
        let d = try Support.document("docx-layout-table.docx")
        #expect(d.blocks.map { $0.kind == .table ? "table" : $0.text } == [
            "Self-assessment against the Complaint Handling Code", "Prepared by the complaints team",
            "Section 1: Definition of a complaint", "table"])
        let rows = try #require(Support.tables(d).first)
        #expect(rows.count == 4 && rows[0].isHeader)
        #expect(rows[1].location.locator == "table 1, row 2")
        #expect(Support.statuses(try Support.normalise(["docx-layout-table.docx"])) == ["1.2 yes", "1.3 no", "1.4 yes"])
    }
}

extension WordReaderTests {
    @Test func numberingValuesOutOfRangeAreClampedNotTrapped() throws {
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let xml = """
            <w:numbering xmlns:w="\(w)"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="9223372036854775807"/>\
            <w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="-9223372036854775808"/></w:lvlOverride></w:num>\
            <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num></w:numbering>
            """
        let tree = try XMLTree.xml(Array(xml.utf8)).get()
        var numbering = WordNumbering(tree.root)
        #expect(numbering.label(numId: "1", level: 0) == "0)")  // the override, clamped to Word's lowest start (0)
        #expect(numbering.label(numId: "2", level: 0) == "a)")  // the same abstract list continues: 1 = a
        #expect(numbering.label(numId: "2", level: 99) == nil)
        #expect(WordNumbering.formatted(32767, "lowerLetter") == "32767")
        #expect(WordNumbering.formatted(28, "lowerLetter") == "bb")
        #expect(WordNumbering.formatted(14, "upperRoman") == "XIV")
    }
}
