import Assessment
import Signals

/// What a response's text says beside its stated answer: its signals, evidence references and actions. The Build
/// module computes them (`DerivedFacts(_:assessedOn:)`, in parallel); the writer stores them in `signals`,
/// `evidence_refs` and `actions`.
///
/// ```swift
/// DerivedFacts(signals: [], evidenceRefs: [], actions: [])   // a response whose text says nothing more
/// ```
public struct DerivedFacts: Sendable, Hashable {
    /// Hedged yes, unevidenced, generic evidence, implicit answer, contradiction.
    public var signals: [Signal]
    /// Documents and sections the evidence and commentary cite, each once.
    public var evidenceRefs: [EvidenceRef]
    /// Actions the response describes, with target dates.
    public var actions: [ActionItem]

    /// Facts from their parts.
    public init(signals: [Signal], evidenceRefs: [EvidenceRef], actions: [ActionItem]) {
        self.signals = signals
        self.evidenceRefs = evidenceRefs
        self.actions = actions
    }
}

extension DocumentRecord {
    /// The date actions are judged overdue against: the end of the period (manifest, else text).
    public var assessedOn: SimpleDate? { (period ?? assessment.period).flatMap(SimpleDate.fromPeriod) }
}
