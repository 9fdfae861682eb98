import Assessment
import Comparison
import Dataset

/// A landlord's hedged and unevidenced answers and its open and overdue actions, on one Code version.
struct LandlordFlags {
    let index: ReportIndex
    let links: SiteLinks
    let score: LandlordScore
    let depth: Int

    var version: CodeVersion { score.codeVersion }

    /// Adds `signalNote`, `signalTable`, `actionNote` and `actionTable` to a page block (tables only when not empty).
    func add(to block: inout [String: Any]) {
        let flagged = (index.textsByLandlord[score.landlordID] ?? [])
            .filter { $0.documentID == score.documentID && ($0.unevidenced || ($0.status == .yes && $0.hedgePhrase != nil)) }
            .sorted { $0.provision < $1.provision }
        let actions = (index.actionsByLandlord[score.landlordID] ?? []).filter { $0.documentID == score.documentID }
        let overdue = actions.filter { $0.overdue == true }.count
        block["signalNote"] = flagged.isEmpty
                ? "No answer is hedged (a yes whose own text admits a gap) or unevidenced (yes or partial with no evidence and no commentary)."
                : "\(flagged.count) answers: a yes whose own text admits a gap (hedged, counted as partial in the adjusted share), "
                    + "or a yes or partial with no evidence and no commentary (unevidenced)."
        block["signalTable"] = signalTable(flagged).context
        block["actionNote"] = actions.isEmpty
            ? "The assessment lists no action."
            : "\(actions.count) actions the assessment says it will take; \(overdue) overdue (the target date was before "
                + "the end of the assessment's period)."
        block["actionTable"] = actionTable(actions).context
    }

    private func signalTable(_ flagged: [AnswerText]) -> HTMLTable {
        var t = HTMLTable(id: "signals-\(version.rawValue)", caption: "Hedged and unevidenced answers, in its own words",
                          columns: [("Provision", false), ("Answer", false), ("Why flagged", false), ("Its words", false),
                                    ("Source", false)], cards: true)
        for f in flagged {
            let why = f.hedgePhrase.map { "hedged: “\($0)”" } ?? "unevidenced: no evidence, no commentary"
            t.add([HTMLTable.text(f.provision.description, href: links.provision(version, f.provision, depth: depth)),
                   HTMLTable.answer(f.status, hedged: f.hedgePhrase != nil && f.status == .yes), HTMLTable.text(why),
                   HTMLTable.text(f.words.map { ReportFormat.trimmed($0) }.joined(separator: " — "), cls: "words"),
                   HTMLTable.text(f.location.description, href: links.source(f.location, depth: depth), cls: "src")])
        }
        return t
    }

    private func actionTable(_ actions: [OpenAction]) -> HTMLTable {
        var t = HTMLTable(id: "actions-\(version.rawValue)", caption: "Open and overdue actions (chc actions)",
                          columns: [("Provision", false), ("Action", false), ("Target", false), ("Owner", false),
                                    ("Overdue", false), ("Source", false)], cards: true)
        for a in actions.sorted(by: { ($0.overdue == true ? 0 : 1, $0.provision) < ($1.overdue == true ? 0 : 1, $1.provision) }) {
            t.add([HTMLTable.text(a.provision.description, href: links.provision(version, a.provision, depth: depth)),
                   HTMLTable.text(ReportFormat.trimmed(a.description), cls: "words"),
                   HTMLTable.text(a.targetDate.map { "\($0) (\(a.precision ?? "?"))" } ?? "none given"),
                   HTMLTable.text(a.owner ?? ""),
                   HTMLTable.text(a.overdue.map { $0 ? "overdue" : "not yet due" } ?? "unknown", cls: a.overdue == true ? "sN" : nil),
                   HTMLTable.text(a.location.description, href: links.source(a.location, depth: depth), cls: "src")])
        }
        return t
    }
}
