import Assessment
import Signals

/// What a response's text says beside its stated answer, computed once per response (in parallel by
/// `CorpusBuilder`, or by the writer when absent): signals, evidence references, actions.
public struct DerivedFacts: Sendable, Hashable {
    public var signals: [Signal]
    public var evidenceRefs: [EvidenceRef]
    public var actions: [ActionItem]

    /// Runs the Signals detectors on one response.
    ///
    /// - Parameter assessedOn: the date actions are judged overdue against (the end of the document's period).
    public init(_ response: Response, assessedOn: SimpleDate?) {
        signals = SignalDetector.detect(response)
        let cited = [response.evidence, response.commentary].filter { !$0.isEmpty }.joined(separator: "\n")
        var seen = Set<EvidenceRef>()
        evidenceRefs = EvidenceRefExtractor.extract(cited).filter { seen.insert($0).inserted }
        actions = ActionExtractor.extract(response, assessedOn: assessedOn)
    }

    /// The facts of every response of a record, in response order.
    public static func of(_ record: DocumentRecord) -> [DerivedFacts] {
        let on = record.assessedOn
        return record.assessment.responses.map { DerivedFacts($0, assessedOn: on) }
    }
}

extension DocumentRecord {
    /// The date actions are judged overdue against: the end of the period (manifest, else text).
    public var assessedOn: SimpleDate? { (period ?? assessment.period).flatMap(SimpleDate.fromPeriod) }
}
