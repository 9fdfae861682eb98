/// Mends words a cell's line breaking cut in two at their own hyphen (`self-` / `assessment`), so that
/// joining the lines with spaces gives the text: the rest of the word moves up onto the line where it
/// started. A word too long for its column that the word processor cut where the line ran out
/// (`currentl` / `y`) is left as it is: its geometry is that of a long word alone on a full line.
enum PDFBrokenWords {
    static func mend(_ lines: [TextLine]) -> [TextLine] {
        var out = lines
        var i = 0
        while i + 1 < out.count {
            let a = out[i].text.unicodeScalars, b = out[i + 1].text.unicodeScalars
            guard a.count >= 2, a.last == "-", let next = b.first, next.properties.isLowercase,
                  a[a.index(a.endIndex, offsetBy: -2)].properties.isAlphabetic else {
                i += 1
                continue
            }
            let rest = out[i + 1].text
            let word = rest.prefix { $0 != " " }
            out[i].text += word
            let remainder = rest.dropFirst(word.count).drop { $0 == " " }
            if remainder.isEmpty {
                out.remove(at: i + 1)  // the next line was that one word: this line may end in another cut word
            } else {
                out[i + 1].text = String(remainder)
                i += 1
            }
        }
        return out
    }
}
