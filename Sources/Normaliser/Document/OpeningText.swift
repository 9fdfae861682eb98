import Assessment

/// The opening of a document as landlord and period detection read it, computed once: the title
/// hints a structured format carries, the title line, the first lines of text without page furniture,
/// and the web addresses the document gives for itself.
///
/// ```swift
/// let opening = OpeningText(hints: ["Self-assessment | Acme Council"], title: nil,
///                           lines: ["Skip to main content", "https://www.acme.gov.uk/complaints", "Acme Council"])
/// opening.lines // ["https://www.acme.gov.uk/complaints", "Acme Council"]
/// opening.urls  // ["https://www.acme.gov.uk/complaints"]
/// ```
struct OpeningText {
    /// Title hints (HTML `<title>`, first heading, Word title) that are not page furniture.
    var hints: [String]
    /// The title line the reader recognised, if any and not page furniture.
    var title: String?
    /// Non-blank lines before the first provision row, page furniture left out (at most `limit`; the caller
    /// bounds how many lines are read).
    var lines: [String]
    /// Addresses standing alone in a hint or an opening line (not cited inside a sentence), in order.
    var urls: [String]

    /// Reads the opening from the hints, the title and the document's first non-blank lines.
    init(hints: [String], title: String?, lines raw: [String], limit: Int = 20) {
        self.hints = hints.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty && !PageChrome.isNavigation($0) }
        self.title = title.flatMap { PageChrome.isNavigation($0) ? nil : $0.trimmingWhitespace() }
        var kept: [String] = []
        var urls: [String] = []
        for hint in hints { urls += Self.standaloneURLs(hint) }
        for line in raw {
            let text = line.trimmingWhitespace()
            if text.isEmpty { continue }
            if Self.startsWithProvisionNumber(text) || kept.count >= limit { break }
            urls += Self.standaloneURLs(text)
            if !PageChrome.isNavigation(text) { kept.append(text) }
        }
        self.lines = kept
        var seen = Set<String>()
        self.urls = urls.filter { seen.insert($0.lowercased()).inserted }
    }

    /// Texts for period detection, in order of preference: hints, title, the first five lines.
    var periodTexts: [String] { hints + [title].compactMap { $0 } + lines.prefix(5) }

    /// True if the line opens with a number such as `1.2` (a row of the table: the opening is over).
    static func startsWithProvisionNumber(_ line: String) -> Bool {
        var bytes = line.utf8.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "|") }
        let digits = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        bytes = bytes.dropFirst(digits.count)
        guard bytes.first == UInt8(ascii: "."), let next = bytes.dropFirst().first else { return false }
        return next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9")
    }

    /// Web addresses in `line` when the line is the address (with at most four other words, as a printed
    /// page's header or footer or a 'Website:' label has), not a sentence citing one.
    static func standaloneURLs(_ line: String) -> [String] {
        let folded = line.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        guard folded.containsBytes(Array("http".utf8)) || folded.containsBytes(Array("www.".utf8)) else { return [] }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        var urls: [String] = []
        var others = 0
        var sentence = false
        for word in words {
            let lower = word.lowercased()
            if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") {
                var url = String(word)
                while let last = url.last, ".,;:)]>\"'".contains(last) { url.removeLast() }
                if url.contains(".") { urls.append(url) }
            } else {
                others += 1
                sentence = sentence || word.hasSuffix(".")
            }
        }
        guard !urls.isEmpty, others <= 4, !sentence else { return [] }
        return urls
    }
}
