import Assessment
import Comparison
import Dataset
import Signals

/// What `chc build` derives from the documents it stores: each response's signals, evidence references and
/// actions (the `Signals` detectors) and, at the end, the figures (`BuildFigures`, the `Comparison` functions).
///
/// ```swift
/// let summary = try DatasetWriter(path: "dataset.sqlite")
///     .write(documents: records, catalogue: try .bundled(), toolVersion: "0.1.0", derivations: BuildDerivations())
/// ```
public struct BuildDerivations: DatasetDerivations {
    /// The derivations of `chc build`.
    public init() {}

    /// Runs the Signals detectors on every response of `record`, in response order.
    public func facts(of record: DocumentRecord) -> [DerivedFacts] {
        let on = record.assessedOn
        return record.assessment.responses.map { DerivedFacts($0, assessedOn: on) }
    }

    /// `BuildFigures.compute(_:catalogue:)` over the answers read back, one landlord at a time (`SectorFigures`),
    /// with the sector trend over all of them: memory holds one landlord's rows and the figures.
    ///
    /// - Throws: what `answersByLandlord` throws.
    public func figures(catalogue: Catalogue,
                        answersByLandlord: (_ each: ([AnswerRow]) throws -> Void) throws -> Void) throws -> StoredFigures {
        var sum = SectorFigures(crosswalk: catalogue.crosswalk)
        try answersByLandlord { sum.add($0) }
        return sum.result()
    }
}

extension DerivedFacts {
    /// Runs the Signals detectors on one response: its signals, the documents and sections its evidence and
    /// commentary cite (each once), and its actions.
    ///
    /// ```swift
    /// let facts = DerivedFacts(response, assessedOn: SimpleDate.fromPeriod("2024-25"))
    /// facts.signals.map(\.kind) // [.hedgedYes]
    /// ```
    ///
    /// - Parameter assessedOn: the date actions are judged overdue against (the end of the document's period).
    public init(_ response: Response, assessedOn: SimpleDate?) {
        let derived = SignalDetector.derive(response, assessedOn: assessedOn)
        self.init(signals: derived.signals, evidenceRefs: derived.evidenceRefs, actions: derived.actions)
    }
}
