/// Writes RFC 4180 CSV rows, quoted by libcsv, as UTF-8 (no byte-order mark), to a file or into memory.
///
/// Every non-null field is quoted the way libcsv's `csv_write` quotes (`"a ""b"", c"`); a `nil` field is written
/// as an empty unquoted field, so a reader can tell SQL NULL (`,,`) from an empty string (`,"",`).
/// Rows end with LF (`\n`), not CRLF: the files are meant for diffs and Unix tools, and every CSV reader
/// we know accepts LF. Writing the header row first is the caller's job.
///
/// Values are exact by default (R and pandas need them). With `spreadsheetSafe`, a text value starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return - which a spreadsheet would run as a formula - gets a leading
/// `'`; numbers (`-0.5`) are left alone.
///
/// ```swift
/// var writer = CSVWriter()
/// writer.write(row: ["name", "note"])
/// writer.write(row: ["Acme", "says \"yes\""])
/// writer.text // "\"name\",\"note\"\n\"Acme\",\"says \"\"yes\"\"\"\n"
/// CSVWriter.string(rows: [["=1+1"]], spreadsheetSafe: true) // "\"'=1+1\"\n"
/// ```
public struct CSVWriter {
    private var buffer: [UInt8] = []
    private let output: CheckedOutput?
    private let spreadsheetSafe: Bool
    private var failure: DatasetError?
    private static let flushSize = 1 << 16

    /// A writer that keeps the CSV in memory; read it with `text`.
    public init(spreadsheetSafe: Bool = false) {
        output = nil
        self.spreadsheetSafe = spreadsheetSafe
    }

    /// A writer that streams rows into `.<name>.tmp-<pid>` beside `path`; `close()` renames it onto `path`.
    ///
    /// - Throws: `DatasetError` of kind `.io`: `PATH: cannot create file (REASON) - check the folder exists and is writable`.
    public init(path: String, spreadsheetSafe: Bool = false) throws(DatasetError) {
        output = try CheckedOutput(file: path)
        self.spreadsheetSafe = spreadsheetSafe
    }

    /// A writer that streams rows to `output` (standard output, say); `close()` flushes it.
    public init(output: CheckedOutput, spreadsheetSafe: Bool = false) {
        self.output = output
        self.spreadsheetSafe = spreadsheetSafe
    }

    /// Everything written so far, for an in-memory writer (for a file writer: only what is not yet flushed).
    public var text: String { String(decoding: buffer, as: UTF8.self) }

    /// Appends one row. `nil` fields are written empty and unquoted; a file writer hands the buffer on every
    /// 64 KiB (a write failure is reported by `close()`).
    public mutating func write(row fields: [String?]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { buffer.append(0x2C) }
            if let field { LibCSV.appendQuoted(spreadsheetSafe ? Self.neutralised(field) : field, to: &buffer) }
        }
        buffer.append(0x0A)
        if let output, buffer.count >= Self.flushSize {
            if failure == nil {
                do { try output.write(buffer) } catch { failure = error }
            }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Writes out what is buffered and, for a file, commits it (synced and renamed onto the target).
    ///
    /// - Throws: `DatasetError`: `PATH: cannot write: the disk is full (No space left on device) - free some disk
    ///   space and run the command again`, or another write failure; a file's target is then left as it was.
    public mutating func close() throws(DatasetError) {
        guard let output else { return }
        if let failure { output.discard(); throw failure }
        try output.write(buffer)
        buffer.removeAll()
        try output.commit()
    }

    /// Renders rows to a CSV string (same quoting as `write(row:)`).
    public static func string(rows: [[String?]], spreadsheetSafe: Bool = false) -> String {
        var writer = CSVWriter(spreadsheetSafe: spreadsheetSafe)
        for row in rows { writer.write(row: row) }
        return writer.text
    }

    /// `field` with a leading `'` when a spreadsheet would read it as a formula; numbers are left alone.
    static func neutralised(_ field: String) -> String {
        guard let first = field.utf8.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
                                             0x09, 0x0D].contains(first) else { return field }
        if Double(field) != nil { return field }
        return "'" + field
    }
}
