import Assessment

/// Reads a provision number from a cell, as text.
///
/// ```swift
/// ProvisionNumber.read("6.10")   // (6.10, repaired: false)
/// ProvisionNumber.read("6,10")   // (6.10, repaired: true)
/// ProvisionNumber.read("2.1.9")  // nil
/// ProvisionNumber.read("5.5%")   // nil
/// ```
enum ProvisionNumber {
    struct Reading: Equatable {
        let id: ProvisionID
        /// True if the printed form had to be corrected (comma, letter O for zero, spaces).
        let repaired: Bool
        let raw: String
    }

    static let labelPattern = Pattern(#"^(?:code\s+)?(?:provision|section|ref\.?|clause|no\.?|#)\s*"#)

    private static let labelInitials: Set<UInt8> = Set("cpsrn".utf8)

    /// The number in a cell that holds only a number (optionally with a label or trailing punctuation).
    static func read(_ cell: String) -> Reading? {
        var s = Text.strippingMarkup(cell.trimmingWhitespace())
        guard !s.isEmpty, s.hasAtMost(24) else { return nil }
        // The label pattern needs one of its first letters (or '#') first; a line opening with another ASCII byte skips it.
        if let b = s.utf8.first, b >= 0x80 || b == 0x23 || labelInitials.contains(b | 0x20), let g = labelPattern.groups(s) {
            s = String(s.dropFirst(g[0].count))
        }
        while let l = s.last, ".:)]".contains(l) { s.removeLast() }
        while let f = s.first, "([".contains(f) { s.removeFirst() }
        s = s.trimmingWhitespace()
        if let id = ProvisionID(s) { return Reading(id: id, repaired: false, raw: cell) }
        // Repairs: comma for dot, letter O for zero, l/I for one, spaces around the dot.
        var t = ""
        for ch in s {
            switch ch {
            case ",": t.append(".")
            case "O", "o": t.append("0")
            case "l", "I": t.append("1")
            case " ": continue
            default: t.append(ch)
            }
        }
        guard t != s, t.contains("."), t.first?.isASCIIDigit == true, let id = ProvisionID(t) else { return nil }
        return Reading(id: id, repaired: true, raw: cell)
    }

    static let leadingPattern = Pattern(#"^\s*(?:code\s+)?(?:provision\s+)?(\d{1,2}\.\d{1,2})(?:\.|:|\)|\s)\s*(\S.*)$"#)

    /// A number glued to the start of text ('1.2 A complaint must be…'): the number and the rest.
    static func leading(_ cell: String) -> (Reading, String)? {
        guard let g = leadingPattern.groups(cell), let id = ProvisionID(g[1]) else { return nil }
        let rest = g[2]
        // '2.1.9', '5.5%', '25-06-2024' are not provision numbers.
        if let f = rest.first, f.isNumber || f == "%" || f == "-" { return nil }
        return (Reading(id: id, repaired: false, raw: g[1]), rest)
    }
}
