import Assessment
import Comparison
import Foundation

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
    /// The row template: `row-cells` (a list of typed cells) or one of `PageTemplates.rows` (named values).
    let row: String
    private(set) var rows: [[String: Any]] = []

    init(id: String, caption: String, columns: [(String, Bool)], cards: Bool = false, row: String = "row-cells") {
        self.id = id
        self.caption = caption
        self.columns = columns.map { (label: $0.0, numeric: $0.1) }
        self.cards = cards
        self.row = row
    }

    /// The display and `data-value` texts of a count, a share, an interval and a difference, for named rows.
    static func countPair(_ n: Int) -> (String, String?) { (ReportFormat.count(n), String(n)) }
    static func sharePair(_ x: Double?) -> (String, String?) { (ReportFormat.percent(x), x.map { "\($0)" }) }
    static func intervalPair(_ i: WilsonInterval?) -> (String, String?) {
        (ReportFormat.interval(i), i.map { "\($0.low) \($0.high)" })
    }
    static func pointsPair(_ x: Double?) -> (String, String?) {
        (x.map { Report.Cell.fixed(100 * $0, 1) + " pts" } ?? "–", x.map { "\($0)" })
    }

    /// A row of named values for the table's own row template; nil values are left out.
    mutating func add(row values: [String: String?]) { rows.append(values.compactMapValues { $0 }) }

    var isEmpty: Bool { rows.isEmpty }

    mutating func add(_ cells: [Cell]) { rows.append(["cells": cells]) }

    /// The template context (nil when the table has no rows, so the template leaves it out).
    var context: [String: Any]? {
        guard !rows.isEmpty else { return nil }
        return ["id": id, "caption": caption, "rows": rows, "cards": cards, "template": "table+" + row,
                "thead": TableHeads.shared.html(columns)]
    }

    static func text(_ text: String, href: String? = nil, cls: String? = nil) -> Cell {
        switch (href, cls) {
        case (nil, nil): ["k": "cell-t", "t": text]
        case (nil, let c?): ["k": "cell-tc", "t": text, "c": c]
        case (let h?, nil): ["k": "cell-a", "t": text, "h": h]
        case (let h?, let c?): ["k": "cell-ac", "t": text, "h": h, "c": c]
        }
    }

    /// A number's cell: right-aligned, with its full-precision value when there is one.
    static func number(_ pair: (text: String, value: String?)) -> Cell {
        pair.value.map { ["k": "cell-n", "t": pair.text, "v": $0] } ?? ["k": "cell-nx", "t": pair.text]
    }

    /// A count, right-aligned, with its value.
    static func count(_ n: Int) -> Cell { number(countPair(n)) }

    /// A fraction shown as a percentage, with its full-precision value.
    static func share(_ x: Double?) -> Cell { number(sharePair(x)) }

    /// A Wilson interval shown as "94.0–99.3%", with both bounds as its value ("low high").
    static func interval(_ i: WilsonInterval?) -> Cell { number(intervalPair(i)) }

    /// A difference of two fractions in percentage points ("-3.2 pts"), with its full-precision value.
    static func points(_ x: Double?) -> Cell { number(pointsPair(x)) }

    /// "low n" (or `word`) or "" for a flag.
    static func flag(_ b: Bool, _ word: String = "low n") -> Cell { text(b ? word : "") }

    /// An answer: its letter in its status colour, then the answer in words.
    static func answer(_ status: Status?, hedged: Bool) -> Cell {
        ["k": "cell-g", "g": ReportFormat.letter(status, hedged: hedged), "t": ReportFormat.answer(status, hedged: hedged)]
    }
}

/// The `<th>` cells of a table's columns, rendered by the `thead` template once per distinct set of columns: a
/// sector site has thousands of tables of a dozen kinds, each kind's heads the same constant labels.
final class TableHeads: @unchecked Sendable {
    static let shared = TableHeads()

    private let lock = NSLock()
    private var rendered: [String: String] = [:]

    /// The heads of `columns`, numeric ones right-aligned (class `n`).
    func html(_ columns: [(label: String, numeric: Bool)]) -> String {
        let key = columns.map { ($0.numeric ? "n" : "t") + $0.label }.joined(separator: "\u{1F}")
        if let done = lock.withLock({ rendered[key] }) { return done }
        let context: [String: Any] = ["columns": columns.map { c -> [String: Any] in
            c.numeric ? ["label": c.label, "cls": "n"] : ["label": c.label]
        }]
        // The shared renderer parsed: a site is built only after `PageRenderer.shared` succeeded.
        let html = (try? PageRenderer.shared.get().render("thead", context)) ?? ""
        lock.withLock { rendered[key] = html }
        return html
    }
}
