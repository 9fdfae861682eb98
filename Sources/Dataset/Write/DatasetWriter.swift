import Assessment
import Foundation
import GRDB

/// Builds a dataset file from normalised documents, atomically: the target is replaced only when the
/// whole build succeeded, so a failed build leaves the previous dataset intact.
///
/// The file is built as `.<name>.tmp-<pid>-<random>` in the target's folder (one GRDB connection,
/// prepared statements, one transaction per batch of documents), then renamed onto the target with
/// `rename(2)`. Rebuilding the same inputs gives the same rows (compare dumps, not file bytes).
///
/// ```swift
/// let summary = try DatasetWriter(path: "dataset.sqlite")
///     .write(documents: records, catalogue: try Catalogue.bundled(), toolVersion: "0.1.0", derivations: BuildDerivations())
/// for skipped in summary.skipped { print("warning: \(skipped)") }
/// ```
public struct DatasetWriter: Sendable {
    /// The dataset file to create or replace.
    public var path: String
    /// Documents per transaction.
    public var batchSize: Int
    /// Input bytes of the documents written per transaction, at most (a batch ends at `batchSize` documents or at
    /// this many bytes, whichever comes first).
    public var batchBytes: Int

    /// A writer for the dataset at `path`, writing at most `batchSize` documents or `batchBytes` bytes of input per
    /// transaction.
    public init(path: String, batchSize: Int = 200, batchBytes: Int = 1 << 20) {
        self.path = path
        self.batchSize = batchSize
        self.batchBytes = batchBytes
    }

    /// Writes all `documents` (sorted by their first source path, so input order does not matter).
    ///
    /// Documents repeating a file already written (same sha256) are skipped and listed in `WriteSummary.skipped`.
    ///
    /// - Throws: `DatasetError`, with the target left as it was, e.g.
    ///   `assessments/x.txt: cannot store document (UNIQUE constraint failed: responses.document_id,
    ///   responses.provision) - this is a bug in the normaliser or the caller; the previous dataset was left unchanged`.
    @discardableResult
    public func write(documents: [DocumentRecord], catalogue: Catalogue, toolVersion: String,
                      derivations: any DatasetDerivations) throws(DatasetError) -> WriteSummary {
        let session = try begin(catalogue: catalogue, toolVersion: toolVersion, derivations: derivations)
        let ordered = documents.sorted {
            ($0.sortPath, $0.assessment.sources.first?.sha256 ?? "") < ($1.sortPath, $1.assessment.sources.first?.sha256 ?? "")
        }
        for record in ordered { try session.append(record) }
        return try session.finish()
    }

    /// Starts a streaming build: creates the temporary file, the schema and the catalogue tables. `derivations`
    /// computes each response's signals (for records without `derived`) and, at `finish()`, the figures.
    ///
    /// - Throws: `DatasetError`, e.g. `out/dataset.sqlite: cannot create the dataset (unable to open database
    ///   file) - check the folder is writable`.
    public func begin(catalogue: Catalogue, toolVersion: String,
                      derivations: any DatasetDerivations) throws(DatasetError) -> DatasetWriteSession {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw DatasetError(.io, file: path, message: "cannot create the folder '\(folder)'",
                               hint: "check the path and its permissions")
        }
        let suffix = UUID().uuidString.prefix(8).lowercased()
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(suffix)").path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = MEMORY")
            try db.execute(sql: "PRAGMA synchronous = OFF")
        }
        do {
            let queue = try DatabaseQueue(path: temporary, configuration: configuration)
            let session = DatasetWriteSession(targetPath: path, temporaryPath: temporary, queue: queue,
                                              catalogue: catalogue, toolVersion: toolVersion, batchSize: batchSize,
                                              batchBytes: batchBytes,
                                              derivations: derivations)
            do {
                try DatasetSchema.migrator.migrate(queue)
                try queue.write { db in
                    try DatasetRows.insertCatalogue(catalogue, db)
                    try DatasetLandlordRows.insertPending(db)
                }
            } catch {
                session.abandon()
                throw error
            }
            return session
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw DatasetError.wrapping(error, file: path, doing: "cannot create the dataset")
        }
    }
}
