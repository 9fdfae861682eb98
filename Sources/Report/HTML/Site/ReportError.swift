/// A report that could not be written: which file, why, and what to do.
///
/// ```swift
/// ReportError(file: "site/index.html", message: "cannot write the page", hint: "check the folder is writable")
/// // site/index.html: cannot write the page - check the folder is writable
/// ```
public struct ReportError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The file concerned.
    public let file: String
    /// What failed.
    public let message: String
    /// What to do next.
    public let hint: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - file: The file concerned.
    ///   - message: What failed.
    ///   - hint: What to do next.
    public init(file: String, message: String, hint: String) {
        self.file = file
        self.message = message
        self.hint = hint
    }

    /// `FILE: MESSAGE - HINT`.
    public var description: String { "\(file): \(message) - \(hint)" }
}
