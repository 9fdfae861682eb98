import CLibXML2
import Foundation

/// A page parsed by libxml2's HTML parser (the HTML tokeniser and tree builder of a real browser engine's family,
/// not a regular expression), as a plain Swift tree for assertions.
struct HTMLNode {
    var name: String
    var attributes: [(name: String, value: String)]
    var children: [HTMLNode]
    /// Text content of a text node (name "#text"); empty for elements.
    var text: String

    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// This node and every node below it, depth first.
    var all: [HTMLNode] { [self] + children.flatMap(\.all) }

    /// Elements named `name` (lowercase) at or below this node.
    func elements(_ name: String) -> [HTMLNode] { all.filter { $0.name == name } }

    /// The first element with `id`.
    func element(id: String) -> HTMLNode? { all.first { $0.attribute("id") == id } }

    /// The concatenated text below this node.
    var textContent: String { name == "#text" ? text : children.map(\.textContent).joined() }
}

enum HTMLDocument {
    /// Parses `html`; nil when libxml2 cannot build a document at all.
    static func parse(_ html: String) -> HTMLNode? {
        let bytes = Array(html.utf8)
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        guard let doc = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    htmlReadMemory($0, Int32(bytes.count), "page.html", "UTF-8", options)
                }
            } ?? nil
        }) else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        return node(root)
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    private static func node(_ n: xmlNodePtr) -> HTMLNode {
        if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE {
            return HTMLNode(name: "#text", attributes: [], children: [], text: string(n.pointee.content))
        }
        var attributes: [(String, String)] = []
        var a = n.pointee.properties
        while let attr = a {
            // An attribute's value is the text of its child nodes (no allocation to free).
            var value = "", t = attr.pointee.children
            while let text = t {
                value += string(text.pointee.content)
                t = text.pointee.next
            }
            attributes.append((string(attr.pointee.name).lowercased(), value))
            a = attr.pointee.next
        }
        var children: [HTMLNode] = []
        var c = n.pointee.children
        while let child = c {
            if child.pointee.type == XML_ELEMENT_NODE || child.pointee.type == XML_TEXT_NODE
                || child.pointee.type == XML_CDATA_SECTION_NODE {
                children.append(node(child))
            }
            c = child.pointee.next
        }
        let name = n.pointee.type == XML_ELEMENT_NODE ? string(n.pointee.name).lowercased() : "#other"
        return HTMLNode(name: name, attributes: attributes, children: children, text: "")
    }
}
