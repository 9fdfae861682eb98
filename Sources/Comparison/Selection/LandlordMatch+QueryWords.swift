import Assessment

extension LandlordMatch {
    /// The words of a query (`LandlordName.words`), and a quick test of whether a name has the same words:
    /// matching one argument compares it with every landlord's name and aliases, tens of thousands of them in a
    /// sector, and most differ from the first letter.
    ///
    /// ```swift
    /// let q = LandlordMatch.QueryWords("Acme Homes")
    /// q.spelled(by: "ACME HOMES") // true
    /// q.spelled(by: "Acme Home")  // false
    /// ```
    struct QueryWords {
        /// `LandlordName.words` of the query.
        let words: [String]
        /// The words run together: what any text with the same words spells, letter by letter, whatever its
        /// punctuation and case (`co operative` and `cooperative` included).
        private let letters: [UInt8]

        init(_ query: String) { self.init(words: LandlordName.words(query)) }

        init(words: [String]) {
            self.words = words
            letters = Array(words.joined().utf8)
        }

        /// True when `LandlordName.words(text) == words`. An ASCII text whose letters and digits differ from the
        /// query's is told apart byte by byte, without splitting it into words.
        func spelled(by text: String) -> Bool {
            var text = text
            let differs = text.withUTF8 { bytes -> Bool in
                var k = 0
                func next(_ b: UInt8) -> Bool {
                    guard k < letters.count, letters[k] == b else { return false }
                    k += 1
                    return true
                }
                for b in bytes {
                    switch b {
                    case 0x80...: return false  // beyond ASCII: only LandlordName.words knows
                    case UInt8(ascii: "'"), UInt8(ascii: "`"): continue
                    case UInt8(ascii: "&"):
                        guard next(UInt8(ascii: "a")), next(UInt8(ascii: "n")), next(UInt8(ascii: "d")) else { return true }
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        guard next(b + 0x20) else { return true }
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        guard next(b) else { return true }
                    default: continue
                    }
                }
                return k != letters.count
            }
            return !differs && LandlordName.words(text) == words
        }
    }
}
