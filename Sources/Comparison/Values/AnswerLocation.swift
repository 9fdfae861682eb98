/// Where an answer was printed: the file (relative to the corpus folder) and its line range.
///
/// ```swift
/// let at = AnswerLocation(path: "assessments/acme-2024.txt", lineStart: 152, lineEnd: 154)
/// at.description // "assessments/acme-2024.txt:152"
/// ```
public struct AnswerLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The source file, relative to the corpus folder.
    public let path: String
    /// First line of the response (1-based).
    public let lineStart: Int
    /// Last line of the response.
    public let lineEnd: Int

    /// Creates a location.
    ///
    /// ```swift
    /// AnswerLocation(path: "a.txt", lineStart: 3, lineEnd: 3)
    /// ```
    ///
    /// - Parameters:
    ///   - path: The source file.
    ///   - lineStart: First line.
    ///   - lineEnd: Last line.
    public init(path: String, lineStart: Int, lineEnd: Int) {
        self.path = path
        self.lineStart = lineStart
        self.lineEnd = lineEnd
    }

    /// `path:lineStart`, the form every command prints.
    public var description: String { "\(path):\(lineStart)" }

    enum CodingKeys: String, CodingKey { case path, lineStart = "line_start", lineEnd = "line_end" }
}
