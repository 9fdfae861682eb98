import Assessment
import Foundation
import Normaliser

/// The list of assessments in a corpus folder: read from its `manifest.csv`, or discovered from its files.
///
/// A manifest has a header row naming at least `file` and `landlord`; `landlord_kind`, `period`, `code_version`
/// (`2022` or `2024`, to override detection), `source_url` and `notes` are optional, other columns are ignored. `file` names one file, several files separated by `;`,
/// or a folder (its regular files, sorted by name): each row is ONE assessment, possibly in several parts.
/// A bad row (missing file, path outside the corpus, unknown `landlord_kind` or `code_version`)
/// is reported in `problems` and the other rows go on.
///
/// ```swift
/// let manifest = try Manifest.load(corpus: "Corpus")
/// for problem in manifest.problems { print("warning: \(problem)") }
/// for entry in manifest.entries { print(entry.files) }
/// ```
public struct Manifest: Sendable {
    /// Usable entries, in manifest order (or sorted path order when discovered).
    public var entries: [ManifestEntry]
    /// One error per rejected row or file, each naming the manifest line (or the file) and what to do.
    public var problems: [DatasetError]
    /// The manifest file read, or nil when the entries were discovered.
    public var manifestPath: String?
    /// Files of the corpus folder that are not read, each with its reason: formats chc does not read,
    /// hidden files, and (with a manifest) files no row names.
    public var skipped: [SkippedFile] = []

    /// The values `landlord_kind` may take in a manifest (empty means not known).
    public static let landlordKinds = ["local_authority", "housing_association", "other"]

    /// Creates a manifest from its parts.
    public init(entries: [ManifestEntry], problems: [DatasetError], manifestPath: String?, skipped: [SkippedFile] = []) {
        self.entries = entries
        self.problems = problems
        self.manifestPath = manifestPath
        self.skipped = skipped
    }

    /// Reads `<corpus>/manifest.csv` if it exists, otherwise discovers the corpus's files.
    ///
    /// - Throws: see `read(corpus:manifest:)` and `discover(_:)`.
    public static func load(corpus: String) throws(DatasetError) -> Manifest {
        let folder = try CorpusFolder(corpus)
        let path = folder.fullPath("manifest.csv")
        return FileManager.default.fileExists(atPath: path) ? try read(corpus: corpus, manifest: path) : try discover(corpus)
    }

