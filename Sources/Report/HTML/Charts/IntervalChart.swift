import Comparison

/// Horizontal bars of shares (0–100%) with their 95% Wilson intervals as whiskers, optionally beside a reference
/// figure (the sector) drawn as a tick with its own whisker: the worst provisions, a landlord's sections.
///
/// ```swift
/// let chart = IntervalChart.draw(id: "worst", title: "Lowest compliance", caption: "Table 1 gives the figures.",
///     rows: [.init(label: "6.10", value: 0.5, interval: i, reference: nil)])
/// ```
enum IntervalChart {
    struct Row {
        let label: String
        let value: Double?
        let interval: WilsonInterval?
        /// The sector's figure to compare with, if any.
        let reference: (value: Double?, interval: WilsonInterval?)?
    }

    static let left = 206.0, right = 566.0, top = 22.0

    static func x(_ v: Double) -> Double { left + (right - left) * min(max(v, 0), 1) }

    /// Rows with a reference put their label on a line of its own above the two bars (so a section's whole title
    /// fits), the bars labelled "this landlord" and "sector"; other rows put it left of the bar.
    static func draw(id: String, title: String, caption: String, rows: [Row]) -> SVGChart {
        let paired = rows.contains { $0.reference != nil }
        let rowHeight = paired ? 50.0 : 24.0
        var chart = SVGChart(id: id, title: title, caption: caption, height: top + rowHeight * Double(rows.count) + 8)
        for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
            chart.add(path: "grid", "M\(SVGChart.n(x(tick))) \(SVGChart.n(top - 4))V\(SVGChart.n(chart.height - 4))")
            chart.label(x: x(tick), y: 12, ReportFormat.percent(tick).replacingOccurrences(of: ".0%", with: "%"),
                        anchor: "middle", cls: "axis")
        }
        for (i, row) in rows.enumerated() {
            var y = top + rowHeight * Double(i)
            if paired {
                chart.label(x: 4, y: y + 12, row.label)
                y += 14
            }
            chart.label(x: left - 8, y: y + 13, paired ? "this landlord" : row.label, anchor: "end", cls: paired ? "axis" : "lbl")
            bar(&chart, y: y + 3, value: row.value, interval: row.interval, cls: "bar")
            chart.label(x: 636, y: y + 13, ReportFormat.percent(row.value), anchor: "end", cls: "val")
            if let ref = row.reference {
                bar(&chart, y: y + 17, value: ref.value, interval: ref.interval, cls: "refbar")
                chart.label(x: left - 8, y: y + 26, "sector", anchor: "end", cls: "axis")
                chart.label(x: 636, y: y + 26, ReportFormat.percent(ref.value), anchor: "end", cls: "axis")
            }
        }
        return chart
    }

    /// A bar of height 11 from 0 to `value` with the interval's whisker across its middle.
    private static func bar(_ chart: inout SVGChart, y: Double, value: Double?, interval: WilsonInterval?, cls: String) {
        if let v = value { chart.rect(cls, x: left, y: y, w: x(v) - left, h: 11) }
        if let ci = interval { chart.whisker("ci", x1: x(ci.low), x2: x(ci.high), y: y + 5.5, tick: 4) }
    }
}
