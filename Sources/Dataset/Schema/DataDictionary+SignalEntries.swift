import Assessment
import Signals

extension DataDictionary {
    private static func column(_ name: String, _ description: String, unit: String? = nil) -> Column {
        Column(name: name, description: description, unit: unit)
    }

    /// `signals`, `evidence_refs` and `actions`.
    static let signalEntries: [Table] = [
        Table(name: "signals", description: "What a stated answer may hide, read from the response's own evidence and commentary "
              + "(never from the requirement text). Flags for a human reader: the stated `status` is never changed.", columns: [
            column("response_id", "The response (`responses.id`)."),
            column("position", "1-based order of the signal within the response."),
            column("kind", "\(SignalKind.allCases.map(\.rawValue).joined(separator: ", ")): hedged_yes = a yes whose text admits a gap "
                   + "or future work; unevidenced = yes/partial with no evidence and no commentary; generic_evidence = evidence naming "
                   + "no document, section, system or practice; implicit_answer = no stated answer but the text states one; "
                   + "contradiction = the stated answer conflicts with the text."),
            column("phrase", "The words that triggered the signal, as they appear in the text."),
            column("detail", "Why the signal was raised (which field, which rule)."),
            column("inferred_status", "For implicit_answer: the status the text implies (\(Status.allCases.map(\.rawValue).joined(separator: ", "))); NULL otherwise."),
        ]),
        Table(name: "evidence_refs", description: "A document or section cited in a response's evidence or commentary.", columns: [
            column("response_id", "The response (`responses.id`)."),
            column("position", "1-based order of the reference within the response."),
            column("document", "The document named, e.g. Complaints Policy; NULL if only a section number was cited."),
            column("section", "The section number cited, e.g. 3.5.7; NULL if none."),
            column("text", "The words of the citation as they appear."),
        ]),
        Table(name: "actions", description: "An action the landlord says it will take, from the 2022 form's Action column or from "
              + "commentary describing future work.", columns: [
            column("response_id", "The response (`responses.id`)."),
            column("position", "1-based order of the action within the response."),
            column("description", "The action as written."),
            column("target_date", "Target date as ISO text at its precision: YYYY-MM-DD, YYYY-MM or YYYY; NULL if none stated. "
                   + "Dates are read day-first (UK); financial years and quarters are stored as their last month."),
            column("precision", "\(DatePrecision.allCases.map(\.rawValue).joined(separator: ", ")): how precise `target_date` is; NULL when there is no date."),
            column("owner", "Who is responsible, where stated (e.g. from '[Target 31/07/22 – Customer Voice Lead]'); NULL otherwise."),
            column("assessed_on", "The date the action is judged against: the end of the document's period (2024-25 → 2025-03-31, 2024 → 2024-12-31); NULL if the period is unknown.", unit: "ISO date"),
            column("overdue", "1 if the end of the target's period is before `assessed_on`, 0 if not, NULL if either date is unknown.", unit: "boolean"),
        ]),
    ]
}
