import Assessment
import Comparison

/// `landlords.html`: every landlord with its stated and adjusted share, rank and percentile on each Code version,
/// linked to its page; landlords without an answered assessment are listed too.
struct LandlordIndexPage {
    let index: ReportIndex
    let links: SiteLinks
    let chrome: PageChrome

    func context() -> [String: Any] {
        var page = chrome.context(title: "Landlords", nav: [("Sector", links.index(depth: 0)), ("Landlords", "landlords.html")])
        page["title"] = "Landlords"
        page["lede"] = "Every landlord in the dataset, by name, with its latest assessment on each Code version (chc benchmark)."
        var t = HTMLTable(id: "landlords", caption: "Landlords by name",
                          columns: [("Landlord", false), ("Code", false), ("Period", false), ("Yes", true), ("Answered", true),
                                    ("Share yes", true), ("Adjusted", true), ("Rank", true), ("Percentile", true)], row: "row-landlord")
        let scores = Dictionary(grouping: index.data.scores, by: \.landlordID)
        for landlord in index.data.landlords.sorted(by: { ($0.name, $0.id) < ($1.name, $1.id) }) {
            let href = links.landlord(landlord.id, depth: 0)
            let own = (scores[landlord.id] ?? []).sorted { $0.codeVersion > $1.codeVersion }
            if own.isEmpty {
                t.add(row: ["name": landlord.name, "nh": href, "code": "no answered assessment"])
            }
            for s in own {
                let share = HTMLTable.sharePair(s.rates.strict), adjusted = HTMLTable.sharePair(s.rates.adjusted)
                t.add(row: ["name": landlord.name, "nh": href, "code": s.codeVersion.rawValue, "period": s.period ?? "no period",
                            "yes": ReportFormat.count(s.counts.yes), "yesV": String(s.counts.yes),
                            "answered": ReportFormat.count(s.counts.answered), "answeredV": String(s.counts.answered),
                            "share": share.0, "shareV": share.1, "adjusted": adjusted.0, "adjustedV": adjusted.1,
                            "rank": s.rank.map { "\($0) of \(s.rankedLandlords)" } ?? "–",
                            "percentile": s.percentile.map { Cell.fixed($0, 1) } ?? "–"])
            }
        }
        page["tables"] = t.context.map { [$0] } ?? []
        return page
    }
}
