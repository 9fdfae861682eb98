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
        var out: [SourceLine] = []
        var current = ""
        var n = 1
        var lastWasCR = false
        for ch in text.unicodeScalars {
            if ch == "\r" {
                out.append(SourceLine(number: n, text: current, part: part)); n += 1; current = ""; lastWasCR = true
                continue
            }
            if ch == "\n" {
                if lastWasCR { lastWasCR = false; continue }
                out.append(SourceLine(number: n, text: current, part: part)); n += 1; current = ""
                continue
            }
            lastWasCR = false
            current.unicodeScalars.append(ch)
        }
        if !current.isEmpty { out.append(SourceLine(number: n, text: current, part: part)) }
        return out
    }
}
