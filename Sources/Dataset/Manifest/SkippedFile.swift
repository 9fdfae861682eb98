/// A file in the corpus folder that `chc build` does not read, with the reason (never skipped silently).
///
/// ```swift
/// SkippedFile(path: "assessments/a.xlsx", reason: "spreadsheet, not a self-assessment format chc reads").description
/// // "skipped assessments/a.xlsx: spreadsheet, not a self-assessment format chc reads"
/// ```
public struct SkippedFile: Sendable, Hashable, CustomStringConvertible {
    /// Corpus-relative path.
    public var path: String
    public var reason: String

    /// Creates a record of a skipped file.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `skipped PATH: REASON`.
    public var description: String { "skipped \(path): \(reason)" }
}
