import Assessment
import Comparison
import Dataset

/// A provision's page: the Code summary, the rate with its interval and denominator (the row `chc rates` prints),
/// its rate per period, and every landlord's answer with its own words and a link to the source.
struct ProvisionPage {
    let index: ReportIndex
    let links: SiteLinks
    let chrome: PageChrome
    let rate: ProvisionRate

    var version: CodeVersion { rate.codeVersion }

    func context() -> [String: Any] {
        let id = rate.provision
        let catalogue = index.provision(version, id)
        var page = chrome.context(title: "Provision \(id) (\(ReportFormat.code(version)))",
                                  nav: [("Sector", links.index(depth: 1)), ("Landlords", links.landlordIndex(depth: 1))])
        page["title"] = "Provision \(id) of the \(ReportFormat.code(version))"
        page["summary"] = catalogue?.summary ?? "This provision is not in the dataset's catalogue."
        page["context"] = "Section \(rate.section)" + (catalogue.map { ": \($0.sectionTitle)" } ?? "")
            + (catalogue?.stage.map { " · stage \($0)" } ?? "") + (catalogue.map { " · \($0.obligation.rawValue)" } ?? "")
            + " · the summary is our paraphrase, not the Code's wording"
        let c = rate.counts, r = rate.rates
        page["headline"] = [
            ["value": ReportFormat.percent(r.strict), "label": "answer yes",
             "detail": "\(ReportFormat.count(c.yes)) of \(ReportFormat.count(c.answered)) answered; 95% interval \(ReportFormat.interval(r.strictInterval))"],
            ["value": ReportFormat.percent(r.adjusted), "label": "adjusted",
             "detail": "\(c.hedgedYes) hedged yes counted as partial"],
            ["value": ReportFormat.count(rate.answeringLandlords), "label": "landlords answering",
             "detail": rate.lowN ? "low n: fewer than \(Comparison.lowNThreshold)" : "of \(ReportFormat.count(rate.landlords)) with this provision"],
            ["value": ReportFormat.count(c.na + c.blank), "label": "not applicable or blank",
             "detail": "\(c.na) n/a, \(c.blank) blank: in no denominator"],
        ]
        page["answersChart"] = StackedBar.draw(id: "answers-chart", title: "How the landlords answered \(id)",
                                               caption: "Widths are answers by status; the table below gives the counts.",
                                               counts: c).context
        page["rateTable"] = rateTable.context
        page["trendTable"] = trendTable.context
        let answers = AnswerList(index: index, links: links, rate: rate)
        page["answersNote"] = answers.note
        page["answerTable"] = answers.table.context
        return page
    }

    /// The provision's row of `chc rates`, every column.
    var rateTable: HTMLTable {
        var t = HTMLTable(id: "rate", caption: "The figures (chc rates)",
                          columns: [("Yes", true), ("Partial", true), ("No", true), ("N/A", true), ("Blank", true),
                                    ("Hedged yes", true), ("Answered", true), ("Landlords", true), ("Answering", true),
                                    ("Share yes", true), ("95% interval", true), ("Lenient", true), ("Adjusted", true), ("", false)])
        let c = rate.counts, r = rate.rates
        t.add([HTMLTable.count(c.yes), HTMLTable.count(c.partial), HTMLTable.count(c.no), HTMLTable.count(c.na),
               HTMLTable.count(c.blank), HTMLTable.count(c.hedgedYes), HTMLTable.count(c.answered),
               HTMLTable.count(rate.landlords), HTMLTable.count(rate.answeringLandlords), HTMLTable.share(r.strict),
               HTMLTable.interval(r.strictInterval), HTMLTable.share(r.lenient), HTMLTable.share(r.adjusted),
               HTMLTable.flag(rate.lowN)])
        return t
    }

