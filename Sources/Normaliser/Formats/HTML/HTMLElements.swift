/// How the HTML reader treats each element: which start blocks of their own, which only separate
/// blocks, which are page chrome or hidden (left out, with the reason), and which are inline.
///
/// ```swift
/// HTMLElements.role(of: "li") // .container(.listItem)
/// HTMLElements.role(of: "span") // .inline
/// ```
enum HTMLElements {
    enum Role: Equatable {
        /// Holds one block of this kind (`p`, `h1`-`h6`, `li`, `dt`, `dd`, `caption`, …).
        case container(Block.Kind)
        /// Groups blocks: its start and end separate the text around it (`div`, `section`, `ul`, …).
        case group
        case table
        case lineBreak
        /// A form control whose state is text (`input`, `select`, `textarea`).
        case control
        case preformatted
        case inline
    }

    private static let headings: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]
    private static let paragraphs: Set<String> = ["p", "dt", "dd", "caption", "figcaption", "summary", "legend", "address", "blockquote", "center"]
    private static let groups: Set<String> = [
        "html", "body", "div", "section", "article", "main", "ul", "ol", "dl", "menu", "dir", "form", "fieldset", "figure",
        "details", "hgroup", "hr", "nav", "header", "footer", "aside", "dialog", "search", "frameset", "noframes",
        "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
    ]

    static func role(of name: String) -> Role {
        if let level = headings[name] { return .container(.heading(level: level)) }
        if name == "li" { return .container(.listItem) }
        if paragraphs.contains(name) { return .container(.paragraph) }
        switch name {
        case "table": return .table
        case "br": return .lineBreak
        case "input", "select", "textarea": return .control
        case "pre", "listing", "xmp", "plaintext": return .preformatted
        default: return groups.contains(name) ? .group : .inline
        }
    }

    /// Elements whose content is never page text.
    private static let neverText: [String: String] = [
        "script": "script", "style": "style", "noscript": "noscript", "template": "template",
        "button": "button", "svg": "graphic", "math": "formula", "video": "media", "audio": "media",
        "object": "embedded object", "iframe": "embedded frame",
    ]

    /// Elements whose content is never page text (`script`, `style`, `template`, `button`, …).
    static func isNeverText(_ name: String) -> Bool { neverText[name] != nil }
    /// Page chrome by element name (`header`/`footer` only outside an article, section or main).
    private static let chrome: [String: String] = ["nav": "navigation", "aside": "aside", "form": "form", "search": "search"]
    private static let chromeRoles: [String: String] = [
        "navigation": "navigation", "search": "search", "complementary": "aside", "banner": "page header", "contentinfo": "page footer",
    ]

    /// Why element `e` is left out of the blocks, or nil to read it. `inSection`: inside `article`,
    /// `section` or `main`, where `header`/`footer` belong to the content.
    ///
    /// Page chrome (navigation, banners, page headers and footers, asides, forms, cookie notices)
    /// and hidden elements (`hidden`, `aria-hidden="true"`, `display:none`, `visibility:hidden`) are
    /// left out unless they hold a `<table>`, `<main>` or `<h1>`: a table of answers is never
    /// chrome, a page wrapped whole in one `<form>` (ASP.NET) is content, and a panel hidden until
    /// a script opens it (an accordion) still holds the page's content.
    static func dropReason(_ e: XMLNode, name: String, inSection: Bool) -> String? {
        if let reason = neverText[name] { return reason }
        if name == "input", e.attribute("type")?.lowercased() == "hidden" { return "hidden" }
        guard let reason = chromeReason(e, name: name, inSection: inSection) else { return nil }
        return holdsContent(e) ? nil : reason
    }

    private static func chromeReason(_ e: XMLNode, name: String, inSection: Bool) -> String? {
        if let reason = chrome[name] { return reason }
        if !inSection, name == "header" { return "page header" }
        if !inSection, name == "footer" { return "page footer" }
        if let role = e.attribute("role")?.lowercased(), let reason = chromeRoles[role] {
            return (role == "banner" || role == "contentinfo") && inSection ? nil : reason
        }
        if isHidden(e) { return "hidden" }
        if name != "body", name != "html", name != "main", mentionsCookies(e) { return "cookie notice" }
        return nil
    }

    static func isHidden(_ e: XMLNode) -> Bool {
        if let hidden = e.attribute("hidden"), hidden.lowercased() != "until-found" { return true }
        if e.attribute("aria-hidden")?.lowercased() == "true" { return true }
        guard let style = e.attribute("style") else { return false }
        let compact = String(decoding: style.utf8.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
            .map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// An `id` or `class` naming cookies or consent (`cookie-banner`, `govuk-cookie-banner`, `consent-notice`).
    private static func mentionsCookies(_ e: XMLNode) -> Bool {
        for attribute in ["id", "class"] {
            guard let value = e.attribute(attribute)?.lowercased() else { continue }
            if value.contains("cookie") || value.contains("consent") { return true }
        }
        return false
    }

    /// True when `e` has a `<table>`, `<main>` or `<h1>` among its descendants (searched without recursion).
    static func holdsContent(_ e: XMLNode) -> Bool {
        var stack = [e]
        while let node = stack.popLast() {
            for child in node.children where child.isElement {
                let name = child.name
                if name == "table" || name == "main" || name == "h1" { return true }
                stack.append(child)
            }
        }
        return false
    }
}
