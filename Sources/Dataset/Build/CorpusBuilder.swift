import Assessment
import Dispatch
import Foundation
import Normaliser

/// Builds a dataset from a corpus folder: reads the manifest (or discovers files), normalises the
/// documents in parallel, and writes them through one writer, batch by batch, so memory stays flat.
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
    /// Documents normalised in parallel before each hand-over to the writer; the next batch is normalised
    /// while the writer stores this one.
    public var batchSize = 64

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
        let session = try DatasetWriter(path: out).begin(catalogue: catalogue, toolVersion: toolVersion)
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

    /// A pipeline: while this thread writes batch k, all cores normalise batch k+1 (one writer, never more than two
    /// batches of documents in memory). A failed write ends the build (the session is over); a document that
    /// cannot be normalised is recorded and the rest go on.
    private func write(_ entries: [ManifestEntry], into session: DatasetWriteSession, report: inout BuildReport) throws(DatasetError) {
        let root = URL(fileURLWithPath: corpus)
        let normaliser = Normaliser(catalogue: catalogue)
        let size = max(1, batchSize)
        let starts = Array(stride(from: 0, to: entries.count, by: size))
        let normaliseBatch: @Sendable (Int) -> PendingBatch = { start in
            PendingBatch(Array(entries[start..<min(entries.count, start + size)])) { entry in
                Self.normalise(entry, root: root, normaliser: normaliser).map { assessment in
                    var record = DocumentRecord(assessment: assessment, entry: entry)
                    record.derived = DerivedFacts.of(record)
                    return record
                }
            }
        }
        var next = starts.first.map(normaliseBatch)
        var done = 0
        for k in starts.indices {
            guard let pending = next else { break }
            let (batch, results) = pending.wait()
            next = k + 1 < starts.count ? normaliseBatch(starts[k + 1]) : nil
            for result in results {
                switch result {
                case .success(let record):
                    try session.append(record)
                    report.documents.append(DocumentOutcome(record: record))
                case .failure(let failure):
                    report.failures.append(failure)
                }
                done += 1
                progress?(done, entries.count)
            }
            _ = batch
        }
    }

    static func normalise(_ entry: ManifestEntry, root: URL, normaliser: Normaliser) -> Result<Assessment, BuildFailure> {
        var parts: [DocumentInput.Part] = []
        for file in entry.files {
            let path = root.appendingPathComponent(file).path
            // Refuse an oversized file before reading it, so one huge file cannot exhaust memory.
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > normaliser.maxBytes {
                let error = NormaliserError(kind: .tooLarge, file: file, line: nil,
                                            message: "file is \(size / 1_048_576) MB, over the \(normaliser.maxBytes / 1_048_576) MB limit for one self-assessment",
                                            help: "check it is the right file; split a combined export into one file per landlord")
                return .failure(BuildFailure(path: file, line: nil, message: error.description))
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(BuildFailure(path: file, line: entry.line, message: "\(file): cannot read the file - check it exists and is readable"))
            }
            parts.append(DocumentInput.Part(path: file, bytes: [UInt8](data)))
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

    /// Maps `items` on all cores, keeping their order.
    static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let box = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            box.set(i, transform(items[i]))
        }
        return box.values()
    }
}

/// One batch of documents being normalised on all cores in the background; `wait()` returns the batch and
/// its results, in order.
private final class PendingBatch: @unchecked Sendable {
    private let batch: [ManifestEntry]
    private var results: [Result<DocumentRecord, BuildFailure>] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ batch: [ManifestEntry], _ transform: @escaping @Sendable (ManifestEntry) -> Result<DocumentRecord, BuildFailure>) {
        self.batch = batch
        DispatchQueue.global().async { [self] in
            results = CorpusBuilder.parallelMap(batch, transform)
            done.signal()
        }
    }

    func wait() -> ([ManifestEntry], [Result<DocumentRecord, BuildFailure>]) {
        done.wait()
        return (batch, results)
    }
}

/// Thread-safe slots for parallel results (each index written once).
private final class ResultBox<R>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: R) { lock.lock(); slots[i] = value; lock.unlock() }
    func values() -> [R] { slots.compactMap { $0 } }
}

/// What a build produced: one outcome per document written, and the documents that failed.
public struct BuildReport: Sendable {
    /// The documents written, by path.
    public var documents: [DocumentOutcome] = []
    /// The documents (and manifest rows) that could not be built, each with its message.
    public var failures: [BuildFailure] = []
    /// Files of the corpus folder not read, with the reason (not failures: they do not change the exit status).
    public var skipped: [SkippedFile] = []
    /// What the writer wrote.
    public var summary = WriteSummary()
    /// False when no document could be built: the target was left as it was.
    public var written = false
    /// An empty report.
    public init() {}
}

/// A document that could not be built, with a message naming the file and line.
public struct BuildFailure: Error, Sendable, Hashable {
    public var path: String
    public var line: Int?
    public var message: String
    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }
}

/// One built document's summary line.
public struct DocumentOutcome: Sendable, Hashable {
    public var path: String
    public var landlord: String
    public var codeVersion: CodeVersion
    public var counts: [Status: Int]
    public var responses: Int
    public var unparsedLines: Int
    public var provisionSources: [ProvisionSource: Int]

    init(record: DocumentRecord) {
        let a = record.assessment
        path = a.sources.map(\.path).joined(separator: ";")
        landlord = LandlordIdentity(record, documentSHA256: a.sources.first?.sha256 ?? "").name
        codeVersion = a.codeVersion
        var c: [Status: Int] = [:]
        for r in a.responses { c[r.status, default: 0] += 1 }
        counts = c
        responses = a.responses.count
        unparsedLines = a.lineAccount.unparsed
        var s: [ProvisionSource: Int] = [:]
        for r in a.responses { s[r.provisionSource, default: 0] += 1 }
        provisionSources = s
    }
}