    /// The provision's rate in each period (`chc trends --by-provision`).
    var trendTable: HTMLTable {
        let trend = index.data.sectorTrend
        var t = HTMLTable(id: "trend", caption: "Share yes in each period (every landlord's latest assessment of that period)",
                          columns: [("Period", false), ("Landlords", true), ("Yes", true), ("Answered", true), ("Share yes", true),
                                    ("95% interval", true), ("Adjusted", true), ("", false)])
        for p in trend.provisionRates where p.basis == .version && p.rate.codeVersion == version && p.rate.provision == rate.provision {
            t.add([HTMLTable.text(trend.label(p.year)), HTMLTable.count(p.rate.answeringLandlords),
                   HTMLTable.count(p.rate.counts.yes), HTMLTable.count(p.rate.counts.answered), HTMLTable.share(p.rate.rates.strict),
                   HTMLTable.interval(p.rate.rates.strictInterval), HTMLTable.share(p.rate.rates.adjusted),
                   HTMLTable.flag(p.rate.lowN)])
        }
        return t
    }
}

/// Every landlord's answer to one provision, least compliant first, with its own words and where it was printed.
struct AnswerList {
    let index: ReportIndex
    let links: SiteLinks
    let rate: ProvisionRate
    /// The answers, least compliant first, then by landlord name and id (sorted once: a note and a table read them).
    private let texts: [AnswerText]

    init(index: ReportIndex, links: SiteLinks, rate: ProvisionRate) {
        self.index = index
        self.links = links
        self.rate = rate
        let found = index.textsByProvision[ReportIndex.Key(version: rate.codeVersion, provision: rate.provision)] ?? []
        texts = found.map { (text: $0, order: Self.order($0), name: index.names[$0.landlordID] ?? $0.landlordID) }
            .sorted { a, b in (a.order, a.name, a.text.landlordID) < (b.order, b.name, b.text.landlordID) }
            .map(\.text)
    }

    /// no, partial, hedged yes, unevidenced yes, n/a, blank, yes.
    static func order(_ t: AnswerText) -> Int {
        switch t.status {
        case .no: 0
        case .partial: 1
        case .yes: t.hedgePhrase != nil ? 2 : (t.unevidenced ? 3 : 6)
        case .na: 4
        case .blank: 5
        }
    }

    var note: String {
        let listed = texts.count
        let plainYes = rate.counts.yes - rate.counts.hedgedYes
        if index.data.plainYesWords {
            return "All \(ReportFormat.count(listed)) answers of the landlords' latest assessments, least compliant first. "
                + "Their own words are trimmed to 300 characters; the full text is at the source line and in the dataset."
        }
        return "The \(ReportFormat.count(listed)) answers that are not a plain yes, least compliant first, with the landlords' "
            + "own words (trimmed to 300 characters). The other \(ReportFormat.count(max(0, plainYes - listedYes))) "
            + "landlords answered a plain yes: on a dataset this size they are not listed here, and each landlord's page "
            + "shows its answer to every provision."
    }

    private var listedYes: Int { texts.filter { $0.status == .yes && $0.hedgePhrase == nil }.count }

    var table: HTMLTable {
        var t = HTMLTable(id: "answers", caption: "Every landlord's answer to \(rate.provision), in its own words",
                          columns: [("Landlord", false), ("Answer", false), ("As printed", false), ("Their words", false),
                                    ("Source", false)], cards: true, row: "row-answer")
        for text in texts {
            var words = text.words.map { ReportFormat.trimmed($0) }.joined(separator: " — ")
            if let phrase = text.hedgePhrase { words = "[hedge: “\(phrase)”] " + words }
            if text.unevidenced { words = "[no evidence or commentary] " + words }
            let hedged = text.hedgePhrase != nil && text.status == .yes
            t.add(row: ["name": index.names[text.landlordID] ?? text.landlordID, "nh": links.landlord(text.landlordID, depth: 1),
                        "g": ReportFormat.letter(text.status, hedged: hedged), "answer": ReportFormat.answer(text.status, hedged: hedged),
                        "printed": text.statusText ?? "", "words": words,
                        "src": text.location.description, "sh": links.source(text.location, depth: 1)])
        }
        return t
    }
}
