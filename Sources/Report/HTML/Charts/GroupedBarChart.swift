import Comparison

/// Vertical bars in groups (sections, or a landlord's assessments), one bar per series (periods, or stated and
/// adjusted), each with its 95% Wilson interval; a legend names the series.
///
/// ```swift
/// GroupedBarChart.draw(id: "trend", title: "Sector trend", caption: "…", series: ["2023-24", "2024-25"],
///                      groups: [.init(label: "1", bars: [(0.9, i1), (0.95, i2)])])
/// ```
enum GroupedBarChart {
    struct Group {
        let label: String
        let bars: [(value: Double?, interval: WilsonInterval?)]
    }

    static let left = 44.0, right = 630.0, top = 34.0, bottom = 190.0

    static func y(_ v: Double) -> Double { bottom - (bottom - top) * min(max(v, 0), 1) }

    static func draw(id: String, title: String, caption: String, series: [String], groups: [Group]) -> SVGChart {
        var chart = SVGChart(id: id, title: title, caption: caption, height: bottom + 24)
        for tick in [0.0, 0.5, 1.0] {
            chart.add(path: "grid", "M\(SVGChart.n(left)) \(SVGChart.n(y(tick)))H\(SVGChart.n(right))")
            chart.label(x: left - 6, y: y(tick) + 4, tick == 0.5 ? "50%" : (tick == 0 ? "0%" : "100%"), anchor: "end", cls: "axis")
        }
        var legendX = left
        for (k, name) in series.enumerated() {
            chart.rect("s\(k % 4)", x: legendX, y: 6, w: 12, h: 12)
            chart.label(x: legendX + 16, y: 16, name, cls: "axis")
            legendX += 24 + Double(name.count) * 7
        }
        let slot = (right - left) / Double(max(groups.count, 1))
        let barWidth = min(22, (slot - 8) / Double(max(series.count, 1)))
        for (g, group) in groups.enumerated() {
            let start = left + slot * Double(g) + (slot - barWidth * Double(group.bars.count)) / 2
            for (k, bar) in group.bars.enumerated() {
                let x = start + barWidth * Double(k)
                if let v = bar.value { chart.rect("s\(k % 4)", x: x + 1, y: y(v), w: barWidth - 2, h: bottom - y(v)) }
                if let ci = bar.interval {
                    let mid = x + barWidth / 2
                    chart.add(path: "ci", "M\(SVGChart.n(mid)) \(SVGChart.n(y(ci.low)))V\(SVGChart.n(y(ci.high)))"
                        + "M\(SVGChart.n(mid - 3)) \(SVGChart.n(y(ci.low)))h6M\(SVGChart.n(mid - 3)) \(SVGChart.n(y(ci.high)))h6")
                }
            }
            chart.label(x: left + slot * (Double(g) + 0.5), y: bottom + 16, group.label, anchor: "middle")
        }
        return chart
    }
}
