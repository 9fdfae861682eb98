/// An answer with the place it was printed: the input of trends, which name both documents' lines.
///
/// ```swift
/// let a = LocatedAnswer(row: row, location: AnswerLocation(path: "a.txt", lineStart: 12, lineEnd: 13))
/// a.row.status      // .yes
/// a.location.description // "a.txt:12"
/// ```
public struct LocatedAnswer: Sendable, Hashable {
    /// The answer.
    public let row: AnswerRow
    /// Where it was printed.
    public let location: AnswerLocation

    /// Creates a located answer.
    ///
    /// ```swift
    /// LocatedAnswer(row: row, location: location)
    /// ```
    ///
    /// - Parameters:
    ///   - row: The answer.
    ///   - location: Where it was printed.
    public init(row: AnswerRow, location: AnswerLocation) {
        self.row = row
        self.location = location
    }
}
