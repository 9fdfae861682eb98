import Assessment

/// Provision numbers in text, found by scanning UTF-8 bytes: `1.2`, `6.10`, `1,2` (a comma for the dot,
/// recorded as repaired), never `2.1.9`, `5.5%`, `25.06.2024`, `1.2/3` or the `3` of `v3.2`.
enum NumberScan {
    /// One provision-number token: its byte range in the text and the number.
    struct Token: Equatable {
        var start: Int
        var end: Int
        var id: ProvisionID
        /// True if a comma stood for the dot.
        var repaired: Bool
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Every provision-number token in `bytes`.
    static func tokens(_ bytes: [UInt8]) -> [Token] {
        var out: [Token] = []
        var i = 0
        while i < bytes.count {
            if isDigit(bytes[i]), let t = token(bytes, at: i) {
                out.append(t)
                i = t.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// The token starting exactly at byte `i`, if a provision number starts there.
    static func token(_ bytes: [UInt8], at i: Int) -> Token? {
        let n = bytes.count
        guard i < n, isDigit(bytes[i]) else { return nil }
        if i > 0 {
            // Not inside a longer number, a word, a fraction or an amount (£ is C2 A3, € ends in AC).
            let p = bytes[i - 1]
            if isDigit(p) || p == UInt8(ascii: ".") || p == UInt8(ascii: ",") || isLetter(p) || p == UInt8(ascii: "/") || p == UInt8(ascii: "$") || p == 0xA3 || p == 0xAC { return nil }
        }
        var j = i
        while j < n, isDigit(bytes[j]), j - i < 3 { j += 1 }
        let sectionDigits = j - i
        guard (1...2).contains(sectionDigits), j < n, bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: ",") else { return nil }
        let repaired = bytes[j] == UInt8(ascii: ",")
        let dot = j
        j += 1
        let itemStart = j
        while j < n, isDigit(bytes[j]), j - itemStart < 3 { j += 1 }
        let itemDigits = j - itemStart
        guard (1...2).contains(itemDigits) else { return nil }
        if j < n {
            let f = bytes[j]
            if isDigit(f) || f == UInt8(ascii: "%") || f == UInt8(ascii: "/") { return nil }
            if (f == UInt8(ascii: ".") || f == UInt8(ascii: ",") || f == UInt8(ascii: "-")) && j + 1 < n && isDigit(bytes[j + 1]) { return nil }
        }
        // A comma between digits is a decimal or a list ('1,200', '2,3') unless nothing else follows.
        if repaired, j < n, bytes[j] != 0x20 && bytes[j] != 0x09 { return nil }
        var s = 0, it = 0
        for k in i..<dot { s = s * 10 + Int(bytes[k] - 0x30) }
        for k in itemStart..<j { it = it * 10 + Int(bytes[k] - 0x30) }
        return Token(start: i, end: j, id: ProvisionID(section: s, item: it), repaired: repaired)
    }
}
