import Assessment
import Dataset
import Dispatch
import Foundation
import Normaliser

/// Builds a dataset from a corpus folder: reads the manifest (or discovers files), normalises the
/// documents on every core, and writes them in order through one writer as they are ready (`NormalisingPipeline`),
/// so memory holds a bounded window of documents.
/// One bad document never stops the batch: it is recorded as a failure and the rest are written.
///
/// ```swift
/// let report = try CorpusBuilder(corpus: "Corpus", catalogue: try .bundled(), toolVersion: "0.1.0")
///     .build(to: "dataset.sqlite")
/// report.failures.isEmpty
/// ```
public struct CorpusBuilder: Sendable {
    public let corpus: String
    public let catalogue: Catalogue
    public let toolVersion: String
    /// Bytes of input the normalising cores may run ahead of the writer (`NormalisingPipeline`): the documents
    /// normalised and not yet written never hold more than about this much input.
    public var lookaheadBytes = 2 << 20

    public init(corpus: String, catalogue: Catalogue, toolVersion: String) {
        self.corpus = corpus
        self.catalogue = catalogue
        self.toolVersion = toolVersion
    }

    /// Called after each document is written or has failed, with (documents done, documents in the corpus), on the
    /// building thread; nil for none. `chc build` draws its progress bar from it.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    /// Normalises every document of the corpus and writes the dataset atomically to `out`.
    ///
    /// A good dataset is replaced only by a better one: when no document could be built, nothing is written,
    /// `out` is left as it was and `BuildReport.written` is false. `out` is checked before any work
    /// (see `OutputPath.check`).
    ///
    /// - Throws: `DatasetError` only when no dataset can be written at all: `.refusedOutput` for an `--out` inside
    ///   the corpus, onto an input or a folder (a usage error); unreadable corpus folder, broken manifest CSV, target
    ///   not writable, the disk full (`OUT: cannot write the dataset: the disk is full (database or disk is full) -
    ///   free some disk space and build again; the previous dataset was left unchanged`). Per-document problems are
    ///   in `BuildReport.failures`.
    public func build(to out: String) throws(DatasetError) -> BuildReport {
        let manifest = try Manifest.load(corpus: corpus)
        try OutputPath.check(out, corpus: corpus,
                             inputs: manifest.entries.flatMap(\.files) + (manifest.manifestPath == nil ? [] : ["manifest.csv"]))
        var report = BuildReport()
        report.failures = manifest.problems.map { BuildFailure(path: $0.file ?? corpus, line: $0.line, message: $0.description) }
        report.skipped = manifest.skipped
        Self.removeAbandonedTemporaryFiles(beside: out)
        let session = try DatasetWriter(path: out).begin(catalogue: catalogue, toolVersion: toolVersion,
                                                         derivations: BuildDerivations())
        do {
            try write(manifest.entries, into: session, report: &report)
            guard session.documentCount > 0 else {
                session.abandon()
                report.written = false
                return report
            }
            report.summary = try session.finish()
            report.written = true
            for skipped in report.summary.skipped {
                report.failures.append(BuildFailure(path: skipped.file ?? "", line: skipped.line, message: skipped.description))
                report.documents.removeAll { $0.path.split(separator: ";").first.map(String.init) == skipped.file }
            }
        } catch {
            session.abandon()
            throw error
        }
        for i in report.documents.indices {
            let first = report.documents[i].path.split(separator: ";").first.map(String.init) ?? report.documents[i].path
            report.documents[i].landlord = report.summary.landlordNames[first] ?? report.documents[i].landlord
        }
        report.documents.sort { $0.path < $1.path }
        return report
    }

    /// A pipeline: every core normalises documents, in manifest order, at most `lookaheadBytes` of input ahead of
    /// this thread, which writes them in that order as each is ready (the session commits by bytes). A failed write
    /// ends the build (the session is over); a document that cannot be normalised is recorded and the rest go on.
    private func write(_ entries: [ManifestEntry], into session: DatasetWriteSession, report: inout BuildReport) throws(DatasetError) {
        let root = URL(fileURLWithPath: corpus)
        let normaliser = Normaliser(catalogue: catalogue)
        let pipeline = NormalisingPipeline(count: entries.count, lookahead: lookaheadBytes, cost: { i in
            entries[i].files.reduce(0) { $0 + DocumentFiles.size(at: root.appendingPathComponent($1).path) }
        }) { i in
            Self.normalise(entries[i], root: root, normaliser: normaliser).map { assessment in
                var record = DocumentRecord(assessment: assessment, entry: entries[i])
                record.derived = BuildDerivations().facts(of: record)
                return record
            }
        }
        for i in entries.indices {
            switch pipeline.take(i) {
            case .success(let record):
                try session.append(record)
                report.documents.append(DocumentOutcome(record: record))
            case .failure(let failure):
                report.failures.append(failure)
            }
            progress?(i + 1, entries.count)
        }
    }

    static func normalise(_ entry: ManifestEntry, root: URL, normaliser: Normaliser) -> Result<Assessment, BuildFailure> {
        var parts: [DocumentInput.Part] = []
        for file in entry.files {
            switch DocumentFiles.part(at: root.appendingPathComponent(file).path, recordedAs: file, maxBytes: normaliser.maxBytes,
                                      line: entry.line) {
            case .success(let part): parts.append(part)
            case .failure(let failure): return .failure(failure)
            }
        }
        let version = entry.codeVersion.flatMap(CodeVersion.init(rawValue:))
        do {
            return .success(try normaliser.normalise(DocumentInput(parts: parts, version: version)))
        } catch {
            return .failure(BuildFailure(path: error.file, line: error.line, message: error.description))
        }
    }

    /// Removes what builds onto `out` that were killed (SIGKILL, power loss) left behind: their temporary files
    /// `.<name>.tmp-<pid>-<random>` (see `DatasetWriter.begin`) whose process no longer exists. Files of a build
    /// still running are kept.
    static func removeAbandonedTemporaryFiles(beside out: String) {
        let url = URL(fileURLWithPath: out)
        let folder = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent).tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix(while: \.isNumber)), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
