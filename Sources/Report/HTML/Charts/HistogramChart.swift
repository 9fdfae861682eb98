/// Vertical bars of counts: the distribution of landlords' shares compliant, in bins.
///
/// ```swift
/// HistogramChart.draw(id: "scores", title: "Landlords by share", caption: "…", bins: [("90–95%", 12), ("95–100%", 30)])
/// ```
enum HistogramChart {
    static let left = 44.0, right = 630.0, top = 20.0, bottom = 170.0

    static func draw(id: String, title: String, caption: String, bins: [(label: String, count: Int)]) -> SVGChart {
        var chart = SVGChart(id: id, title: title, caption: caption, height: bottom + 40)
        let most = max(bins.map(\.count).max() ?? 0, 1)
        let slot = (right - left) / Double(max(bins.count, 1))
        chart.add(path: "grid", "M\(SVGChart.n(left)) \(SVGChart.n(bottom))H\(SVGChart.n(right))")
        for (i, bin) in bins.enumerated() {
            let h = (bottom - top) * Double(bin.count) / Double(most)
            let x = left + slot * Double(i)
            chart.rect("bar", x: x + 2, y: bottom - h, w: slot - 4, h: h)
            chart.label(x: x + slot / 2, y: bottom - h - 4, ReportFormat.count(bin.count), anchor: "middle", cls: "val")
            chart.label(x: x + slot / 2, y: bottom + 14 + (i % 2 == 0 ? 0 : 12), bin.label, anchor: "middle", cls: "axis")
        }
        return chart
    }
}