    /// Reads a manifest whose `file` paths are relative to `corpus`.
    ///
    /// - Parameters:
    ///   - corpus: The corpus folder.
    ///   - manifest: The manifest file; defaults to `<corpus>/manifest.csv`.
    /// - Throws: `DatasetError`:
    ///   - `CORPUS: no corpus folder here - check the path, or pass the folder that holds manifest.csv or assessments/`
    ///   - `MANIFEST: cannot read the manifest - check the file exists and is readable`
    ///   - `MANIFEST:3: malformed CSV (unterminated quoted field) - check the quotes on this row`
    ///   - `MANIFEST:1: missing column 'landlord' - the header row must name file,landlord (and optionally
    ///     landlord_kind,period,source_url,notes)`
    public static func read(corpus: String, manifest: String? = nil) throws(DatasetError) -> Manifest {
        let folder = try CorpusFolder(corpus)
        let path = manifest ?? folder.fullPath("manifest.csv")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DatasetError(.io, file: path, message: "cannot read the manifest",
                               hint: "check the file exists and is readable")
        }
        let records = try CSV.records(try decodedBytes(Array(data), file: path), file: path)
        let header = records.first?.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? []
        var column: [String: Int] = [:]
        for (i, name) in header.enumerated() where column[name] == nil { column[name] = i }
        for required in ["file", "landlord"] where column[required] == nil {
            throw DatasetError(.manifest, file: path, line: records.first?.line ?? 1,
                               message: "missing column '\(required)'",
                               hint: "the header row must name file,landlord (and optionally landlord_kind,period,code_version,source_url,notes)")
        }
        var result = Manifest(entries: [], problems: [], manifestPath: path)
        var seen: [String: Int] = [:]
        let versions = CodeVersion.allCases.map(\.rawValue)
        for record in records.dropFirst() {
            func cell(_ name: String) -> String? {
                guard let i = column[name], i < record.fields.count else { return nil }
                let value = record.fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty ? nil : value
            }
            func problem(_ message: String, _ hint: String) {
                result.problems.append(DatasetError(.manifest, file: path, line: record.line, message: message, hint: hint))
            }
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard let fileCell = cell("file") else {
                problem("'file' is empty", "name a file, several files separated by ';', or a folder")
                continue
            }
            // An empty landlord is allowed: the document names none, and the dataset records it as unnamed.
            let landlord = cell("landlord")
            let kind = cell("landlord_kind")
            if let kind, !landlordKinds.contains(kind) {
                problem("'landlord_kind' is '\(kind)', expected local_authority, housing_association or other",
                        "fix the value or leave it empty")
                continue
            }
            let version = cell("code_version")
            if let version, !versions.contains(version) {
                problem("'code_version' is '\(version)', expected \(versions.joined(separator: " or "))",
                        "fix the value or leave it empty to have the version detected")
                continue
            }
            var files: [String] = []
            var failure: CorpusFolder.Problem?
            for part in fileCell.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
                switch folder.files(named: part) {
                case .success(let named): files += named
                case .failure(let error): failure = failure ?? error
                }
            }
            if let failure {
                problem(failure.message, failure.hint)
                continue
            }
            if let repeated = files.first(where: { seen[$0] != nil }), let earlier = seen[repeated] {
                problem("'\(repeated)' is already listed on line \(earlier)", "list each file once")
                continue
            }
            for file in files { seen[file] = record.line }
            result.entries.append(ManifestEntry(files: files, landlord: landlord, landlordKind: kind,
                                                period: cell("period"), codeVersion: version, sourceURL: cell("source_url"),
                                                notes: cell("notes"), line: record.line))
        }
        result.skipped = unlisted(folder.discover(), listed: seen)
        return result
    }

    /// The corpus files a manifest does not name: each with the reason discovery gives it, or as not listed.
    private static func unlisted(_ found: CorpusFolder.Discovery, listed: [String: Int]) -> [SkippedFile] {
        var skipped = found.skipped.filter { listed[$0.path] == nil }
        for file in found.files where listed[file] == nil {
            skipped.append(SkippedFile(path: file, reason: "not listed in manifest.csv (add a row for it to build it)"))
        }
        return skipped.sorted { $0.path < $1.path }
    }

    /// The manifest's bytes as UTF-8: decoded like the documents (UTF-8, else Windows-1252, so a spreadsheet's
    /// export keeps its smart quotes and dashes). A NUL byte is refused: stored text would be cut at it.
    ///
    /// - Throws: `DatasetError`: `MANIFEST:4: the manifest holds a NUL byte - save it again as CSV (UTF-8) from the
    ///   spreadsheet, or remove the byte`.
    static func decodedBytes(_ bytes: [UInt8], file: String) throws(DatasetError) -> [UInt8] {
        if let nul = bytes.firstIndex(of: 0) {
            let line = 1 + bytes[..<nul].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw DatasetError(.manifest, file: file, line: line, message: "the manifest holds a NUL byte",
                               hint: "save it again as CSV (UTF-8) from the spreadsheet, or remove the byte")
        }
        if String(validating: bytes, as: UTF8.self) != nil || bytes.isEmpty { return bytes }
        guard let decoded = try? TextDecoding.decode(bytes, file: file) else { return bytes }
        return Array(decoded.text.utf8)
    }

    /// Lists a corpus with no manifest: every `.pdf`, `.docx`, `.html`, `.htm`, `.txt` and `.md` file under
    /// `<corpus>/assessments/` if that folder exists, else under `<corpus>`, sorted by path, one single-file entry
    /// each, landlord unknown; every other file is in `skipped` with its reason.
    ///
    /// - Throws: `DatasetError`:
    ///   `CORPUS: no corpus folder here - check the path, or pass the folder that holds manifest.csv or assessments/`.
    public static func discover(_ corpus: String) throws(DatasetError) -> Manifest {
        let folder = try CorpusFolder(corpus)
        let found = folder.discover()
        return Manifest(entries: found.files.map { ManifestEntry(files: [$0]) },
                        problems: found.problems.map {
                            DatasetError(.manifest, file: $0.path, message: $0.problem.message, hint: $0.problem.hint)
                        },
                        manifestPath: nil, skipped: found.skipped)
    }
}
