/// A terminal table laid out one row at a time, so a table of any length can be printed without holding it:
/// `measure` every row (the column widths and which columns are numeric), then `header()` and `line(_:)` for each
/// row in turn. The text is what `TextTable.terminal(maxColumnWidth:)` prints, byte for byte.
///
/// ```swift
/// var layout = TerminalLayout(columns: ["provision", "status"], maxColumnWidth: 48)
/// for row in rows { layout.measure(row) }
/// var out = layout.header()
/// for row in rows { layout.line(row, into: &out) }
/// ```
///
/// Each cell is shown on one line: control characters escaped (`TerminalText`), newlines and tabs as spaces,
/// text longer than `maxColumnWidth` cut with '…'. ASCII text is shaped byte by byte; other text goes through
/// Swift's `Character`s, so widths count what a terminal shows as one character.
public struct TerminalLayout: Sendable {
    /// The column names, as given.
    public let columns: [String]
    /// The widest a cell is shown.
    public let maxColumnWidth: Int
    private let heads: [String]
    /// The width of each column so far: its head, or its widest cell measured.
    private(set) var widths: [Int]
    /// Columns holding only numbers and NULLs so far (numbers are right-aligned).
    private var onlyNumbers: [Bool]
    private var measuredRows = 0
    /// A cell being shaped (kept to reuse its storage).
    private var scratch: [UInt8] = []

    /// An empty layout of `columns`.
    public init(columns: [String], maxColumnWidth: Int = 48) {
        self.columns = columns
        self.maxColumnWidth = maxColumnWidth
        heads = columns.map { TerminalText.inert($0, keepNewlines: false) }
        widths = heads.map(\.count)
        onlyNumbers = Array(repeating: true, count: columns.count)
    }

    /// Takes one row's widths and kinds into account; every row must be measured before the first is printed.
    public mutating func measure(_ row: [Cell]) {
        measuredRows += 1
        for i in 0..<min(row.count, columns.count) {
            if case .text = row[i] { onlyNumbers[i] = false }
            widths[i] = max(widths[i], Self.shape(row[i], maxWidth: maxColumnWidth, into: &scratch, copy: false))
        }
    }

    /// Whether column `i` is right-aligned: every row measured holds a number or NULL there (or nothing).
    func isNumeric(_ i: Int) -> Bool { measuredRows > 0 && onlyNumbers[i] }

