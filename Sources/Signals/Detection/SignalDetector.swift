import Assessment

/// Finds signs of hidden non-compliance in one response: hedged yeses, unevidenced and generic answers,
/// implicit answers in blank rows, and contradictions between the answer and the text.
///
/// Only the evidence and commentary are read for phrases, never the requirement (which quotes the Code);
/// the requirement is consulted only to tell whether it is a prohibition (see `RuleGuards.prohibition`).
/// Signals come in the order of `SignalKind.allCases`, then of the text. A hedge is reported once per
/// sentence (its first phrase) and once per phrase; a contradiction once per phrase.
///
/// ```swift
/// let signals = SignalDetector.detect(response)
/// signals.map(\.kind)  // [.hedgedYes] for a 'Yes' whose commentary says "Training to be rolled out."
/// ```
public enum SignalDetector {
    /// The signals of `response`; empty when nothing is found.
    ///
    /// - Parameter response: a normalised response; its `status` is read, never changed.
    public static func detect(_ response: Response) -> [Signal] {
        detect(response, fields: ResponseFields(response))
    }

    /// The signals, the cited documents and sections, and the actions of `response`, its evidence and commentary
    /// tokenized once for all three: `detect(_:)`, `EvidenceRefExtractor.extract` of the evidence and commentary
    /// joined by a line break (each reference once) and `ActionExtractor.extract(_:assessedOn:)`.
    public static func derive(_ response: Response, assessedOn: SimpleDate?)
        -> (signals: [Signal], evidenceRefs: [EvidenceRef], actions: [ActionItem]) {
        let fields = ResponseFields(response)
        let cited = [response.evidence, response.commentary].filter { !$0.isEmpty }.joined(separator: "\n")
        var seen = Set<EvidenceRef>()
        return (detect(response, fields: fields), EvidenceRefExtractor.extract(cited).filter { seen.insert($0).inserted },
                ActionExtractor.extract(response, assessedOn: assessedOn, fields: fields))
    }

    static func detect(_ response: Response, fields: ResponseFields) -> [Signal] {
        let contradictions = contradictions(fields, status: response.status)
        return hedges(fields, status: response.status, excluding: contradictions.ranges)
            + unevidenced(response)
            + generic(response, fields: fields)
            + implicitAnswer(fields, status: response.status)
            + contradictions.signals
    }

    static func hedges(_ fields: ResponseFields, status: Status,
                       excluding: [String: [Range<Int>]]) -> [Signal] {
        guard status == .yes else { return [] }
        var seen = Set<String>()
        return fields.all.flatMap { field in
            var sentences = Set<Int>()
            return HedgeRules.hits(in: field.text, prohibition: fields.prohibition)
                .filter { hit in !(excluding[field.name] ?? []).contains { $0.overlaps(hit.range) } }
                .filter { sentences.insert(field.text.tokens[$0.range.lowerBound].sentence).inserted }
                .filter { seen.insert($0.phrase.lowercased()).inserted }
                .map { hit in
                    Signal(kind: .hedgedYes, phrase: hit.phrase,
                           detail: "answered yes but the \(field.name) admits \(hit.rule.meaning) ('\(hit.phrase)'): "
                               + field.text.snippet(around: hit.range.lowerBound))
                }
        }
    }

    static func unevidenced(_ response: Response) -> [Signal] {
        guard [.yes, .partial].contains(response.status),
              response.evidence.trimmingWhitespace.isEmpty, response.commentary.trimmingWhitespace.isEmpty
        else { return [] }
        var detail = "answered \(response.status.rawValue) with no evidence and no commentary"
        if !response.action.trimmingWhitespace.isEmpty {
            detail += "; the action column has text, but an action describes work to do, not evidence"
        }
        return [Signal(kind: .unevidenced, phrase: "", detail: detail)]
    }

    static func generic(_ response: Response, fields: ResponseFields? = nil) -> [Signal] {
        guard [.yes, .partial].contains(response.status),
              let reason = GenericEvidence.reason(evidence: response.evidence, commentary: response.commentary, fields: fields)
        else { return [] }
        let phrase = [response.evidence, response.commentary].map(\.trimmingWhitespace)
            .filter { !$0.isEmpty }.joined(separator: " / ")
        return [Signal(kind: .genericEvidence, phrase: phrase, detail: "answered \(response.status.rawValue); " + reason)]
    }

    static func implicitAnswer(_ fields: ResponseFields, status: Status) -> [Signal] {
        guard status == .blank else { return [] }
        for answer in ImpliedAnswer.allCases {
            let rules = ImplicitAnswerRules.rules.filter { $0.implies == answer }
            for field in fields.all {
                guard let hit = PhraseRule.hits(rules, in: field.text, prohibition: fields.prohibition).first
                else { continue }
                let detail = "no answer given, but the \(field.name) says '\(hit.phrase)', which reads as "
                    + "'\(answer.status.rawValue)': " + field.text.snippet(around: hit.range.lowerBound)
                return [Signal(kind: .implicitAnswer, phrase: hit.phrase, detail: detail,
                               inferredStatus: answer.status)]
            }
        }
        return []
    }

    static func contradictions(_ fields: ResponseFields, status: Status)
        -> (signals: [Signal], ranges: [String: [Range<Int>]]) {
        guard status == .yes || status == .no else { return ([], [:]) }
        var signals: [Signal] = [], ranges: [String: [Range<Int>]] = [:], seen = Set<String>()
        for field in fields.all {
            for hit in ContradictionRules.hits(in: field.text, answeredYes: status == .yes,
                                               prohibition: fields.prohibition)
            where seen.insert(hit.phrase.lowercased()).inserted {
                ranges[field.name, default: []].append(hit.range)
                let detail = "answered \(status.rawValue) but the \(field.name) makes \(hit.rule.meaning) "
                    + "('\(hit.phrase)'): " + field.text.snippet(around: hit.range.lowerBound)
                signals.append(Signal(kind: .contradiction, phrase: hit.phrase, detail: detail))
            }
        }
        return (signals, ranges)
    }
}
