/// Mends words a cell's line breaking cut in two at their own hyphen (`self-` / `assessment`,
/// `2024-` / `25`), and closing punctuation pushed onto the next line on its own (`representative` /
/// `'`), so that joining the lines with spaces gives the text: the rest of the word moves up onto the
/// line where it started. A word too long for its column that the word processor cut where the line ran out
/// (`currentl` / `y`) is left as it is: its geometry is that of a long word alone on a full line.
enum PDFBrokenWords {
    static func mend(_ lines: [TextLine]) -> [TextLine] {
        var out = lines
        var i = 0
        while i + 1 < out.count {
            let a = out[i].text.unicodeScalars
            let rest = out[i + 1].text
            let word = rest.prefix { $0 != " " }
            guard let next = word.unicodeScalars.first, a.count >= 2 else { i += 1; continue }
            let hyphen = a.last == "-" && (next.properties.isLowercase || ("0"..."9").contains(next))
                && a[a.index(a.endIndex, offsetBy: -2)].properties.isAlphabetic || a.last == "-" && ("0"..."9").contains(a[a.index(a.endIndex, offsetBy: -2)]) && ("0"..."9").contains(next)
            let closing = word.unicodeScalars.allSatisfy { Self.closing.contains($0) }
            guard hyphen || closing else {
                i += 1
                continue
            }
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

    /// Punctuation that closes what comes before it and never opens a line of its own.
    static let closing: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "'", "\"", "\u{2019}", "\u{201D}"]
}
