/// Recognises the furniture of a web page saved as text or HTML: skip links, cookie and search text,
/// menus, breadcrumbs, social links. Such lines never name a landlord or title a document.
///
/// The signals are those of web pages in general: words only site furniture uses, a trail of pages
/// joined by `>` or `/`, and a row of four or more short items (a menu bar). Works on the first 400 UTF-8
/// bytes of the line (ASCII case folded), once per opening line.
///
/// ```swift
/// PageChrome.isNavigation("Skip to main content")                    // true
/// PageChrome.isNavigation("Home > Housing > Complaints")             // true
/// PageChrome.isNavigation("Home  Housing  Council tax  Bins  Contact") // true
/// PageChrome.isNavigation("Acme Homes self-assessment 2024")         // false
/// ```
enum PageChrome {
    /// Words that only site furniture uses.
    static let words: Set<[UInt8]> = Set(["cookie", "cookies", "javascript", "menu", "breadcrumb", "breadcrumbs", "facebook",
                                          "twitter", "linkedin", "instagram", "youtube", "tiktok", "whatsapp", "login", "logout",
                                          "newsletter", "sitemap", "signup"].map { Array($0.utf8) })
    /// Phrases that only site furniture uses, as words, by their first word.
    static let phrases: [[UInt8]: [[[UInt8]]]] = Dictionary(grouping: [
        "skip to", "jump to", "go to content", "sign in", "sign up", "log in", "log out", "my account", "you are here",
        "back to top", "print this page", "share this", "share on", "follow us", "accept all", "reject all",
        "search this site", "search the site", "search our site", "site search", "main navigation", "toggle navigation",
        "open menu", "close menu",
    ].map { $0.split(separator: " ").map { Array($0.utf8) } }) { $0[0] }
    /// Lines that are a single furniture item.
    static let items: Set<[UInt8]> = Set(["home", "search", "close", "open", "top", "print", "share", "next", "previous",
                                          "back"].map { Array($0.utf8) })
    /// Separators of a breadcrumb trail: ` > `, ` › `, ` » `, ` / `, ` \ `.
    static let trailSeparators: [[UInt8]] = [" > ", " \u{203A} ", " \u{00BB} ", " / ", " \\ "].map { Array($0.utf8) }

    /// True if `line` is page furniture rather than the document's own text.
    static func isNavigation(_ line: String) -> Bool {
        // Furniture is short, or says what it is early (a cookie notice): the first 400 bytes decide.
        let bytes = Array(line.utf8.prefix(400))
        let folded = bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let tokens = letterWords(folded)
        guard !tokens.isEmpty else { return false }
        if tokens.contains(where: words.contains) { return true }
        if hasPhrase(tokens) { return true }
        if tokens.count <= 4, tokens[0] == Array("search".utf8) || (tokens.count == 1 && items.contains(tokens[0])) { return true }
        return isTrail(folded, first: tokens[0]) || isMenuBar(bytes)
    }

    /// True if the words hold one of `phrases`.
    static func hasPhrase(_ tokens: [[UInt8]]) -> Bool {
        for i in tokens.indices {
            guard let candidates = phrases[tokens[i]] else { continue }
            for phrase in candidates where i + phrase.count <= tokens.count {
                if (1..<phrase.count).allSatisfy({ tokens[i + $0] == phrase[$0] }) { return true }
            }
        }
        return false
    }

    /// Runs of ASCII letters.
    static func letterWords(_ bytes: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var current: [UInt8] = []
        for b in bytes {
            if b >= 97 && b <= 122 { current.append(b) } else if !current.isEmpty { out.append(current); current = [] }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// A breadcrumb trail: pages joined by spaced `>`, `›`, `»` or `/` (twice, or once after 'Home').
    static func isTrail(_ folded: [UInt8], first: [UInt8]) -> Bool {
        let count = trailSeparators.reduce(0) { $0 + folded.occurrences(of: $1) }
        return count >= 2 || (count == 1 && first == Array("home".utf8) && folded.starts(with: Array("home ".utf8)))
    }

    /// A menu bar: four or more short items (at most four words, none ending a sentence) separated by tabs,
    /// runs of spaces, bars or bullets.
    static func isMenuBar(_ bytes: [UInt8]) -> Bool {
        var items = 0
        var words = 0, inWord = false, spaces = 0, last: UInt8 = 0
        var short = true
        func endItem() {
            if words > 0 {
                items += 1
                short = short && words <= 4 && last != UInt8(ascii: ".")
            }
            words = 0
            inWord = false
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let width = separatorWidth(bytes, i)
            if width > 0 {
                endItem()
                spaces = 0
                i += width
                continue
            }
            let noBreakSpace = b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0
            if b == UInt8(ascii: " ") || noBreakSpace {
                if noBreakSpace { i += 1 }
                spaces += 1
                if spaces == 2 { endItem() }
                inWord = false
            } else {
                spaces = 0
                if !inWord { words += 1 }
                inWord = true
                last = b
            }
            i += 1
        }
        endItem()
        return items >= 4 && short
    }

    /// Bytes taken by a menu separator at `i` (tab, bar, bullet `•`, middle dot `·`), or 0.
    static func separatorWidth(_ bytes: [UInt8], _ i: Int) -> Int {
        let b = bytes[i]
        if b == 0x09 || b == UInt8(ascii: "|") { return 1 }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xB7 { return 2 }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA2 { return 3 }
        return 0
    }
}

extension Array where Element == UInt8 {
    /// True if `pattern` occurs in the bytes.
    func containsBytes(_ pattern: [UInt8]) -> Bool { firstOffset(of: pattern, from: 0) != nil }

    /// Non-overlapping occurrences of `pattern`.
    func occurrences(of pattern: [UInt8]) -> Int {
        var n = 0, from = 0
        while let at = firstOffset(of: pattern, from: from) {
            n += 1
            from = at + pattern.count
        }
        return n
    }

    /// Offset of the first occurrence of `pattern` at or after `from`.
    func firstOffset(of pattern: [UInt8], from: Int) -> Int? {
        guard let head = pattern.first, count >= pattern.count else { return nil }
        var i = from
        while i + pattern.count <= count {
            if self[i] == head {
                var j = 1
                while j < pattern.count, self[i + j] == pattern[j] { j += 1 }
                if j == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }
}
