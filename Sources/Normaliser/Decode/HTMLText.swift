import Assessment

/// Turns a table cell that may hold HTML fragments into plain text.
///
/// `<p>`, `<br>`, `<li>` and `•` bullets start new lines (list items stay separate lines); inline tags
/// (`<i>`, `<u>`, `<b>`, `<span …>`) are dropped; entities are decoded; runs of spaces collapse.
///
/// ```swift
/// HTMLText.plain("<p>Yes</p><ul><li>Policy</li><li>Leaflet</li></ul>") // "Yes\n• Policy\n• Leaflet"
/// ```
public enum HTMLText {
    private static let blockTags: Set<String> = ["p", "br", "div", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6"]

    /// Plain text of `html`, with list items and paragraphs on their own lines.
    public static func plain(_ html: String) -> String {
        // Most cells hold no tag, entity or bullet (all of which need '<', '&' or a byte 0xE2 / 0xEF): tidy only.
        if !html.utf8.contains(where: { $0 == 0x3C || $0 == 0x26 || $0 == 0xE2 || $0 == 0xEF }) {
            return tidyLines(html)
        }
        var out = ""
        var i = html.startIndex
        while i < html.endIndex {
            let c = html[i]
            if c == "<", let close = html[i...].firstIndex(of: ">"), let name = tagName(html[html.index(after: i)..<close]) {
                if name == "li" {
                    out += "\n• "
                } else if blockTags.contains(name) {
                    out += "\n"
                }
                i = html.index(after: close)
                continue
            }
            if c == "&", let semi = html[i...].prefix(10).firstIndex(of: ";"), let decoded = entity(html[html.index(after: i)..<semi]) {
                out += decoded
                i = html.index(after: semi)
                continue
            }
            if c == "•" || c == "\u{F0B7}" || c == "\u{25AA}" || c == "\u{25CF}" {
                out += "\n• "
                i = html.index(after: i)
                continue
            }
            out.append(c)
            i = html.index(after: i)
        }
        return tidyLines(out)
    }

    /// Collapses whitespace inside lines, drops empty lines and bullets with nothing after them.
    static func tidyLines(_ text: String) -> String {
        tidyLinesByScalar(text) ?? tidyLinesByCharacter(text)
    }

    /// `tidyLines` by `Character`s (any text; `tidyLinesByScalar` is its fast path).
    static func tidyLinesByCharacter(_ text: String) -> String {
        var lines: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let collapsed = raw.split(whereSeparator: { $0.isWhitespaceFast }).joined(separator: " ")
            if collapsed.isEmpty || collapsed == "•" { continue }
            lines.append(collapsed)
        }
        return lines.joined(separator: "\n")
    }

    /// `tidyLines` read scalar by scalar, when every `Character` of `text` is one scalar (`standsAlone`; no CR, so
    /// no CR LF pair either); else nil.
    static func tidyLinesByScalar(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var line: [UInt8] = []
        var pendingSpace = false
        func endLine() {
            if !line.isEmpty, line != [0xE2, 0x80, 0xA2] {
                if !out.isEmpty { out.append(0x0A) }
                out += line
            }
            line.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        for u in text.unicodeScalars {
            let v = u.value
            if v == 0x0A { endLine(); continue }
            if v < 0x80 {
                if v == 0x0D { return nil }
                if v == 0x20 || (v >= 0x09 && v <= 0x0C) {
                    if !line.isEmpty { pendingSpace = true }
                    continue
                }
                if pendingSpace { line.append(0x20); pendingSpace = false }
                line.append(UInt8(v))
                continue
            }
            guard u.standsAlone else { return nil }
            if u.properties.isWhitespace {
                if !line.isEmpty { pendingSpace = true }
                continue
            }
            if pendingSpace { line.append(0x20); pendingSpace = false }
            line += String(u).utf8
        }
        endLine()
        return String(decoding: out, as: UTF8.self)
    }

    /// The lowercase tag name of `<name …>` / `</name>`, or nil if this is not a tag.
    static func tagName(_ inner: Substring) -> String? {
        var s = inner
        if s.first == "/" { s = s.dropFirst() }
        let name = s.prefix(while: { $0.isLetter || $0.isNumber })
        guard !name.isEmpty, name.first?.isLetter == true, name.count <= 10 else { return nil }
        let rest = s.dropFirst(name.count)
        guard rest.isEmpty || rest.first == " " || rest.first == "/" || rest.first == "\t" else { return nil }
        return name.lowercased()
    }

    static func entity(_ name: Substring) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        case "ndash": return "–"
        case "mdash": return "—"
        case "lsquo": return "‘"
        case "rsquo": return "’"
        case "ldquo": return "“"
        case "rdquo": return "”"
        case "bull": return "•"
        case "hellip": return "…"
        case "pound": return "£"
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) {
                return String(Character(u))
            }
            if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let u = Unicode.Scalar(v) {
                return String(Character(u))
            }
            return nil
        }
    }
}
