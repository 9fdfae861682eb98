import Assessment
import Comparison

/// The sector trend on the sector page: per Code version, the rate of each section in each period (the figures
/// `chc trends` prints), as grouped bars with their table; and the pooled 2024 view when 2022 answers exist.
struct SectorTrendSection {
    let index: ReportIndex

    var trend: SectorTrend { index.data.sectorTrend }

    var note: String {
        var text = "A period is the first four-digit year of a document's period ("
            + trend.years.map { year in "\(year): \(trend.periods.first { $0.year == year }?.periodTexts.joined(separator: ", ") ?? "")" }
                .joined(separator: "; ")
            + "). Within a period each landlord counts once per Code version, by its latest document of that year, so a "
            + "landlord that published twice appears in both periods. Versions are shown apart"
        let mapped = trend.pooling.reduce(0) { $0 + $1.mapped }
        if mapped > 0 {
            text += "; the pooled table puts the 2022 answers on the 2024 Code only through the crosswalk's 'same' pairs ("
                + trend.pooling.map { "\(trend.label($0.year)): \($0.mapped) mapped, \($0.unmapped) without a 'same' pair" }
                    .joined(separator: "; ") + ")"
        }
        text += "."
        if trend.undatedDocuments > 0 {
            text += " \(trend.undatedDocuments) document(s) without a year in their period are in no period."
        }
        return text
    }

    var charts: [[String: Any]] {
        index.versions.compactMap { version in
            let rates = trend.sectionRates.filter { $0.basis == .version && $0.rate.codeVersion == version }
            let years = Array(Set(rates.map(\.year))).sorted()
            guard !years.isEmpty else { return nil }
            let sections = Array(Set(rates.map(\.rate.section))).sorted()
            let groups = sections.map { section in
                GroupedBarChart.Group(label: "§\(section)", bars: years.map { year in
                    let r = rates.first { $0.year == year && $0.rate.section == section }?.rate.rates
                    return (r?.strict, r?.strictInterval)
                })
            }
            return GroupedBarChart.draw(id: "trend-chart-\(version.rawValue)",
                                        title: "Share yes by section and period (\(ReportFormat.code(version)))",
                                        caption: "One bar per period, whisker: 95% Wilson interval. The table below gives the figures.",
                                        series: years.map(trend.label), groups: groups).context
        }
    }

    var tables: [[String: Any]] {
        var out: [[String: Any]] = []
        for version in index.versions {
            let rates = trend.sectionRates.filter { $0.basis == .version && $0.rate.codeVersion == version }
            if let t = table(rates, id: "trend-\(version.rawValue)",
                             caption: "Share yes by section and period, \(ReportFormat.code(version)) (chc trends)").context {
                out.append(t)
            }
        }
        if trend.pooling.contains(where: { $0.mapped > 0 }) {
            let pooled = trend.sectionRates.filter { $0.basis == .pooled }
            if let t = table(pooled, id: "trend-pooled", caption: "Pooled on the 2024 Code (2022 answers through 'same' pairs "
                             + "only): share yes by section and period (chc trends --pool)").context {
                out.append(t)
            }
        }
        return out
    }

    private func table(_ rates: [PeriodRate<SectionRate>], id: String, caption: String) -> HTMLTable {
        var t = HTMLTable(id: id, caption: caption,
                          columns: [("Section", false), ("Period", false), ("Landlords", true), ("Yes", true), ("Answered", true),
                                    ("Share yes", true), ("95% interval", true), ("Adjusted", true), ("", false)])
        for p in rates.sorted(by: { ($0.rate.section, $0.year) < ($1.rate.section, $1.year) }) {
            t.add([HTMLTable.text(String(p.rate.section)), HTMLTable.text(trend.label(p.year)),
                   HTMLTable.count(p.rate.answeringLandlords), HTMLTable.count(p.rate.counts.yes),
                   HTMLTable.count(p.rate.counts.answered), HTMLTable.share(p.rate.rates.strict),
                   HTMLTable.interval(p.rate.rates.strictInterval), HTMLTable.share(p.rate.rates.adjusted),
                   HTMLTable.flag(p.rate.lowN)])
        }
        return t
    }
}
