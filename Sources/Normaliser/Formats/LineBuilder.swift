/// Builds the text lines of one block (a paragraph, a heading, a table cell) from pieces of text,
/// the way a reader sees them: runs of white space collapse to one space, lines are trimmed,
/// non-breaking spaces are spaces, soft hyphens and zero-width spaces vanish, empty lines are dropped.
///
/// Each line takes the location of its first visible character. Works on UTF-8 bytes.
///
/// ```swift
/// var b = LineBuilder()
/// b.append("  Yes,\n  in part ", at: Location(line: 3))
/// b.breakLine()
/// b.append("Policy", at: Location(line: 4))
/// b.lines.map(\.text) // ["Yes, in part", "Policy"]
/// ```
struct LineBuilder {
    private(set) var lines: [TextLine] = []
    private var current: [UInt8] = []
    private var location: Location?
    private var pendingSpace = false
    /// Whether a newline inside appended text moves the line's location down (HTML source lines);
    /// false where a line is a paragraph's ordinal (Word).
    private let newlinesMoveDown: Bool

    init(newlinesMoveDown: Bool = true) {
        self.newlinesMoveDown = newlinesMoveDown
    }

    /// True when nothing visible has been appended since the builder was made or emptied.
    var isEmpty: Bool { lines.isEmpty && current.isEmpty }

    /// Appends text, collapsing white space. `location` is where `text` starts; a line that begins
    /// after newlines inside `text` is placed that many lines further down.
    mutating func append(_ text: String, at location: Location) {
        var text = text
        text.withUTF8 { bytes in
            var newlines = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                let width = Self.invisibleWidth(bytes, i)
                if width > 0 {
                    i += width
                    continue
                }
                if b == 0x0A, newlinesMoveDown { newlines += 1 }
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C || Self.isNonBreakingSpace(bytes, i) {
                    pendingSpace = true
                    i += b == 0xC2 ? 2 : 1
                    continue
                }
                appendVisible(b, at: location, newlines: newlines)
                i += 1
            }
        }
    }

    /// Appends text as it stands (`<pre>`): newlines break lines, each space is kept inside lines.
    mutating func appendPreformatted(_ text: String, at location: Location) {
        var at = location
        for (k, piece) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if k > 0 { breakLine() }
            at.line = location.line + k
            var chunk = String(piece)
            chunk.withUTF8 { bytes in
                for (i, b) in bytes.enumerated() where b != 0x0D && Self.invisibleWidth(bytes, i) == 0 {
                    if b == 0x20 || b == 0x09 {
                        if !current.isEmpty { current.append(0x20) }
                    } else {
                        appendVisible(b, at: at, newlines: 0)
                    }
                }
            }
        }
    }

    /// Appends a tab stop (Word `w:tab`): kept as a tab inside the line, dropped at its ends.
    mutating func appendTab() {
        guard !current.isEmpty else { return }
        pendingSpace = false
        if current.last != 0x09 { current.append(0x09) }
    }

    /// Ends the current line; the next text starts a new one.
    mutating func breakLine() {
        while current.last == 0x09 || current.last == 0x20 { current.removeLast() }
        if !current.isEmpty, let location {
            lines.append(TextLine(String(decoding: current, as: UTF8.self), at: location))
        }
        current.removeAll(keepingCapacity: true)
        location = nil
        pendingSpace = false
    }

    /// The finished lines (the current line ended), leaving the builder empty.
    mutating func take() -> [TextLine] {
        breakLine()
        defer { lines = [] }
        return lines
    }

    private mutating func appendVisible(_ byte: UInt8, at start: Location, newlines: Int) {
        if current.isEmpty {
            var at = start
            at.line += newlines
            location = at
        } else if pendingSpace, current.last != 0x09 {
            current.append(0x20)
        }
        pendingSpace = false
        current.append(byte)
    }

    /// U+00A0 no-break space (C2 A0) at `i`.
    private static func isNonBreakingSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        bytes[i] == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0
    }

    /// The byte width of an invisible character at `i` (U+00AD soft hyphen, U+200B zero-width
    /// space, U+FEFF byte-order mark), or 0.
    private static func invisibleWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = bytes[i]
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xAD { return 2 }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x8B { return 3 }
        if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return 3 }
        return 0
    }
}
