import Assessment
import Comparison

/// What a build derives from the documents it stores: each response's signals, evidence references and actions,
/// and, once every document is written, the figures. The writer stores what this returns and computes nothing
/// itself; the Build module's `BuildDerivations` is the implementation `chc build` uses.
///
/// ```swift
/// let session = try DatasetWriter(path: "dataset.sqlite").begin(catalogue: catalogue, toolVersion: "0.1.0",
///                                                               derivations: BuildDerivations())
/// ```
public protocol DatasetDerivations: Sendable {
    /// The facts of every response of `record`, in response order (used when `record.derived` is nil).
    func facts(of record: DocumentRecord) -> [DerivedFacts]

    /// The figures over the answers written. `answersByLandlord` reads them back from the new dataset, calling its
    /// argument with every row of one landlord at a time (call it once), so a sector-sized build never holds a row
    /// per response.
    ///
    /// - Throws: what `answersByLandlord` throws (the dataset could not be read back).
    func figures(catalogue: Catalogue,
                 answersByLandlord: (_ each: ([AnswerRow]) throws -> Void) throws -> Void) throws -> StoredFigures
}
