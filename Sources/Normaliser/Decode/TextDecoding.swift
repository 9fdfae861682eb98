/// Turns a file's raw bytes into text: UTF-8 when valid, else Windows-1252 (so smart quotes survive).
public enum TextDecoding {
    /// The decoded text and the encoding used ("utf-8" or "windows-1252").
    public struct Decoded: Sendable {
        public let text: String
        public let encoding: String
    }

    /// Decodes `bytes`, rejecting binary data.
    ///
    /// - Throws: `NormaliserError` `.empty` ("file is empty") or `.binary`
    ///   ("file is binary, not text (NUL byte at line 3)").
    public static func decode(_ bytes: [UInt8], file: String) throws(NormaliserError) -> Decoded {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw NormaliserError(kind: .empty, file: file, line: nil, message: "file is empty (no text)",
                                  help: "remove it from the corpus or the manifest, or replace it with the extracted text")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Binary: a NUL byte, or many control characters.
        var line = 1
        var controls = 0
        for b in body {
            if b == 0x0A { line += 1 }
            if b == 0 {
                throw NormaliserError(kind: .binary, file: file, line: line,
                                      message: "file is binary, not text (NUL byte at line \(line))",
                                      help: "extract the text first (e.g. pdftotext -layout, or save the page as text)")
            }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
        }
        if controls * 20 > body.count {
            throw NormaliserError(kind: .binary, file: file, line: nil,
                                  message: "file is binary, not text (\(controls) control bytes in \(body.count))",
                                  help: "extract the text first (e.g. pdftotext -layout, or save the page as text)")
        }
        if let text = String(validating: body, as: UTF8.self) {
            return Decoded(text: text, encoding: "utf-8")
        }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(body.count)
        for b in body { scalars.append(windows1252(b)) }
        return Decoded(text: String(scalars), encoding: "windows-1252")
    }

    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func windows1252(_ b: UInt8) -> Unicode.Scalar {
        let value: UInt32 = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
