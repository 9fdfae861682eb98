/// How a command prints its rows.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal.
    case table
    /// RFC 4180 CSV with a header row (written through libcsv).
    case csv
    /// A JSON array of objects with sorted keys.
    case json
}
