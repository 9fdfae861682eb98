/// The shape of one physical text line, read once from its bytes: what kind of region it can belong to.
enum LineShape: Equatable {
    case blank
    /// Cells separated by tabs.
    case tabbed
    /// Cells separated by pipes (`| a | b |`, or `a | b | c`).
    case piped
    /// A markdown rule under a pipe header (`|---|:---:|`).
    case pipeRule
    /// A grid-table border (`+----+====+`).
    case gridBorder
    /// Anything else: one run of text.
    case plain

    /// The shape of `text`, from a single pass over its UTF-8 bytes.
    static func of(_ text: String) -> LineShape {
        var tabs = 0, pipes = 0, dashes = 0, pluses = 0, equals = 0, colons = 0, other = 0, visible = 0
        var first: UInt8 = 0, last: UInt8 = 0
        for b in text.utf8 {
            switch b {
            case 0x09: tabs += 1; continue
            case 0x20, 0x0D, 0x0C, 0x0B: continue
            case UInt8(ascii: "|"): pipes += 1
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: "+"): pluses += 1
            case UInt8(ascii: "="): equals += 1
            case UInt8(ascii: ":"): colons += 1
            default: other += 1
            }
            if visible == 0 { first = b }
            last = b
            visible += 1
        }
        if visible == 0 { return tabs > 0 ? .tabbed : .blank }
        if tabs > 0 { return .tabbed }
        if other == 0 {
            if pluses >= 2, first == UInt8(ascii: "+"), last == UInt8(ascii: "+"), dashes + equals >= 3 { return .gridBorder }
            if pipes >= 1, dashes >= 3, pluses == 0 { return .pipeRule }
        }
        if pipes >= 2 || (pipes >= 1 && (first == UInt8(ascii: "|") || last == UInt8(ascii: "|"))) { return .piped }
        return .plain
    }
}
