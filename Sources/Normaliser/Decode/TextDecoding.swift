/// Turns a file's raw bytes into text: UTF-16 with a byte-order mark (or laid out as UTF-16: mostly zero bytes in
/// every other place, see `utf16(_:)`), else UTF-8 when valid, else Windows-1252 (so smart quotes survive).
public enum TextDecoding {
    /// The decoded text and the encoding used ("utf-8", "utf-16le", "utf-16be" or "windows-1252").
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
        if let utf16 = utf16(bytes) { return utf16 }
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

    /// The text of UTF-16 bytes: with a byte-order mark, or without one when, in the first 2,000 bytes, three in
    /// four of the odd (little-endian) or of the even (big-endian) places are zero and the others almost never. Unpaired
    /// surrogates become U+FFFD; an odd last byte is dropped.
    static func utf16(_ bytes: [UInt8]) -> Decoded? {
        let littleEndian: Bool
        var start = 0
        if bytes.starts(with: [0xFF, 0xFE]) { littleEndian = true; start = 2 }
        else if bytes.starts(with: [0xFE, 0xFF]) { littleEndian = false; start = 2 }
        else {
            let sample = bytes.prefix(2_000)
            guard sample.count >= 4 else { return nil }
            let even = stride(from: 0, to: sample.count - 1, by: 2).map { sample[$0] }
            let odd = stride(from: 1, to: sample.count, by: 2).map { sample[$0] }
            func zeros(_ b: [UInt8]) -> Int { b.count(where: { $0 == 0 }) }
            if zeros(odd) * 4 >= odd.count * 3, zeros(even) * 10 < even.count { littleEndian = true }
            else if zeros(even) * 4 >= even.count * 3, zeros(odd) * 10 < odd.count { littleEndian = false }
            else { return nil }
        }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var i = start
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return Decoded(text: String(decoding: units, as: UTF16.self), encoding: littleEndian ? "utf-16le" : "utf-16be")
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
