import Assessment
import Comparison

/// A table as the `table` template draws it: columns, rows of cells; numeric cells right-aligned and carrying
/// their full-precision value in `data-value` (so a reader, or a test, can check the rounded figure).
///
/// ```swift
/// var t = HTMLTable(id: "sections", caption: "Compliance by section", columns: [("Section", false), ("Rate", true)])
/// t.add([HTMLTable.text("1"), HTMLTable.share(0.97)])
/// ```
struct HTMLTable {
    typealias Cell = [String: Any]

    let id: String
    let caption: String
    let columns: [(label: String, numeric: Bool)]
    /// Shown as stacked cards on a narrow screen (tables of words).
    let cards: Bool
    private(set) var rows: [[String: Any]] = []

    init(id: String, caption: String, columns: [(String, Bool)], cards: Bool = false) {
        self.id = id
        self.caption = caption
        self.columns = columns.map { (label: $0.0, numeric: $0.1) }
        self.cards = cards
    }

    var isEmpty: Bool { rows.isEmpty }

    mutating func add(_ cells: [Cell]) { rows.append(["cells": cells]) }

    /// The template context (nil when the table has no rows, so the template leaves it out).
    var context: [String: Any]? {
        guard !rows.isEmpty else { return nil }
        return ["id": id, "caption": caption, "rows": rows, "cards": cards,
                "columns": columns.map { c -> [String: Any] in c.numeric ? ["label": c.label, "cls": "n"] : ["label": c.label] }]
    }

    static func text(_ text: String, href: String? = nil, cls: String? = nil) -> Cell {
        var cell: Cell = ["text": text]
        if let href { cell["href"] = href }
        if let cls { cell["cls"] = cls }
        return cell
    }

    /// A count, right-aligned, with its value.
    static func count(_ n: Int) -> Cell { ["text": ReportFormat.count(n), "cls": "n", "value": String(n)] }

    /// A fraction shown as a percentage, with its full-precision value.
    static func share(_ x: Double?) -> Cell {
        var cell: Cell = ["text": ReportFormat.percent(x), "cls": "n"]
        if let x { cell["value"] = "\(x)" }
        return cell
    }

    /// A Wilson interval shown as "94.0–99.3%", with both bounds as its value ("low high").
    static func interval(_ i: WilsonInterval?) -> Cell {
        var cell: Cell = ["text": ReportFormat.interval(i), "cls": "n"]
        if let i { cell["value"] = "\(i.low) \(i.high)" }
        return cell
    }

    /// A difference of two fractions in percentage points ("-3.2 pts"), with its full-precision value.
    static func points(_ x: Double?) -> Cell {
        var cell: Cell = ["text": x.map { Report.Cell.fixed(100 * $0, 1) + " pts" } ?? "–", "cls": "n"]
        if let x { cell["value"] = "\(x)" }
        return cell
    }

    /// "yes" or "" for a flag.
    static func flag(_ b: Bool, _ word: String = "low n") -> Cell { ["text": b ? word : ""] }

    /// An answer: its letter in its status colour, then the answer in words.
    static func answer(_ status: Status?, hedged: Bool) -> Cell {
        ["tag": ReportFormat.letter(status, hedged: hedged), "text": ReportFormat.answer(status, hedged: hedged)]
    }
}
