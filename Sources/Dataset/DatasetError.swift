/// A failure in the Dataset module: what failed, where (file and 1-based line when known) and what to do next.
///
/// `description` is `FILE:LINE: MESSAGE - HINT` (parts omitted when absent); the command line prints it after `Error: `.
///
/// ```swift
/// DatasetError(.malformedCSV, file: "manifest.csv", line: 3,
///              message: "malformed CSV (unterminated quoted field)", hint: "check the quotes on this row")
/// // manifest.csv:3: malformed CSV (unterminated quoted field) - check the quotes on this row
/// ```
public struct DatasetError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The family of failure, for callers that branch on it (exit codes, summaries).
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A CSV file broke RFC 4180 quoting rules.
        case malformedCSV = "malformed_csv"
        /// A manifest row or header was unusable.
        case manifest
        /// A file or folder could not be read, written or renamed.
        case io
        /// A document was skipped because the same file was already in the batch.
        case duplicateDocument = "duplicate_document"
        /// A document's values broke a rule of the dataset schema.
        case invalidDocument = "invalid_document"
        /// No dataset file at the given path.
        case noDataset = "no_dataset"
        /// A query was refused because it could modify the dataset.
        case refusedWrite = "refused_write"
        /// SQLite reported an error (bad SQL, constraint, corrupt file).
        case sqlite
        /// A writer session was used after it finished or failed.
        case misuse
        /// A dataset table lacks a column or holds a value its schema forbids (damaged, foreign or older file).
        case damagedDataset = "damaged_dataset"
        /// The file is not a dataset chc wrote (empty, not SQLite, or without `build_info`).
        case notChcDataset = "not_chc_dataset"
        /// A query ran past its time limit and was stopped.
        case timeout
        /// A build's output path was refused before any work (inside the corpus, onto an input, a folder): a usage error.
        case refusedOutput = "refused_output"
        /// A build wrote no document, so the previous dataset was kept.
        case nothingWritten = "nothing_written"
        /// The disk filled up while writing.
        case diskFull = "disk_full"
        /// Standard output or a file could not be written (closed pipe, I/O error).
        case writeFailed = "write_failed"
    }

    /// The family of failure.
    public var kind: Kind
    /// The file concerned (as the user gave it), if any.
    public var file: String?
    /// 1-based line in `file`, if known.
    public var line: Int?
    /// What failed, e.g. `malformed CSV (unterminated quoted field)`.
    public var message: String
    /// What to do next, e.g. `check the quotes on this row`.
    public var hint: String?

    /// Creates an error from its parts.
    public init(_ kind: Kind, file: String? = nil, line: Int? = nil, message: String, hint: String? = nil) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
        self.hint = hint
    }

    /// `FILE:LINE: MESSAGE - HINT`, leaving out the parts that are nil.
    public var description: String {
        var text = ""
        if let file {
            text += file
            if let line { text += ":\(line)" }
            text += ": "
        }
        text += message
        if let hint, !hint.isEmpty { text += " - \(hint)" }
        return text
    }
}
