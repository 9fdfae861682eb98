import Assessment
import Comparison

/// A landlord's assessments over time on its page: stated and adjusted share per assessment (chart and table), one
/// line per step saying what was compared and how, and every changed answer with both documents' file:line.
struct LandlordTrendBlock {
    let index: ReportIndex
    let links: SiteLinks
    let trend: LandlordTrend?
    let depth: Int

    var note: String {
        guard let trend, trend.assessments.count > 1 else {
            return "The dataset holds one assessment of this landlord: there is no trend yet."
        }
        return "\(trend.assessments.count) assessments, oldest first. Between a 2022 and a 2024 assessment provisions are "
            + "compared only through the crosswalk's 'same' pairs; the others are counted as not comparable, never guessed."
    }

    var chart: SVGChart? {
        guard let trend, trend.assessments.count > 1 else { return nil }
        return GroupedBarChart.draw(
            id: "trend-chart", title: "Share yes in each of its assessments, stated and adjusted",
            caption: "Stated = yes ÷ answered; adjusted counts a hedged yes as partial; whisker: 95% interval. The table below gives the figures.",
            series: ["stated", "adjusted"],
            groups: trend.assessments.map { a in
                .init(label: "\(a.period ?? "no period") (\(a.codeVersion.rawValue))",
                      bars: [(a.rates.strict, a.rates.strictInterval), (a.rates.adjusted, a.rates.adjustedInterval)])
            })
    }

    var assessmentTable: HTMLTable {
        var t = HTMLTable(id: "assessments", caption: "Its assessments, oldest first (chc trends)",
                          columns: [("Period", false), ("Code", false), ("Document", false), ("Counted", false), ("Yes", true),
                                    ("Answered", true), ("Share yes", true), ("95% interval", true), ("Adjusted", true),
                                    ("Hedged yes", true)])
        for a in trend?.assessments ?? [] {
            t.add([HTMLTable.text(a.period ?? "no period"), HTMLTable.text(a.codeVersion.rawValue),
                   HTMLTable.text(a.documentID, cls: "src"), HTMLTable.text(a.counted ? "latest: in the sector figures" : "earlier"),
                   HTMLTable.count(a.counts.yes), HTMLTable.count(a.counts.answered), HTMLTable.share(a.rates.strict),
                   HTMLTable.interval(a.rates.strictInterval), HTMLTable.share(a.rates.adjusted),
                   HTMLTable.count(a.counts.hedgedYes)])
        }
        return t
    }

    var steps: [String] { (trend?.steps ?? []).map(TrendTables.stepSummary) }

    var changeTable: HTMLTable {
        var t = HTMLTable(id: "changes", caption: "Answers that changed from one assessment to the next",
                          columns: [("From", false), ("To", false), ("Provision", false), ("Was", false), ("Now", false),
                                    ("Direction", false), ("Earlier source", false), ("Later source", false)], cards: true,
                          row: "row-change")
        for step in trend?.steps ?? [] {
            for c in step.changes {
                let laterVersion = step.viaCrosswalk ? CodeVersion.v2024 : step.laterVersion
                t.add(row: ["from": step.earlierPeriod ?? "no period", "to": step.laterPeriod ?? "no period",
                            "p": c.provision == c.earlierProvision ? c.provision.description
                                : "\(c.provision) (2022: \(c.earlierProvision))",
                            "ph": links.provision(laterVersion, c.provision, depth: depth),
                            "wasG": ReportFormat.letter(c.from, hedged: c.fromHedged), "was": ReportFormat.answer(c.from, hedged: c.fromHedged),
                            "nowG": ReportFormat.letter(c.to, hedged: c.toHedged), "now": ReportFormat.answer(c.to, hedged: c.toHedged),
                            "dir": c.direction.rawValue, "dirClass": c.direction == .other ? "" : c.direction.rawValue,
                            "earlier": c.earlier.description, "eh": links.source(c.earlier, depth: depth),
                            "later": c.later.description, "lh": links.source(c.later, depth: depth)])
            }
        }
        return t
    }
}
