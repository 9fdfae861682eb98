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
                                    ("Share yes", true), ("Adjusted", true), ("Rank", true), ("Percentile", true)])
        let scores = Dictionary(grouping: index.data.scores, by: \.landlordID)
        for landlord in index.data.landlords.sorted(by: { ($0.name, $0.id) < ($1.name, $1.id) }) {
            let href = links.landlord(landlord.id, depth: 0)
            let own = (scores[landlord.id] ?? []).sorted { $0.codeVersion > $1.codeVersion }
            if own.isEmpty {
                t.add([HTMLTable.text(landlord.name, href: href), HTMLTable.text("no answered assessment")])
            }
            for s in own {
                t.add([HTMLTable.text(landlord.name, href: href), HTMLTable.text(s.codeVersion.rawValue),
                       HTMLTable.text(s.period ?? "no period"), HTMLTable.count(s.counts.yes), HTMLTable.count(s.counts.answered),
                       HTMLTable.share(s.rates.strict), HTMLTable.share(s.rates.adjusted),
                       HTMLTable.text(s.rank.map { "\($0) of \(s.rankedLandlords)" } ?? "–", cls: "n"),
                       HTMLTable.text(s.percentile.map { Cell.fixed($0, 1) } ?? "–", cls: "n")])
            }
        }
        page["tables"] = t.context.map { [$0] } ?? []
        return page
    }
}