    /// The head of the table: the column names, then a rule of dashes under each, each line ending in a newline.
    public func header() -> [UInt8] {
        var out: [UInt8] = []
        appendLine(into: &out) { i, cell in
            cell.append(contentsOf: heads[i].utf8)
            return heads[i].count
        }
        for (i, w) in widths.enumerated() {
            if i > 0 { out.append(contentsOf: Self.gap) }
            out.append(contentsOf: repeatElement(UInt8(ascii: "-"), count: w))
        }
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// Appends one row's line (and its newline) to `out`.
    public mutating func line(_ row: [Cell], into out: inout [UInt8]) {
        let start = out.count
        for i in widths.indices {
            if i > 0 { out.append(contentsOf: Self.gap) }
            let cell = i < row.count ? row[i] : .null
            if isNumeric(i) {
                scratch.removeAll(keepingCapacity: true)
                let shown = Self.shape(cell, maxWidth: maxColumnWidth, into: &scratch, copy: true)
                Self.appendSpaces(widths[i] - shown, to: &out)
                out.append(contentsOf: scratch)
            } else {
                let shown = Self.shape(cell, maxWidth: maxColumnWidth, into: &out, copy: true)
                Self.appendSpaces(widths[i] - shown, to: &out)
            }
        }
        Self.dropTrailingSpaces(&out, from: start)
        out.append(UInt8(ascii: "\n"))
    }

    /// Appends a line whose cell `i` `shape` writes into the buffer it is given, returning its width.
    func appendLine(into out: inout [UInt8], _ shape: (Int, inout [UInt8]) -> Int) {
        let start = out.count
        var cell: [UInt8] = []
        for i in widths.indices {
            if i > 0 { out.append(contentsOf: Self.gap) }
            cell.removeAll(keepingCapacity: true)
            let shown = shape(i, &cell)
            if isNumeric(i) {
                Self.appendSpaces(widths[i] - shown, to: &out)
                out.append(contentsOf: cell)
            } else {
                out.append(contentsOf: cell)
                Self.appendSpaces(widths[i] - shown, to: &out)
            }
        }
        Self.dropTrailingSpaces(&out, from: start)
        out.append(UInt8(ascii: "\n"))
    }

    static let gap: [UInt8] = [0x20, 0x20]
    static let spaces = [UInt8](repeating: 0x20, count: 256)

    /// Appends `count` spaces (none when it is not positive).
    static func appendSpaces(_ count: Int, to out: inout [UInt8]) {
        var left = count
        while left > 0 {
            let n = min(left, spaces.count)
            out.append(contentsOf: spaces[0..<n])
            left -= n
        }
    }

    /// Removes the spaces ending the line that starts at `start` (trailing `Character`s equal to " ").
    static func dropTrailingSpaces(_ out: inout [UInt8], from start: Int) {
        var end = out.count
        while end > start, out[end - 1] == 0x20 { end -= 1 }
        guard end < out.count else { return }
        // A space after an ASCII character (or at the start) is a character of its own; after other text it may
        // be part of the one before (a prepended mark), so trim Characters as String does.
        guard end > start, out[end - 1] >= 0x80 else {
            out.removeSubrange(end...)
            return
        }
        var line = String(decoding: out[start...], as: UTF8.self)
        while line.hasSuffix(" ") { line.removeLast() }
        out.removeSubrange(start...)
        out.append(contentsOf: line.utf8)
    }

    /// The cell's width in characters as shown - on one line, control characters escaped, cut to `maxWidth`
    /// with '…' - and, when `copy` is true, its text appended to `out` (which is otherwise only scratch space).
    static func shape(_ cell: Cell, maxWidth: Int, into out: inout [UInt8], copy: Bool) -> Int {
        switch cell {
        case .null: return 0
        case .text(let text): return shape(text, maxWidth: maxWidth, into: &out, copy: copy)
        case .int(let i):
            let start = out.count
            appendDecimal(i, into: &out)
            return clipASCII(&out, from: start, maxWidth: maxWidth, copy: copy)
        case .number(let d, let decimals):
            let start = out.count
            if !appendFixed(d, decimals, into: &out) { out.append(contentsOf: Cell.fixed(d, decimals).utf8) }
            return clipASCII(&out, from: start, maxWidth: maxWidth, copy: copy)
        }
    }

    /// Cuts the ASCII text appended to `out` since `start` to `maxWidth` as `TextTable.clip` does; returns its width.
    /// Without `copy` the text is removed again.
    static func clipASCII(_ out: inout [UInt8], from start: Int, maxWidth: Int, copy: Bool) -> Int {
        var width = out.count - start
        if width > maxWidth {
            let kept = max(1, maxWidth - 1)
            out.removeSubrange(min(out.count, start + kept)...)
            out.append(contentsOf: ellipsis)
            width = kept + 1
        }
        if !copy { out.removeSubrange(start...) }
        return width
    }

    /// `text` as shown in a cell (see `shape(_:maxWidth:into:copy:)`).
    static func shape(_ text: String, maxWidth: Int, into out: inout [UInt8], copy: Bool) -> Int {
        var text = text
        if let plain = text.withUTF8({ shapePlain($0, maxWidth: maxWidth, into: &out, copy: copy) }) { return plain }
        let shown = TextTable.clip(TextTable.oneLine(TerminalText.inert(text)), maxWidth)
        if copy { out.append(contentsOf: shown.utf8) }
        return shown.count
    }

    /// The shape of printable ASCII text with tabs and newlines (each byte one character, nothing to escape), or
    /// nil for other text. Only what can be shown is read: once the text runs past the width it is cut at, the
    /// characters kept are ASCII followed by ASCII, so whatever follows cannot change them.
    static func shapePlain(_ bytes: UnsafeBufferPointer<UInt8>, maxWidth: Int, into out: inout [UInt8], copy: Bool) -> Int? {
        let kept = max(1, maxWidth - 1)
        let stop = max(maxWidth, kept) + 1
        let start = out.count
        var produced = 0
        var pendingSpace = false
        var i = 0
        let n = bytes.count
        scan: while i < n {
            let b = bytes[i]
            if b == 0x09 || b == 0x0A {
                pendingSpace = produced > 0
                i += 1
                continue
            }
            guard b >= 0x20, b < 0x7F else {
                out.removeSubrange(start...)
                return nil
            }
            if pendingSpace {
                if copy { out.append(0x20) }
                produced += 1
                pendingSpace = false
                if produced == stop { break scan }
            }
            // A run of characters, read no further than the stop.
            let limit = min(n, i + (stop - produced))
            var j = i + 1
            while j < limit, bytes[j] >= 0x20, bytes[j] < 0x7F { j += 1 }
            if copy { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j])) }
            produced += j - i
            i = j
            if produced == stop { break scan }
        }
        guard produced > maxWidth else {
            if !copy { out.removeSubrange(start...) }
            return produced
        }
        if copy {
            out.removeSubrange((start + kept)...)
            out.append(contentsOf: ellipsis)
        }
        return kept + 1
    }

    /// Appends `String(value)`.
    static func appendDecimal(_ value: Int, into out: inout [UInt8]) {
        guard value != Int.min else { out.append(contentsOf: String(value).utf8); return }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var v = value.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                count += 1
            } while v > 0
            out.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Appends `Cell.fixed(d, decimals)` for a finite number of ordinary size (the same arithmetic, without its
    /// strings); false, appending nothing, for any other.
    static func appendFixed(_ d: Double, _ decimals: Int, into out: inout [UInt8]) -> Bool {
        guard d.isFinite, (0...15).contains(decimals) else { return false }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(d) * scale).rounded()
        guard scaled < 1e15 else { return false }
        let whole = Int(scaled / scale)
        var frac = Int(scaled - Double(whole) * scale)
        if frac < 0 { frac = 0 }
        if d < 0 && scaled != 0 { out.append(UInt8(ascii: "-")) }
        appendDecimal(whole, into: &out)
        guard decimals > 0 else { return true }
        out.append(UInt8(ascii: "."))
        let fracStart = out.count
        appendDecimal(frac, into: &out)
        let missing = decimals - (out.count - fracStart)
        if missing > 0 { out.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: missing), at: fracStart) }
        return true
    }

    static let ellipsis = Array("…".utf8)
}
