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
        var text = text
        return text.withUTF8 { bytes in
            var out: [SourceLine] = []
            var n = 1, start = 0, lastWasCR = false
            for i in 0..<bytes.count {
                let b = bytes[i]
                guard b == 0x0D || b == 0x0A else { lastWasCR = false; continue }
                if b == 0x0A, lastWasCR {
                    lastWasCR = false
                    start = i + 1
                    continue
                }
                out.append(SourceLine(number: n, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self), part: part))
                n += 1
                lastWasCR = b == 0x0D
                start = i + 1
            }
            if start < bytes.count {
                out.append(SourceLine(number: n, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self), part: part))
            }
            return out
        }
    }
}
