import Comparison

/// One horizontal bar split by answer (yes, hedged yes, partial, no, n/a, blank), each part in its status colour
/// with its letter and count: how every landlord answered one provision.
///
/// ```swift
/// StackedBar.draw(id: "answers", title: "Answers to 6.10", caption: "…", counts: rate.counts)
/// ```
enum StackedBar {
    static func draw(id: String, title: String, caption: String, counts: StatusCounts) -> SVGChart {
        var chart = SVGChart(id: id, title: title, caption: caption, height: 44)
        let parts: [(cls: String, letter: String, n: Int)] = [
            ("sY", "Y", counts.yes - counts.hedgedYes), ("sH", "H", counts.hedgedYes), ("sP", "P", counts.partial),
            ("sN", "N", counts.no), ("sA", "A", counts.na), ("sB", "B", counts.blank),
        ]
        let total = max(counts.total, 1)
        var x = 4.0
        for part in parts where part.n > 0 {
            let w = 632 * Double(part.n) / Double(total)
            chart.rect(part.cls, x: x, y: 4, w: w, h: 26)
            if w >= 34 {
                chart.label(x: x + w / 2, y: 22, "\(part.letter) \(ReportFormat.count(part.n))", anchor: "middle",
                            cls: part.cls == "sN" ? "inv" : "lbl")
            }
            x += w
        }
        return chart
    }
}
