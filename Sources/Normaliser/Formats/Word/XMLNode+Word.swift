/// WordprocessingML names: the namespaces of `w:`, `w14:` and `mc:` elements, and the on/off and
/// value attributes Word writes.
extension XMLNode {
    /// `w:` (transitional and strict OOXML).
    static let wordNamespaces: [StaticString] = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    /// `w14:` (Word 2010 content-control checkboxes).
    static let word2010Namespaces: [StaticString] = ["http://schemas.microsoft.com/office/word/2010/wordml"]
    /// `mc:` (markup compatibility: `mc:AlternateContent`).
    static let compatibilityNamespaces: [StaticString] = ["http://schemas.openxmlformats.org/markup-compatibility/2006"]
    /// `m:` (Office math).
    static let mathNamespaces: [StaticString] = [
        "http://schemas.openxmlformats.org/officeDocument/2006/math",
        "http://purl.oclc.org/ooxml/officeDocument/math",
    ]

    /// A `w:` element.
    var isWord: Bool { isElement && inNamespace(Self.wordNamespaces) }

    /// The first `w:` child element named `name`.
    func wordChild(_ name: String) -> XMLNode? {
        children.first { $0.isElement && $0.name == name && $0.inNamespace(Self.wordNamespaces) }
    }

    /// `w:val`.
    var value: String? { attribute("val") }

    /// An on/off property (`w:vanish`, `w:tblHeader`): on when present without `w:val`, or with
    /// `1` / `true` / `on`.
    var isOn: Bool {
        guard let v = value else { return true }
        return v == "1" || v == "true" || v == "on"
    }

    /// For `mc:AlternateContent`: the first `mc:Choice`, else the `mc:Fallback` (one of them, so
    /// text offered twice is read once).
    var alternateChoice: XMLNode? {
        children.first { $0.isElement && $0.name == "Choice" } ?? children.first { $0.isElement && $0.name == "Fallback" }
    }

    /// The child elements, with each `mc:AlternateContent` replaced by the content of its chosen branch.
    var wordContent: [XMLNode] {
        var out: [XMLNode] = []
        for child in children where child.isElement {
            if child.name == "AlternateContent", child.inNamespace(Self.compatibilityNamespaces) {
                out += child.alternateChoice?.wordContent ?? []
            } else {
                out.append(child)
            }
        }
        return out
    }

    /// The `w:` child elements named `name`, also those wrapped in content controls (`w:sdt` /
    /// `w:sdtContent`) and custom XML: the rows of a table, the cells of a row.
    func wordElements(_ name: String) -> [XMLNode] {
        var out: [XMLNode] = []
        for child in wordContent where child.isWord {
            switch child.name {
            case name: out.append(child)
            case "sdt": out += child.wordChild("sdtContent")?.wordElements(name) ?? []
            case "customXml": out += child.wordElements(name)
            default: break
            }
        }
        return out
    }
}
