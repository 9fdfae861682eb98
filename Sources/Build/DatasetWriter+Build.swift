import Assessment
import Dataset

extension DatasetWriter {
    /// Writes `documents` with `chc build`'s derivations (signals and figures, `BuildDerivations`).
    ///
    /// ```swift
    /// try DatasetWriter(path: "d.sqlite").write(documents: records, catalogue: try .bundled(), toolVersion: "dev")
    /// ```
    ///
    /// - Throws: `DatasetError`, as `write(documents:catalogue:toolVersion:derivations:)`.
    @discardableResult
    public func write(documents: [DocumentRecord], catalogue: Catalogue, toolVersion: String) throws(DatasetError) -> WriteSummary {
        try write(documents: documents, catalogue: catalogue, toolVersion: toolVersion, derivations: BuildDerivations())
    }

    /// Starts a streaming build with `chc build`'s derivations (`BuildDerivations`).
    ///
    /// - Throws: `DatasetError`, as `begin(catalogue:toolVersion:derivations:)`.
    public func begin(catalogue: Catalogue, toolVersion: String) throws(DatasetError) -> DatasetWriteSession {
        try begin(catalogue: catalogue, toolVersion: toolVersion, derivations: BuildDerivations())
    }
}
