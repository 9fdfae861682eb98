import Assessment

/// A provision number at the start of a line or cell, with what follows it:
/// `1.2`, `1.2.`, `(1.2)`, `Code provision 1.2:`, `Provision 1.2 – A complaint…`, `1.2 A complaint…`,
/// `1.2A complaint` (glued), `**1.2**`, `- 1.2 …`, `1.6 if further…` (text continuing a sentence).
struct LineStart: Equatable {
    enum Rest: Equatable {
        /// Nothing after the number (or only punctuation): the number stands alone.
        case none
        /// Text starting with a capital letter, a quote or a tag: a requirement opening.
        case capital
        /// Text starting with a lowercase letter: a sentence continuing, or a reference ('3.2 of our policy').
        case lowercase
        /// Anything else (a digit, a symbol).
        case other
    }

    var id: ProvisionID
    var repaired: Bool
    /// True if a label ('Code provision', 'Provision', 'Section', 'Ref', 'Clause') came before the number.
    var labelled: Bool
    /// True if text follows the number with no space ('1.2A complaint').
    var glued: Bool
    var rest: Rest
    /// Byte offset where the text after the number (and its punctuation) starts.
    var restOffset: Int
    /// Byte offset of the number itself.
    var numberOffset: Int

    /// The provision number opening `bytes` (from `from`), or nil.
    static func read(_ bytes: [UInt8], from: Int = 0) -> LineStart? {
        var i = skipDecoration(bytes, from)
        var labelled = false
        if let l = label(bytes, at: i) {
            labelled = true
            i = l
            // 'Code provision: 1.2', 'Provision – 1.2', 'Ref #1.2'
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x20 || b == 0x09 || b == UInt8(ascii: ":") || b == UInt8(ascii: "#") || b == UInt8(ascii: "-") { i += 1; continue }
                if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 { i += 3; continue }
                break
            }
        }
        guard let token = NumberScan.token(bytes, at: i) else { return nil }
        var j = token.end
        // Closing decoration and punctuation after the number: '1.2.', '1.2:', '(1.2)', '**1.2**', '1.2 –'.
        var spaced = false
        while j < bytes.count {
            let b = bytes[j]
            if b == 0x20 || b == 0x09 { spaced = true; j += 1; continue }
            if b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "*") || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") {
                spaced = true; j += 1; continue
            }
            // en and em dashes (E2 80 93 / E2 80 94)
            if b == 0xE2, j + 2 < bytes.count, bytes[j + 1] == 0x80, bytes[j + 2] == 0x93 || bytes[j + 2] == 0x94 { spaced = true; j += 3; continue }
            break
        }
        let rest = classify(bytes, j)
        return LineStart(id: token.id, repaired: token.repaired, labelled: labelled, glued: !spaced && j < bytes.count,
                         rest: rest, restOffset: j, numberOffset: token.start)
    }

    /// Skips leading spaces, markdown marks ('#', '**', '>'), bullets ('•', '-') and an opening bracket.
    static func skipDecoration(_ bytes: [UInt8], _ from: Int) -> Int {
        var i = from
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == UInt8(ascii: "#") || b == UInt8(ascii: "*") || b == UInt8(ascii: "_") || b == UInt8(ascii: ">") || b == UInt8(ascii: "(") || b == UInt8(ascii: "[") {
                i += 1; continue
            }
            if b == UInt8(ascii: "-"), i + 1 < bytes.count, bytes[i + 1] == 0x20 { i += 2; continue }
            // • (E2 80 A2)
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA2 { i += 3; continue }
            break
        }
        return i
    }

    /// The end of a label of one to three number-label words ('Code provision', 'Ref', 'Code reference', 'Provision no.')
    /// starting at `i`, or nil.
    private static func label(_ bytes: [UInt8], at i: Int) -> Int? {
        var j = i
        var end: Int?
        var words = 0
        while words < 3 {
            var k = j
            while k < bytes.count, NumberScan.isLetter(bytes[k]) { k += 1 }
            guard k > j, Vocabulary.numberLabelWords.contains(String(decoding: bytes[j..<k], as: UTF8.self).lowercased()) else { break }
            if k < bytes.count, bytes[k] == UInt8(ascii: ".") { k += 1 }
            end = k
            words += 1
            j = k
            while j < bytes.count, bytes[j] == 0x20 { j += 1 }
        }
        return end
    }

    /// True if `bytes` at `i` starts with `word`, ignoring ASCII case.
    static func starts(_ bytes: [UInt8], _ i: Int, _ word: String) -> Bool { starts(bytes, i, Array(word.utf8)) }

    static func starts(_ bytes: [UInt8], _ i: Int, _ word: [UInt8]) -> Bool {
        guard i + word.count <= bytes.count else { return false }
        for k in 0..<word.count {
            var b = bytes[i + k]
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if b != word[k] { return false }
        }
        return true
    }

    /// What kind of text starts at `j`, past tags and quotes.
    private static func classify(_ bytes: [UInt8], _ start: Int) -> Rest {
        var j = start
        while j < bytes.count {
            let b = bytes[j]
            if b == UInt8(ascii: "<"), let close = bytes[j...].firstIndex(of: UInt8(ascii: ">")), close - j < 80 { j = close + 1; continue }
            if b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") || b == 0x20 { j += 1; continue }
            // curly quotes (E2 80 98/99/9C/9D)
            if b == 0xE2, j + 2 < bytes.count, bytes[j + 1] == 0x80, (0x98...0x9D).contains(bytes[j + 2]) { return .capital }
            break
        }
        guard j < bytes.count else { return .none }
        let b = bytes[j]
        if b >= 0x41 && b <= 0x5A { return .capital }
        if b >= 0x61 && b <= 0x7A { return .lowercase }
        if b >= 0xC3 && b <= 0xC5 { return .capital }  // accented letters: treat as a word start
        return .other
    }
}
