import Assessment
import Foundation
@testable import Normaliser
import Testing

/// Each generated PDF fixture (Scripts/make-pdf-fixtures, one quirk each) read end to end: the statuses and
/// requirement texts written into the PDF come back, in order.
@Suite struct PDFFixtureTests {
    @Test(arguments: Support.expectedNames())
    func statusesAndRequirementsMatchWhatWasWritten(_ name: String) throws {
        let a = try Support.normalise(Support.fixtures.appendingPathComponent(name + ".pdf"), path: name + ".pdf")
        let got = a.responses.map { Support.Expected(provision: $0.provision.description, status: $0.status.rawValue, requirement: Support.squeeze($0.requirement)) }
        let expected = try Support.expected(name).map { Support.Expected(provision: $0.provision, status: $0.status, requirement: Support.squeeze($0.requirement)) }
        #expect(got.map(\.provision) == expected.map(\.provision))
        #expect(got.map(\.status) == expected.map(\.status))
        for (g, e) in zip(got, expected) where g.requirement != e.requirement {
            Issue.record("\(name) \(e.provision): requirement read as '\(g.requirement)', written '\(e.requirement)'")
        }
        #expect(a.format == "pdf")
        #expect(a.responses.allSatisfy { $0.pageStart != nil && $0.lineStart >= 1 })
    }

    @Test func aWrappedCellKeepsItsLinesInItsColumn() throws {
        let table = try #require(Support.tables(try Support.read("ruled-basic.pdf")).first)
        #expect(table.rows[0].isHeader)
        let row = try #require(table.rows.first { $0.cells.first?.text == "1.3" })
        #expect(row.cells.count == 5)
        #expect(row.cells[1].lines.count >= 3)
        #expect(Support.squeeze(row.cells[1].lines.map(\.text).joined(separator: " ")).hasPrefix("A resident need not use the word complaint"))
        #expect(Support.squeeze(row.cells[3].text.replacingOccurrences(of: "\n", with: " ")) == "Staff guidance, part 1, and the training log for front-line teams.")
        #expect(row.cells[4].isEmpty)
        // Lines of one cell go down the page, one line each.
        let lines = row.cells[1].lines.map(\.location.line)
        #expect(lines == lines.sorted() && Set(lines).count == lines.count)
    }

    @Test func unruledTableReadsLikeTheRuledOne() throws {
        func texts(_ name: String) throws -> [[String]] {
            try Support.tables(try Support.read(name)).flatMap(\.rows).map { $0.cells.map { Support.squeeze($0.text) } }
        }
        let unruled = try texts("unruled-basic.pdf"), ruled = try texts("ruled-basic.pdf")
        #expect(unruled == ruled)
    }

    @Test func anEmptyAnswerCellStaysInItsColumn() throws {
        let table = try #require(Support.tables(try Support.read("empty-answer.pdf")).first)
        let row = try #require(table.rows.first { $0.cells.first?.text == "1.4" })
        #expect(row.cells.count == 5)
        #expect(row.cells[2].isEmpty)
        #expect(row.cells[3].text.hasPrefix("Service request guidance"))
    }

    @Test func the2022FormKeepsTheNoColumn() throws {
        let table = try #require(Support.tables(try Support.read("form-2022.pdf")).first)
        let no = table.rows.filter { $0.cells.count == 5 && $0.cells[3].text == "No" }
        #expect(no.map { $0.cells[0].text } == ["1.4", "1.5"])
        #expect(no.allSatisfy { $0.cells[2].isEmpty && !$0.cells[4].isEmpty })
        let a = try Support.normalise(Support.fixtures.appendingPathComponent("form-2022.pdf"), path: "form-2022.pdf")
        #expect(a.codeVersion == .v2022)
        #expect(a.responses.filter { $0.status == .no }.map(\.provision.description) == ["1.4", "1.5"])
    }

    @Test func aTableOverPagesIsOneTableWithItsRepeatedHeaderDropped() throws {
        let d = try Support.read("repeated-header.pdf")
        let tables = Support.tables(d)
        #expect(tables.count == 1)
        #expect(tables[0].rows.filter(\.isHeader).count == 1)
        let repeats = d.dropped.filter { $0.reason == "repeated table header" }
        #expect(!repeats.isEmpty && repeats.allSatisfy { ($0.location.page ?? 0) >= 2 })
        #expect(d.parts[0].pageCount == 2)
    }

    @Test func aRowBrokenByThePageIsJoined() throws {
        let d = try Support.read("row-over-page-break.pdf")
        let rows = Support.tables(d).flatMap(\.rows)
        let row = try #require(rows.first { $0.cells.first?.text == "1.5" })
        let pages = Set(row.cells[3].lines.compactMap(\.location.page))
        #expect(pages == [1, 2])
        #expect(!rows.contains { $0.cells.first?.isEmpty == true && !$0.isHeader })
    }

    @Test func pageHeadersFootersAndNumbersAreDropped() throws {
        let d = try Support.read("page-chrome.pdf")
        let reasons = Dictionary(grouping: d.dropped, by: \.reason).mapValues(\.count)
        #expect(reasons["page header"] == d.parts[0].pageCount)
        #expect(reasons["page footer"] == d.parts[0].pageCount)
        #expect(reasons["page number"] == d.parts[0].pageCount)
        let text = d.blocks.map(\.text).joined(separator: "\n")
        #expect(!text.contains("Page 2") && !text.contains("Approved by the board"))
    }

    @Test func aMergedCaptionRowSpansTheTable() throws {
        let rows = Support.tables(try Support.read("merged-cells.pdf")).flatMap(\.rows)
        let caption = try #require(rows.first { $0.cells.contains { $0.text == "Section 2: Accessibility and awareness" } })
        // Without ruling lines to show the merge, the cell spans the columns its text crosses; the rest stay empty.
        #expect(caption.cells[0].columnSpan >= 2 && caption.cells[0].text == "Section 2: Accessibility and awareness")
        #expect(caption.cells.reduce(0) { $0 + $1.columnSpan } == 5)
        #expect(caption.cells.dropFirst().allSatisfy { $0.isEmpty })
    }

    @Test func aHeadingBetweenTwoTablesSeparatesThem() throws {
        let d = try Support.read("heading-between-tables.pdf")
        let kinds = d.blocks.map { block -> String in
            switch block.kind {
            case .table: return "table"
            case .heading: return "heading"
            default: return "text"
            }
        }
        let second = try #require(kinds.lastIndex(of: "table"))
        #expect(kinds.filter { $0 == "table" }.count == 2)
        #expect(kinds[second - 1] == "heading")
        #expect(d.blocks[second - 1].text == "Section 2: Accessibility and awareness")
        #expect(d.blocks[0].kind == .heading(level: 1))
    }

    @Test func aRotatedPageIsReadUpright() throws {
        let rotated = Support.tables(try Support.read("rotated.pdf")).flatMap(\.rows).map { $0.cells.map { Support.squeeze($0.text) } }
        let upright = Support.tables(try Support.read("ruled-basic.pdf")).flatMap(\.rows).map { $0.cells.map { Support.squeeze($0.text) } }
        #expect(rotated == upright)
    }

    @Test func locationsArePageAndLine() throws {
        let a = try Support.normalise(Support.fixtures.appendingPathComponent("repeated-header.pdf"), path: "repeated-header.pdf")
        let last = try #require(a.responses.last)
        #expect(last.pageStart == 2)
        let first = try #require(a.responses.first)
        #expect(first.pageStart == 1 && first.lineStart > 1)
    }
}
