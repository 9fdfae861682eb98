/// The character encoding of a web page, found as a browser finds it: a byte-order mark, else the
/// `<meta charset>` / `http-equiv` declaration near the top, else UTF-8 when the bytes are valid
/// UTF-8, else Windows-1252. The page is handed to the parser as UTF-8 where chc converts it itself.
///
/// Labels follow the WHATWG Encoding standard where it matters here: `iso-8859-1`, `latin1` and
/// `us-ascii` mean Windows-1252; a `utf-16` label on a page without a byte-order mark means UTF-8.
/// Other labels are converted by libxml2 (iconv) when it knows them.
///
/// ```swift
/// HTMLCharset.decode(Array("<meta charset=windows-1252><p>\u{93}Yes\u{94}".utf8)).name // "windows-1252"
/// ```
enum HTMLCharset {
    struct Decoded {
        /// The bytes for the parser, in `parserEncoding`.
        var bytes: [UInt8]
        var parserEncoding: String
        /// The page's encoding, for `Document.Part.encoding`.
        var name: String
    }

    /// How far into the page a `<meta>` declaration is looked for.
    static let prescanBytes = 4096

    static func decode(_ bytes: [UInt8]) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(bytes.dropFirst(3), lossy: true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), littleEndian: false) }
        guard let label = declaredLabel(bytes.prefix(prescanBytes)) else { return undeclared(bytes[...]) }
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode":
            return utf8(bytes[...], lossy: true)
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
             "us-ascii", "ascii", "ansi_x3.4-1968":
            return windows1252(bytes[...])
        default:
            if XMLTree.knowsEncoding(label) { return Decoded(bytes: bytes, parserEncoding: label, name: label) }
            return undeclared(bytes[...])
        }
    }

    private static func undeclared(_ bytes: ArraySlice<UInt8>) -> Decoded {
        String(validating: bytes, as: UTF8.self) != nil ? utf8(bytes, lossy: false) : windows1252(bytes)
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, lossy: Bool) -> Decoded {
        let valid = lossy ? Array(String(decoding: bytes, as: UTF8.self).utf8) : Array(bytes)
        return Decoded(bytes: valid, parserEncoding: "UTF-8", name: "utf-8")
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return Decoded(bytes: Array(String(decoding: units, as: UTF16.self).utf8), parserEncoding: "UTF-8",
                       name: littleEndian ? "utf-16le" : "utf-16be")
    }

    private static func windows1252(_ bytes: ArraySlice<UInt8>) -> Decoded {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes { scalars.append(TextDecoding.windows1252(b)) }
        return Decoded(bytes: Array(String(scalars).utf8), parserEncoding: "UTF-8", name: "windows-1252")
    }

    /// The lowercased label of the first `<meta …charset=LABEL…>` in `head`.
    static func declaredLabel(_ head: ArraySlice<UInt8>) -> String? {
        let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        var i = 0
        while let meta = find(Array("<meta".utf8), in: lower, from: i) {
            let end = lower[meta...].firstIndex(of: 0x3E) ?? lower.count
            if let at = find(Array("charset".utf8), in: lower, from: meta), at < end {
                var j = at + 7
                while j < end, lower[j] == 0x20 || lower[j] == 0x09 || lower[j] == 0x0A || lower[j] == 0x0D { j += 1 }
                if j < end, lower[j] == 0x3D {
                    j += 1
                    while j < end, lower[j] == 0x20 || lower[j] == 0x22 || lower[j] == 0x27 { j += 1 }
                    let label = lower[j..<end].prefix { isLabelByte($0) }
                    if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
                }
            }
            i = end
        }
        return nil
    }

    private static func isLabelByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E || b == 0x3A
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for i in start...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }
}
