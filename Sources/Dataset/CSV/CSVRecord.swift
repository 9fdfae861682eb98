/// One parsed CSV row and the 1-based line it starts on.
public struct CSVRecord: Sendable, Hashable {
    /// Line of the file where this row starts (rows with quoted newlines span several lines).
    public var line: Int
    /// The row's fields, unquoted.
    public var fields: [String]

    /// Creates a record.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
