import Assessment

/// One physical line of a source file.
public struct SourceLine: Sendable, Hashable {
    /// 1-based line number in its file.
    public let number: Int
    /// The line's text without its line terminator.
    public let text: String
    /// Index of the file within a multi-part document (0 for single files).
    public let part: Int

    public init(number: Int, text: String, part: Int = 0) {
        self.number = number
        self.text = text
        self.part = part
    }

    /// True if the line has no visible characters.
    public var isBlank: Bool { text.allSatisfy { $0.isWhitespaceFast } }

    /// Splits text into lines on LF, CRLF or CR, numbering from 1.
    public static func split(_ text: String, part: Int = 0) -> [SourceLine] {
        // On the UTF-8 bytes: CR and LF are single bytes that no multi-byte sequence contains.
        var out: [SourceLine] = []
        let bytes = text.utf8
        var n = 1
        var start = bytes.startIndex
        var i = bytes.startIndex
        var lastWasCR = false
        while i != bytes.endIndex {
            let b = bytes[i]
            if b == 0x0D || b == 0x0A {
                if b == 0x0A, lastWasCR {
                    lastWasCR = false
                    i = bytes.index(after: i)
                    start = i
                    continue
                }
                out.append(SourceLine(number: n, text: String(text.utf8[start..<i]) ?? "", part: part))
                n += 1
                lastWasCR = b == 0x0D
                i = bytes.index(after: i)
                start = i
                continue
            }
            lastWasCR = false
            i = bytes.index(after: i)
        }
        if start != bytes.endIndex { out.append(SourceLine(number: n, text: String(text.utf8[start..<bytes.endIndex]) ?? "", part: part)) }
        return out
    }
}
