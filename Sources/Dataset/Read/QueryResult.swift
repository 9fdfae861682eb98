/// The rows of a read-only query, as Swift values (no GRDB types), ready for a renderer.
///
/// ```swift
/// let result = try DatasetReader.query(path: "dataset.sqlite", sql: "SELECT status, COUNT(*) AS n FROM responses GROUP BY 1")
/// result.columns        // ["status", "n"]
/// result.rows[0][1].text // "412"
/// ```
public struct QueryResult: Sendable, Hashable {
    /// Column names, in SELECT order.
    public var columns: [String]
    /// Rows, each with one value per column.
    public var rows: [[QueryValue]]

    /// Creates a result.
    public init(columns: [String], rows: [[QueryValue]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// One SQLite value with its storage class.
public enum QueryValue: Sendable, Hashable {
    /// SQL NULL.
    case null
    /// An INTEGER.
    case integer(Int64)
    /// A REAL.
    case real(Double)
    /// TEXT.
    case text(String)
    /// A BLOB.
    case blob([UInt8])

    /// The value as text: nil for NULL, decimal for numbers, lowercase hex for blobs.
    public var text: String? {
        switch self {
        case .null: return nil
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .text(let value): return value
        case .blob(let bytes):
            let digits = Array("0123456789abcdef")
            return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] })
        }
    }
}
