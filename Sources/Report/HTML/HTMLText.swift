import Mustache

/// The escaping every `{{value}}` of the report's templates goes through: the Mustache library calls it for each
/// escaped variable (the templates select it with `{{% CONTENT_TYPE: CHC_HTML}}`; a template without the pragma
/// falls back to the library's own HTML escaping, never to none).
///
/// Replaces `&`, `<`, `>`, `"` and `'` with character references, so a value is inert both as element text and
/// inside a quoted attribute, and turns C0 control characters other than tab, line feed and carriage return
/// (which HTML forbids) into U+FFFD. Works on UTF-8 bytes: the library's own escaper walks `Character`s.
///
/// ```swift
/// HTMLText.escape("<script>\"x\" & 'y'") // "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;"
/// ```
public struct HTMLText: MustacheContentType {
    /// The name the templates' `CONTENT_TYPE` pragma uses.
    public static let contentTypeName = "CHC_HTML"

    /// Registers the content type with the Mustache library (idempotent).
    static let registered: Bool = {
        MustacheContentTypes.register(HTMLText(), named: contentTypeName)
        return true
    }()

    /// Escapes `text` for HTML element content and quoted attribute values.
    ///
    /// ```swift
    /// HTMLText().escapeText("a < b") // "a &lt; b"
    /// ```
    ///
    /// - Parameter text: Untrusted text.
    /// - Returns: The escaped text.
    public func escapeText(_ text: String) -> String { Self.escape(text) }

    /// See ``escapeText(_:)``.
    ///
    /// ```swift
    /// HTMLText.escape("\"><img src=x onerror=alert(1)>") // "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
    /// ```
    ///
    /// - Parameter text: Untrusted text.
    /// - Returns: The escaped text.
    public static func escape(_ text: String) -> String {
        var needs = false
        for byte in text.utf8 where byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needs = true
            break
        }
        guard needs else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: Array("&amp;".utf8))
            case 0x3C: out.append(contentsOf: Array("&lt;".utf8))
            case 0x3E: out.append(contentsOf: Array("&gt;".utf8))
            case 0x22: out.append(contentsOf: Array("&quot;".utf8))
            case 0x27: out.append(contentsOf: Array("&#39;".utf8))
            case 0x09, 0x0A, 0x0D: out.append(byte)
            case 0..<0x20: out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
