/// The kinds of hidden non-compliance a response can show.
///
/// ```swift
/// SignalKind(rawValue: "hedged_yes")  // .hedgedYes
/// ```
public enum SignalKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Answered yes, but the evidence or commentary admits a gap or work still to do.
    case hedgedYes = "hedged_yes"
    /// Answered yes or partial with no evidence and no commentary.
    case unevidenced
    /// Answered yes or partial with evidence that names no document section, titled document, system or practice.
    case genericEvidence = "generic_evidence"
    /// No answer given, but the text states one (see `Signal.inferredStatus`).
    case implicitAnswer = "implicit_answer"
    /// The answer conflicts with the text (a first-person denial under 'Yes', a compliance claim under 'No').
    case contradiction
}
