/// A text as the scalars its `Character`s are, when each `Character` is one scalar (`Unicode.Scalar.standsAlone`)
/// or the pair CR LF, which stands as one line feed: the tokenizer's fast path, exactly the `Character` reading
/// without grapheme breaking. `nil` for a text with a combining mark, joiner or any other scalar that may join a
/// neighbour: that text is read by `Character`s.
struct ScalarUnits {
    /// Each `Character`'s scalar value (0x0A for CR LF).
    let values: [UInt32]
    /// Where each `Character` starts, as a UTF-8 offset; one more entry, the text's length.
    let offsets: [Int]

    init?(_ text: String) {
        var values: [UInt32] = [], offsets: [Int] = []
        let count = text.utf8.count
        values.reserveCapacity(count)
        offsets.reserveCapacity(count + 1)
        var offset = 0
        var lastWasCR = false
        for u in text.unicodeScalars {
            let v = u.value
            if lastWasCR, v == 0x0A {
                values[values.count - 1] = 0x0A
            } else {
                if v >= 0x80, !u.standsAlone { return nil }
                values.append(v)
                offsets.append(offset)
            }
            lastWasCR = v == 0x0D
            offset += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        offsets.append(offset)
        self.values = values
        self.offsets = offsets
    }

    // The `Character` properties the tokenizer and the quote finder ask, for one of these scalars.

    static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { let l = v | 0x20; return l >= 0x61 && l <= 0x7A }
        return Unicode.Scalar(v).map { Character($0).isLetter } ?? false
    }

    static func isLetterOrNumber(_ v: UInt32) -> Bool {
        if v < 0x80 { let l = v | 0x20; return (l >= 0x61 && l <= 0x7A) || (v >= 0x30 && v <= 0x39) }
        return Unicode.Scalar(v).map { Character($0).isLetter || Character($0).isNumber } ?? false
    }

    static func isASCIIDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    static func isWhitespace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return Unicode.Scalar(v)?.properties.isWhitespace ?? false
    }

    static func isNewline(_ v: UInt32) -> Bool {
        (v >= 0x0A && v <= 0x0D) || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// The String index of UTF-8 offset `offset` in `text` (a scalar boundary).
    static func index(_ offset: Int, in text: String) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }
}
