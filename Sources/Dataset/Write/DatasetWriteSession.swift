import Assessment
import Foundation
import GRDB

/// An open dataset build: documents are appended in batches (one transaction per batch) into a temporary
/// file beside the target, which `finish()` renames onto the target. Memory stays flat however many
/// documents are appended; only the sha256 of each file written is remembered, to catch duplicates.
///
/// Append documents in a deterministic order (e.g. sorted by source path) for reproducible builds.
/// If anything throws, the temporary file is removed and the target is left as it was.
///
/// ```swift
/// let session = try DatasetWriter(path: "dataset.sqlite").begin(catalogue: catalogue, toolVersion: "0.1.0",
///                                                               derivations: BuildDerivations())
/// for record in records { try session.append(record) }
/// let summary = try session.finish()
/// ```
public final class DatasetWriteSession {
    /// The dataset file that `finish()` replaces.
    public let targetPath: String
    /// The temporary file being built (`.<name>.tmp-<pid>-<random>` beside the target).
    public let temporaryPath: String
    private var queue: DatabaseQueue?
    private let catalogue: Catalogue
    private let toolVersion: String
    private let batchSize: Int
    private let batchBytes: Int
    /// Input bytes of the pending documents.
    private var pendingBytes = 0
    private let derivations: any DatasetDerivations
    private var pending: [DocumentRecord] = []
    /// sha256 → path of every file accepted so far.
    private var seenFiles: [String: String] = [:]
    private var summary = WriteSummary()
    /// What each document accepted says about its landlord, joined into landlords by `finish()`.
    private var landlords: [DocumentLandlord] = []

    init(targetPath: String, temporaryPath: String, queue: DatabaseQueue, catalogue: Catalogue,
         toolVersion: String, batchSize: Int, batchBytes: Int, derivations: any DatasetDerivations) {
        self.targetPath = targetPath
        self.temporaryPath = temporaryPath
        self.queue = queue
        self.catalogue = catalogue
        self.toolVersion = toolVersion
        self.batchSize = max(1, batchSize)
        self.batchBytes = max(1, batchBytes)
        self.derivations = derivations
        TemporaryFiles.register(temporaryPath)
    }

    deinit { if queue != nil { abandon() } }

    /// Adds one document; writes a batch (one transaction) when `batchSize` documents or `batchBytes` of input are
    /// pending. A document whose file was
    /// already added (same sha256) or that has no source file is skipped and reported in the summary.
    ///
    /// - Throws: `DatasetError` after which the session is over and the temporary file removed, e.g.
    ///   `assessments/x.txt: cannot store document (UNIQUE constraint failed: responses.document_id, responses.provision)
    ///   - this is a bug in the normaliser; the previous dataset was left unchanged`, or
    ///   `dataset.sqlite: the build was already finished or abandoned - begin a new build`.
    public func append(_ record: DocumentRecord) throws(DatasetError) {
        guard queue != nil else { throw Self.closedError(targetPath) }
        var record = record
        for i in record.assessment.sources.indices {
            record.assessment.sources[i].sha256 = record.assessment.sources[i].sha256.lowercased()
        }
        let sources = record.assessment.sources
        guard let first = sources.first else {
            summary.skipped.append(DatasetError(.invalidDocument, message: "a document with no source file was skipped",
                                                hint: "this is a bug in the caller; every assessment names its files"))
            return
        }
        var batchFiles: [String: String] = [:]
        for source in sources {
            if let earlier = seenFiles[source.sha256] ?? batchFiles[source.sha256] {
                summary.skipped.append(DatasetError(
                    .duplicateDocument, file: first.path,
                    message: "skipped: '\(source.path)' is the same file as '\(earlier)' (sha256 \(source.sha256.prefix(12)))",
                    hint: "remove one copy from the corpus or the manifest"))
                return
            }
            batchFiles[source.sha256] = source.path
        }
        seenFiles.merge(batchFiles) { old, _ in old }
        landlords.append(DocumentLandlord(record, documentID: String(first.sha256.prefix(16)), sha256: first.sha256))
        pending.append(record)
        pendingBytes += sources.reduce(0) { $0 + $1.byteCount }
        if pending.count >= batchSize || pendingBytes >= batchBytes { try flush() }
    }

