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
                                    ("Source", false)], cards: true, row: "row-signal")
        for f in flagged {
            let hedged = f.hedgePhrase != nil && f.status == .yes
            t.add(row: ["p": f.provision.description, "ph": links.provision(version, f.provision, depth: depth),
                        "g": ReportFormat.letter(f.status, hedged: hedged), "answer": ReportFormat.answer(f.status, hedged: hedged),
                        "why": f.hedgePhrase.map { "hedged: “\($0)”" } ?? "unevidenced: no evidence, no commentary",
                        "words": f.words.map { ReportFormat.trimmed($0) }.joined(separator: " — "),
                        "src": f.location.description, "sh": links.source(f.location, depth: depth)])
        }
        return t
    }

    private func actionTable(_ actions: [OpenAction]) -> HTMLTable {
        var t = HTMLTable(id: "actions-\(version.rawValue)", caption: "Open and overdue actions (chc actions)",
                          columns: [("Provision", false), ("Action", false), ("Target", false), ("Owner", false),
                                    ("Overdue", false), ("Source", false)], cards: true, row: "row-action")
        for a in actions.sorted(by: { ($0.overdue == true ? 0 : 1, $0.provision) < ($1.overdue == true ? 0 : 1, $1.provision) }) {
            t.add(row: ["p": a.provision.description, "ph": links.provision(version, a.provision, depth: depth),
                        "action": ReportFormat.trimmed(a.description),
                        "target": a.targetDate.map { "\($0) (\(a.precision ?? "?"))" } ?? "none given", "owner": a.owner ?? "",
                        "due": a.overdue.map { $0 ? "overdue" : "not yet due" } ?? "unknown",
                        "dueClass": a.overdue == true ? "sN" : "",
                        "src": a.location.description, "sh": links.source(a.location, depth: depth)])
        }
        return t
    }
}
