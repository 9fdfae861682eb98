/// Strict RFC 4180 CSV parsing (through libcsv) into Swift strings.
///
/// ```swift
/// let rows = try CSV.parse("file,landlord\na.txt,\"Acme, Leeds\"\n", file: "manifest.csv")
/// // [["file", "landlord"], ["a.txt", "Acme, Leeds"]]
/// ```
///
/// Blank lines are skipped; a UTF-8 byte-order mark at the start is ignored; CRLF and LF line endings
/// are both accepted. Unquoted fields lose leading and trailing spaces (libcsv's rule); quoted fields keep them.
public enum CSV {
    /// Parses CSV text into rows of fields.
    ///
    /// - Parameters:
    ///   - text: The CSV text.
    ///   - file: Name used in error messages, e.g. `manifest.csv`.
    /// - Throws: `DatasetError` of kind `.malformedCSV` naming the file and line, e.g.
    ///   `manifest.csv:3: malformed CSV (unterminated quoted field) - check the quotes on this row`.
    public static func parse(_ text: String, file: String) throws(DatasetError) -> [[String]] {
        try records(Array(text.utf8), file: file).map(\.fields)
    }

    /// Parses CSV bytes (UTF-8) into rows of fields.
    ///
    /// - Throws: `DatasetError` of kind `.malformedCSV`, e.g.
    ///   `data.csv:2: malformed CSV (text after a closing quote) - check the quotes on this row; ...`.
    public static func parse(_ bytes: [UInt8], file: String) throws(DatasetError) -> [[String]] {
        try records(bytes, file: file).map(\.fields)
    }

    /// Parses CSV bytes (UTF-8) into records that remember the line each row starts on.
    ///
    /// - Throws: `DatasetError` of kind `.malformedCSV`, e.g.
    ///   `manifest.csv:3: malformed CSV (unterminated quoted field) - check the quotes on this row`.
    public static func records(_ bytes: [UInt8], file: String) throws(DatasetError) -> [CSVRecord] {
        var input = bytes
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        switch LibCSV.parse(input) {
        case .success(let records):
            return records
        case .failure(let failure):
            throw DatasetError(.malformedCSV, file: file, line: failure.line,
                               message: "malformed CSV (\(failure.reason))", hint: failure.hint)
        }
    }
}
