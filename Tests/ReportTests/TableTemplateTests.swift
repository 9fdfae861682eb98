@testable import Report
import Assessment
import Testing

/// The table templates on their own: what a cell shows, and that a missing value leaves its attribute out.
@Suite struct TableTemplateTests {
    /// A section row with a share and a difference but no interval: the interval's cell has no `data-value`,
    /// the others carry their full-precision values, and the section title is escaped.
    @Test func namedRowsOmitAbsentValues() throws {
        var t = HTMLTable(id: "t", caption: "c", columns: [("Section", false)], row: "row-section")
        let share = HTMLTable.sharePair(0.25), interval = HTMLTable.intervalPair(nil), diff = HTMLTable.pointsPair(-0.032)
        t.add(row: ["s": "3", "title": "<b>x</b>", "share": share.0, "shareV": share.1,
                    "interval": interval.0, "intervalV": interval.1, "diff": diff.0, "diffV": diff.1])
        let html = try PageRenderer().render("table", try #require(t.context))
        let row = try #require(HTMLDocument.parse(html)?.elements("tbody").first?.elements("tr").first)
        let cells = row.elements("td")
        #expect(cells.count == 10)
        #expect(cells[1].textContent == "<b>x</b>" && cells[1].elements("b").isEmpty)
        #expect(cells[4].attribute("data-value") == "0.25")
        #expect(cells[7].attribute("data-value") == nil && cells[7].textContent == "–")
        #expect(cells[9].attribute("data-value") == "-0.032" && cells[9].textContent == "-3.2 pts")
    }

    /// Typed cells: a link with a class, a number without a value, an answer's letter.
    @Test func typedCellsRenderTheirKind() throws {
        var t = HTMLTable(id: "t", caption: "c", columns: [("A", false), ("B", true), ("C", false)])
        t.add([HTMLTable.text("f.txt:3", href: "src/f.txt#L3", cls: "src"), HTMLTable.share(nil),
               HTMLTable.answer(.no, hedged: false)])
        let html = try PageRenderer().render("table", try #require(t.context))
        let cells = try #require(HTMLDocument.parse(html)?.elements("tbody").first?.elements("tr").first).elements("td")
        #expect(cells[0].attribute("class") == "src" && cells[0].elements("a").first?.attribute("href") == "src/f.txt#L3")
        #expect(cells[1].attribute("class") == "n" && cells[1].attribute("data-value") == nil)
        #expect(cells[2].elements("b").first?.attribute("class") == "tag sN")
    }
}
