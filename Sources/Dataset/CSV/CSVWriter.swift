import Foundation

/// Writes RFC 4180 CSV rows, quoted by libcsv, as UTF-8 (no byte-order mark), to a file or into memory.
///
/// Every non-null field is quoted the way libcsv's `csv_write` quotes (`"a ""b"", c"`); a `nil` field is written
/// as an empty unquoted field, so a reader can tell SQL NULL (`,,`) from an empty string (`,"",`).
/// Rows end with LF (`\n`), not CRLF: the files are meant for diffs and Unix tools, and every CSV reader
/// we know accepts LF. Writing the header row first is the caller's job.
///
/// ```swift
/// var writer = CSVWriter()
/// writer.write(row: ["name", "note"])
/// writer.write(row: ["Acme", "says \"yes\""])
/// writer.text // "\"name\",\"note\"\n\"Acme\",\"says \"\"yes\"\"\"\n"
/// ```
public struct CSVWriter {
    private var buffer: [UInt8] = []
    private let handle: FileHandle?
    private let path: String?
    private var flushFailure: DatasetError?
    private static let flushSize = 1 << 16

    /// A writer that keeps the CSV in memory; read it with `text`.
    public init() {
        handle = nil
        path = nil
    }

    /// A writer that creates (or truncates) the file at `path` and streams rows into it.
    ///
    /// - Throws: `DatasetError` of kind `.io`: `PATH: cannot create file - check the folder exists and is writable`.
    public init(path: String) throws(DatasetError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw DatasetError(.io, file: path, message: "cannot create file",
                               hint: "check the folder exists and is writable")
        }
        self.handle = handle
        self.path = path
    }

    /// Everything written so far, for an in-memory writer (for a file writer: only what is not yet flushed).
    public var text: String { String(decoding: buffer, as: UTF8.self) }

    /// Appends one row. `nil` fields are written empty and unquoted; in file mode the buffer is
    /// flushed to disk every 64 KiB (a write failure is reported by `close()`).
    public mutating func write(row fields: [String?]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { buffer.append(0x2C) }
            if let field { LibCSV.appendQuoted(field, to: &buffer) }
        }
        buffer.append(0x0A)
        if handle != nil, buffer.count >= Self.flushSize { flushFailure = flushFailure ?? flush() }
    }

    /// Flushes buffered rows to the file and closes it; does nothing extra for an in-memory writer.
    ///
    /// - Throws: `DatasetError` of kind `.io`: `PATH: cannot write CSV (REASON) - check there is free disk space`.
    public mutating func close() throws(DatasetError) {
        guard let handle else { return }
        if let failure = flushFailure ?? flush() { throw failure }
        do { try handle.close() } catch {
            throw DatasetError(.io, file: path, message: "cannot close file (\(error.localizedDescription))",
                               hint: "check there is free disk space")
        }
    }

    /// Renders rows to a CSV string (same quoting as `write(row:)`).
    public static func string(rows: [[String?]]) -> String {
        var writer = CSVWriter()
        for row in rows { writer.write(row: row) }
        return writer.text
    }

    private mutating func flush() -> DatasetError? {
        guard let handle else { return nil }
        defer { buffer.removeAll(keepingCapacity: true) }
        do { try handle.write(contentsOf: buffer) } catch {
            return DatasetError(.io, file: path, message: "cannot write CSV (\(error.localizedDescription))",
                                hint: "check there is free disk space")
        }
        return nil
    }
}
