extension LandlordName {
    /// The words of a name, lowercased: `&` is `and`, apostrophes vanish ("King's" -> `kings`), any other
    /// punctuation separates words, and 'co-operative' / 'co-op' are one word.
    ///
    /// ```swift
    /// LandlordName.words("Barking & Dagenham (King's) Co-operative") // ["barking", "and", "dagenham", "kings", "cooperative"]
    /// ```
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func end() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for u in text.unicodeScalars {
            switch u {
            case "'", "\u{2019}", "\u{2018}", "`": continue
            case "&": end(); words.append("and")
            default:
                if u.isASCII {
                    // The same answers as the Unicode properties below, without their table lookups.
                    let v = UInt8(u.value)
                    if v >= 0x41, v <= 0x5A { current.append(Unicode.Scalar(v + 0x20)) }
                    else if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { current.append(u) }
                    else { end() }
                } else if u.properties.isAlphabetic || u.properties.numericType != nil {
                    current.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
                } else {
                    end()
                }
            }
        }
        end()
        return joiningCoOperative(words)
    }

    /// 'co operative' and 'co op' as one word.
    static func joiningCoOperative(_ words: [String]) -> [String] {
        guard words.contains("co") else { return words }
        var out: [String] = []
        for w in words {
            if out.last == "co", w == "operative" || w == "op" {
                out[out.count - 1] = w == "op" ? "coop" : "cooperative"
            } else {
                out.append(w)
            }
        }
        return out
    }

    /// A name tidied for display: whitespace collapsed, stray punctuation at either end removed, and a name
    /// written all in capitals put in title case (small joining words lowercased).
    ///
    /// ```swift
    /// LandlordName.display("  ACME BOROUGH COUNCIL: ") // "Acme Borough Council"
    /// LandlordName.display("London Borough of Acme")   // "London Borough of Acme"
    /// ```
    public static func display(_ text: String) -> String {
        let parts = text.split(whereSeparator: { $0.isWhitespace })
        var name = parts.joined(separator: " ")
        let trim: Set<Character> = [".", ",", ":", ";", "-", "|", "–", "—", "/", "(", ")", "[", "]", "\"", "*", "#", "•"]
        while let f = name.first, trim.contains(f) { name.removeFirst() }
        while let l = name.last, trim.contains(l), l != ")" || !name.contains("(") { name.removeLast() }
        name = name.trimmingWhitespace()
        let letters = name.filter(\.isLetter)
        guard !letters.isEmpty, letters.allSatisfy({ $0.isUppercase }) else { return name }
        return titleCased(name)
    }

    /// Each word capitalised, joining words ('of', 'and', 'upon') lowercased unless first
    /// ('STOCKTON-ON-TEES BOROUGH OF X' -> 'Stockton-on-Tees Borough of X').
    public static func titleCased(_ text: String) -> String {
        text.lowercased().split(separator: " ").enumerated().map { i, word in
            word.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { j, part in
                (i > 0 || j > 0) && LandlordVocabulary.connectors.contains(String(part))
                    ? String(part) : part.prefix(1).uppercased() + part.dropFirst()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }
}
