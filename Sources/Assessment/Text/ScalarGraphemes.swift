extension Unicode.Scalar {
    /// True when this scalar is a whole `Character` whatever stands beside it: ASCII other than CR (which joins a
    /// following LF), or a scalar of a block with no combining mark, joiner, format character, Hangul jamo, regional
    /// indicator or prepended mark (Latin-1 and Latin Extended, Greek, basic Cyrillic, general punctuation without
    /// its format characters, currency, letterlike symbols to dingbats, private use, Latin ligatures, U+FFFD).
    ///
    /// In a text made only of such scalars (and CR LF pairs) every `Character` is one scalar, so the fast paths of
    /// the normaliser and the signal detectors can read scalars and still give exactly the `Character` answers.
    ///
    /// ```swift
    /// Unicode.Scalar(0x2019)!.standsAlone  // true: ’
    /// Unicode.Scalar(0x0301)!.standsAlone  // false: a combining acute accent joins the letter before it
    /// ```
    @inlinable public var standsAlone: Bool {
        let v = value
        if v < 0x80 { return v != 0x0D }
        switch v {
        case 0x80..<0x300, 0x370..<0x483, 0x2010..<0x2028, 0x2030..<0x205F, 0x20A0..<0x20D0, 0x2100..<0x2800,
             0xE000..<0xF900, 0xFB00..<0xFB07, 0xFFFD:
            return true
        default:
            return false
        }
    }
}

extension StringProtocol {
    /// `count <= n`, reading at most n + 1 `Character`s (and none when the UTF-8 length already settles it).
    ///
    /// ```swift
    /// "1.2".hasAtMost(24)  // true
    /// ```
    @inlinable public func hasAtMost(_ n: Int) -> Bool {
        if utf8.count <= n { return true }
        return dropFirst(n).isEmpty
    }
}