    /// Writes pending documents, the landlords they belong to (`LandlordResolver`), the figures the session's
    /// derivations compute (`provision_rates`, `landlord_scores`, ...),
    /// the search index, `build_info` and `columns`, then renames the temporary file onto the target.
    ///
    /// - Throws: `DatasetError`, e.g. `dataset.sqlite: cannot replace the dataset (Permission denied) - check the
    ///   folder is writable`; the temporary file is removed and the target left as it was.
    @discardableResult
    public func finish() throws(DatasetError) -> WriteSummary {
        guard let queue else { throw Self.closedError(targetPath) }
        try flush()
        do {
            try queue.write { db in
                let resolved = LandlordResolver.resolve(landlords)
                try DatasetLandlordRows.write(resolved, db)
                for l in resolved { for path in l.sortPaths { summary.landlordNames[path] = l.name } }
                try DatasetComparisons.insert(catalogue: catalogue, derivations: derivations, db)
                try DatasetRows.insertBuildInfo(catalogue: catalogue, toolVersion: toolVersion, db)
                summary.landlordCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM landlords") ?? 0
            }
            try queue.close()
        } catch {
            abandon()
            throw DatasetError.wrapping(error, file: targetPath, doing: "cannot finish the dataset", target: targetPath)
        }
        self.queue = nil
        do {
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: temporaryPath))
            try handle.synchronize()
            try handle.close()
        } catch {
            removeTemporaryFile()
            throw DatasetError(.diskFull, file: targetPath, message: "cannot flush the new dataset to disk (\(error.localizedDescription))",
                               hint: "check there is free disk space; the previous dataset was left unchanged")
        }
        guard rename(temporaryPath, targetPath) == 0 else {
            let reason = String(cString: strerror(errno))
            removeTemporaryFile()
            throw DatasetError(.io, file: targetPath, message: "cannot replace the dataset (\(reason))",
                               hint: "check the folder is writable")
        }
        TemporaryFiles.unregister(temporaryPath)
        return summary
    }

    /// Ends the build without touching the target: closes and removes the temporary file. Safe to call twice.
    public func abandon() {
        try? queue?.close()
        queue = nil
        pending = []
        landlords = []
        removeTemporaryFile()
    }

    private func flush() throws(DatasetError) {
        guard let queue else { throw Self.closedError(targetPath) }
        guard !pending.isEmpty else { return }
        var current = ""
        var added = WriteSummary()
        do {
            try queue.write { db in
                for record in pending {
                    guard let first = record.assessment.sources.first else { continue }
                    current = first.path
                    _ = try DatasetRows.insertDocument(record, first: first, derivations: derivations, db)
                    added.documentCount += 1
                    added.responseCount += record.assessment.responses.count
                    added.unparsedLineCount += record.assessment.unparsed.count
                }
            }
        } catch {
            abandon()
            throw DatasetError.wrapping(error, file: current, doing: "cannot store document", target: targetPath)
        }
        pending = []
        pendingBytes = 0
        summary.documentCount += added.documentCount
        summary.responseCount += added.responseCount
        summary.unparsedLineCount += added.unparsedLineCount
    }

    private func removeTemporaryFile() {
        try? FileManager.default.removeItem(atPath: temporaryPath)
        try? FileManager.default.removeItem(atPath: temporaryPath + "-journal")
        TemporaryFiles.unregister(temporaryPath)
    }

    /// Documents appended so far (written or pending).
    public var documentCount: Int { summary.documentCount + pending.count }

    private static func closedError(_ path: String) -> DatasetError {
        DatasetError(.misuse, file: path, message: "the build was already finished or abandoned", hint: "begin a new build")
    }
}
