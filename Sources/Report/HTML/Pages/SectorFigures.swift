import Assessment
import Comparison

/// The sector page's figures for one Code version, each a chart with its table or a table: the numbers are the
/// stored figures `chc rates` prints, and the landlord scores `chc benchmark` ranks.
struct SectorFigures {
    let index: ReportIndex
    let links: SiteLinks
    let version: CodeVersion

    var rates: [ProvisionRate] { index.data.provisionRates.filter { $0.codeVersion == version } }

    var worst: [ProvisionRate] {
        Array(Comparison.worstFirst(rates).filter { ($0.rates.strict ?? 1) < 1 }.prefix(15))
    }

    var worstChart: SVGChart {
        IntervalChart.draw(id: "worst-chart-\(version.rawValue)",
                           title: "The \(worst.count) provisions with the lowest share answering yes (\(ReportFormat.code(version)); "
                               + "provisions every answering landlord says yes to are left out)",
                           caption: "Bar: yes ÷ answered responses; whisker: its 95% Wilson interval. The table below gives the same figures.",
                           rows: worst.map { .init(label: $0.provision.description, value: $0.rates.strict,
                                                   interval: $0.rates.strictInterval, reference: nil) })
    }

    var worstTable: HTMLTable {
        var t = HTMLTable(id: "worst-\(version.rawValue)", caption: "Provisions most often not met: yes ÷ answered, lowest first",
                          columns: [("Provision", false), ("Requirement (summary)", false), ("Yes", true), ("Answered", true),
                                    ("Share yes", true), ("95% interval", true), ("Adjusted", true), ("Landlords", true), ("", false)])
        for r in worst { t.add(provisionCells(r, summary: true)) }
        return t
    }

    func provisionCells(_ r: ProvisionRate, summary: Bool) -> [HTMLTable.Cell] {
        let summaryText = index.provision(version, r.provision).map { ReportFormat.trimmed($0.summary, 110) } ?? ""
        return [HTMLTable.text(r.provision.description, href: links.provision(version, r.provision, depth: 0))]
            + (summary ? [HTMLTable.text(summaryText, cls: "words")] : [])
            + [HTMLTable.count(r.counts.yes), HTMLTable.count(r.counts.answered), HTMLTable.share(r.rates.strict),
               HTMLTable.interval(r.rates.strictInterval), HTMLTable.share(r.rates.adjusted),
               HTMLTable.count(r.answeringLandlords), HTMLTable.flag(r.lowN)]
    }

    var provisionTable: HTMLTable {
        var t = HTMLTable(id: "provisions-\(version.rawValue)",
                          caption: "Every provision: yes ÷ answered over each landlord's latest assessment (chc rates)",
                          columns: [("Provision", false), ("Requirement (summary)", false), ("Yes", true), ("Answered", true),
                                    ("Share yes", true), ("95% interval", true), ("Adjusted", true), ("Landlords", true), ("", false)])
        for r in rates { t.add(provisionCells(r, summary: true)) }
        return t
    }

    var sectionTable: HTMLTable {
        var t = HTMLTable(id: "sections-\(version.rawValue)",
                          caption: "Every section: yes ÷ answered responses to its provisions (the denominator is responses)",
                          columns: [("Section", false), ("Title", false), ("Yes", true), ("Answered", true), ("Share yes", true),
                                    ("95% interval", true), ("Adjusted", true), ("Landlords", true), ("", false)])
        for s in index.data.sectionRates where s.codeVersion == version {
            t.add([HTMLTable.text(String(s.section)), HTMLTable.text(index.sectionTitles[version]?[s.section] ?? ""),
                   HTMLTable.count(s.counts.yes), HTMLTable.count(s.counts.answered), HTMLTable.share(s.rates.strict),
                   HTMLTable.interval(s.rates.strictInterval), HTMLTable.share(s.rates.adjusted),
                   HTMLTable.count(s.answeringLandlords), HTMLTable.flag(s.lowN)])
        }
        return t
    }

    /// Score bins: under 50%, then tens to 90%, 90–95%, 95–100% (not 100), exactly 100%.
    static let bins: [(label: String, low: Double, high: Double)] = [
        ("under 50%", 0, 0.5), ("50–60%", 0.5, 0.6), ("60–70%", 0.6, 0.7), ("70–80%", 0.7, 0.8), ("80–90%", 0.8, 0.9),
        ("90–95%", 0.9, 0.95), ("95–100%", 0.95, 1), ("100%", 1, 2),
    ]

    func binCounts(_ scores: [LandlordScore]) -> [(label: String, count: Int)] {
        Self.bins.map { bin in
            (bin.label, scores.filter { s in s.rates.strict.map { $0 >= bin.low && $0 < bin.high } ?? false }.count)
        }
    }

    func scoreChart(_ scores: [LandlordScore]) -> SVGChart {
        HistogramChart.draw(id: "scores-chart-\(version.rawValue)",
                            title: "Landlords by their share of yes answers (\(ReportFormat.code(version)))",
                            caption: "Each landlord's yes ÷ its answered responses, latest assessment. The table below gives the counts.",
                            bins: binCounts(scores))
    }

    func scoreTable(_ scores: [LandlordScore]) -> HTMLTable {
        let unranked = scores.filter { $0.rates.strict == nil }.count
        var t = HTMLTable(id: "scores-\(version.rawValue)",
                          caption: "Landlords by share of yes answers (\(ReportFormat.count(scores.count - unranked)) with an "
                              + "answered response; \(unranked) with none)",
                          columns: [("Share yes", false), ("Landlords", true)])
        for bin in binCounts(scores) { t.add([HTMLTable.text(bin.label), HTMLTable.count(bin.count)]) }
        return t
    }

    var signalTable: HTMLTable {
        let sector = index.sectorCounts(version)
        let unevidenced = index.data.texts.filter { $0.codeVersion == version && $0.unevidenced }.count
        let base = sector.yes + sector.partial
        var t = HTMLTable(id: "signals-\(version.rawValue)", caption: "What the answers' own words say",
                          columns: [("Answers", false), ("Count", true), ("Of", true), ("Share", true)])
        t.add([HTMLTable.text("yes answers whose own text admits a gap (hedged yes) — of all yes answers"),
               HTMLTable.count(sector.hedgedYes), HTMLTable.count(sector.yes),
               HTMLTable.share(sector.yes > 0 ? Double(sector.hedgedYes) / Double(sector.yes) : nil)])
        t.add([HTMLTable.text("yes or partial answers with no evidence and no commentary (unevidenced) — of yes and partial"),
               HTMLTable.count(unevidenced), HTMLTable.count(base),
               HTMLTable.share(base > 0 ? Double(unevidenced) / Double(base) : nil)])
        return t
    }
}
