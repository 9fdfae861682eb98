import CLibCSV

/// The only code in the package that touches libcsv's C API; everything else sees Swift values.
///
/// Parsing runs libcsv in strict mode (`CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL`), feeding it one
/// line at a time so that a failure can be pinned to the 1-based line being fed. Quoting uses `csv_write`.
enum LibCSV {
    /// Why strict parsing stopped, and on which line.
    struct Failure: Error, Equatable {
        /// 1-based line where the failing row starts (unterminated quote) or where the bad byte is.
        var line: Int
        var reason: String
        var hint: String
    }

    /// Collects fields and rows from libcsv's callbacks; passed to C as an unmanaged pointer.
    private final class Context {
        var records: [CSVRecord] = []
        var fields: [String] = []
        /// Line of the chunk currently fed to `csv_parse`.
        var line = 1
        /// Line on which the row being assembled started.
        var rowStartLine = 1
    }

    /// Parses CSV bytes into records, each with the line its row starts on. Blank lines are skipped.
    static func parse(_ bytes: [UInt8]) -> Result<[CSVRecord], Failure> {
        var parser = csv_parser()
        let options = UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL)
        guard csv_init(&parser, options) == 0 else {
            return .failure(Failure(line: 1, reason: "could not start the CSV parser", hint: "try again"))
        }
        defer { csv_free(&parser) }
        let context = Context()
        let box = Unmanaged.passRetained(context)
        defer { box.release() }
        let data = box.toOpaque()

        var start = 0
        var result: Result<[CSVRecord], Failure>?
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            while start < buffer.count {
                var end = start
                while end < buffer.count && buffer[end] != 0x0A { end += 1 }
                if end < buffer.count { end += 1 }  // include the newline in this line's chunk
                let length = end - start
                let used = csv_parse(&parser, base + start, length, fieldCallback, rowCallback, data)
                if used != length {
                    result = .failure(midRowFailure(&parser, line: context.line))
                    return
                }
                context.line += 1
                start = end
            }
        }
        if let result { return result }
        if csv_fini(&parser, fieldCallback, rowCallback, data) != 0 {
            return .failure(Failure(line: context.rowStartLine, reason: "unterminated quoted field",
                                    hint: "check the quotes on this row"))
        }
        return .success(context.records)
    }

    /// Appends `field` to `buffer` quoted the way libcsv quotes: always in double quotes, inner quotes doubled.
    static func appendQuoted(_ field: String, to buffer: inout [UInt8]) {
        var source = Array(field.utf8)
        let count = source.count
        if source.isEmpty { source = [0] }  // libcsv needs a non-null pointer even for zero bytes
        var out = [UInt8](repeating: 0, count: 2 * count + 2)
        let written = source.withUnsafeBytes { src in
            out.withUnsafeMutableBytes { dest in
                csv_write(dest.baseAddress, dest.count, src.baseAddress, count)
            }
        }
        buffer.append(contentsOf: out.prefix(written))
    }

    private static func midRowFailure(_ parser: inout csv_parser, line: Int) -> Failure {
        switch csv_error(&parser) {
        case CSV_EPARSE where parser.quoted != 0:
            return Failure(line: line, reason: "text after a closing quote",
                           hint: "check the quotes on this row; a quote inside a quoted field is written twice (\"\")")
        case CSV_EPARSE:
            return Failure(line: line, reason: "quote inside an unquoted field",
                           hint: "check the quotes on this row; put the field in quotes and write the inner quote twice (\"\")")
        default:
            return Failure(line: line, reason: "field too large to parse", hint: "check the file is really CSV")
        }
    }

    private static let fieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
        bytes, length, data in
        guard let data else { return }
        let context = Unmanaged<Context>.fromOpaque(data).takeUnretainedValue()
        guard let bytes, length > 0 else {
            context.fields.append("")
            return
        }
        let buffer = UnsafeRawBufferPointer(start: bytes, count: length)
        context.fields.append(String(decoding: buffer, as: UTF8.self))
    }

    private static let rowCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { terminator, data in
        guard let data else { return }
        let context = Unmanaged<Context>.fromOpaque(data).takeUnretainedValue()
        if !context.fields.isEmpty {
            context.records.append(CSVRecord(line: context.rowStartLine, fields: context.fields))
            context.fields = []
        }
        if terminator == 0x0A || terminator == 0x0D { context.rowStartLine = context.line + 1 }
    }
}
