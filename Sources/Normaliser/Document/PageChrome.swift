import Assessment
import Foundation

/// Recognises the furniture of a web page saved as text or HTML: skip links, cookie and search text,
/// menus, breadcrumbs, social links. Such lines never name a landlord or title a document.
///
/// The signals are those of web pages in general: words only site furniture uses, a trail of pages
/// joined by `>` or `/`, and a row of four or more short items (a menu bar).
///
/// ```swift
/// PageChrome.isNavigation("Skip to main content")                    // true
/// PageChrome.isNavigation("Home > Housing > Complaints")             // true
/// PageChrome.isNavigation("Home  Housing  Council tax  Bins  Contact") // true
/// PageChrome.isNavigation("Acme Homes self-assessment 2024")         // false
/// ```
enum PageChrome {
    /// Words that only site furniture uses.
    static let words: Set<String> = ["cookie", "cookies", "javascript", "menu", "breadcrumb", "breadcrumbs", "facebook",
                                     "twitter", "linkedin", "instagram", "youtube", "tiktok", "whatsapp", "login", "logout",
                                     "newsletter", "sitemap", "signup"]
    /// Phrases that only site furniture uses (matched on folded text).
    static let phrases = ["skip to", "jump to", "go to content", "sign in", "sign up", "log in", "log out", "my account",
                          "you are here", "back to top", "print this page", "share this", "share on", "follow us",
                          "accept all", "reject all", "search this site", "search the site", "search our site",
                          "site search", "main navigation", "toggle navigation", "open menu", "close menu"]
    /// Lines that are a single furniture item.
    static let items: Set<String> = ["home", "search", "close", "open", "top", "print", "share", "next", "previous", "back"]

    /// True if `line` is page furniture rather than the document's own text.
    static func isNavigation(_ line: String) -> Bool {
        let folded = Text.fold(line)
        guard !folded.isEmpty else { return false }
        let tokens = folded.split(whereSeparator: { !$0.isLetter })
        if tokens.contains(where: { words.contains(String($0)) }) { return true }
        if phrases.contains(where: { folded.contains($0) }) { return true }
        if tokens.count <= 4, let first = tokens.first, first == "search" || (tokens.count == 1 && items.contains(String(first))) {
            return true
        }
        return isTrail(folded) || isMenuBar(line)
    }

    /// A breadcrumb trail: pages joined by spaced `>`, `›`, `»` or `/` (twice, or once after 'Home').
    static func isTrail(_ folded: String) -> Bool {
        var count = 0
        var firstSegment = ""
        for separator in [" > ", " › ", " » ", " / ", " \\ "] {
            let parts = folded.components(separatedBy: separator)
            if parts.count > 1 {
                count += parts.count - 1
                if firstSegment.isEmpty { firstSegment = parts[0].trimmingWhitespace() }
            }
        }
        return count >= 2 || (count == 1 && firstSegment == "home")
    }

    /// A menu bar: four or more short items (at most four words, no sentence) separated by tabs, runs of
    /// spaces, bars or bullets.
    static func isMenuBar(_ line: String) -> Bool {
        var items: [String] = []
        var current = ""
        var spaces = 0
        func end() {
            let item = current.trimmingWhitespace()
            if !item.isEmpty { items.append(item) }
            current = ""
        }
        for ch in line {
            if ch == " " || ch == "\u{00A0}" {
                spaces += 1
                if spaces == 2 { end() }
                if spaces == 1 { current.append(" ") }
                continue
            }
            spaces = 0
            if ch == "\t" || ch == "|" || ch == "•" || ch == "·" { end() } else { current.append(ch) }
        }
        end()
        guard items.count >= 4 else { return false }
        return items.allSatisfy { Text.wordCount($0) <= 4 && !$0.hasSuffix(".") }
    }
}
