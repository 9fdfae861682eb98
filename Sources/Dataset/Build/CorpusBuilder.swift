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
    /// Documents normalised in parallel before each hand-over to the writer.
    public var batchSize = 64

    public init(corpus: String, catalogue: Catalogue, toolVersion: String) {
        self.corpus = corpus
        self.catalogue = catalogue
        self.toolVersion = toolVersion
    }

    /// Normalises every document of the corpus and writes the dataset atomically to `out`.
    ///
    /// - Throws: `DatasetError` only when no dataset can be written at all (unreadable corpus folder,
    ///   broken manifest CSV, target not writable); per-document problems are in `BuildReport.failures`.
    public func build(to out: String) throws(DatasetError) -> BuildReport {
        let manifest = try Manifest.load(corpus: corpus)
        var report = BuildReport()
        report.failures = manifest.problems.map { BuildFailure(path: $0.file ?? corpus, line: $0.line, message: $0.description) }
        let session = try DatasetWriter(path: out).begin(catalogue: catalogue, toolVersion: toolVersion)
        let normaliser = Normaliser(catalogue: catalogue)
        let root = URL(fileURLWithPath: corpus)
        do {
            var start = 0
            let entries = manifest.entries
            while start < entries.count {
                let batch = Array(entries[start..<min(entries.count, start + batchSize)])
                start += batch.count
                let results = Self.parallelMap(batch) { entry in
                    Self.normalise(entry, root: root, normaliser: normaliser).map { assessment in
                        var record = DocumentRecord(assessment: assessment, entry: entry)
                        record.derived = DerivedFacts.of(record)
                        return record
                    }
                }
                for (entry, result) in zip(batch, results) {
                    switch result {
                    case .success(let record):
                        do {
                            try session.append(record)
                            report.documents.append(DocumentOutcome(record: record))
                        } catch {
                            report.failures.append(BuildFailure(path: entry.files.first ?? "", line: nil, message: error.description))
                        }
                    case .failure(let failure):
                        report.failures.append(failure)
                    }
                }
            }
            report.summary = try session.finish()
            for skipped in report.summary.skipped {
                report.failures.append(BuildFailure(path: skipped.file ?? "", line: skipped.line, message: skipped.description))
                report.documents.removeAll { $0.path.split(separator: ";").first.map(String.init) == skipped.file }
            }
        } catch {
            session.abandon()
            throw error
        }
        report.documents.sort { $0.path < $1.path }
        return report
    }

    static func normalise(_ entry: ManifestEntry, root: URL, normaliser: Normaliser) -> Result<Assessment, BuildFailure> {
        var parts: [DocumentInput.Part] = []
        for file in entry.files {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file).path) else {
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

    /// Maps `items` on all cores, keeping their order.
    static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let box = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            box.set(i, transform(items[i]))
        }
        return box.values()
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
    public var documents: [DocumentOutcome] = []
    public var failures: [BuildFailure] = []
    public var summary = WriteSummary()
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
