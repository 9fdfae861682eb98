import CLibXML2

/// One node of an `XMLTree` (element, text or other), valid while the tree lives (it keeps it alive).
///
/// Names are compared as local names (without prefix); `inNamespace` checks the namespace URI.
///
/// ```swift
/// for child in node.children where child.isElement && child.name == "p" { … }
/// ```
struct XMLNode {
    private let raw: xmlNodePtr
    private let tree: XMLTree

    init(_ raw: xmlNodePtr, in tree: XMLTree) {
        self.raw = raw
        self.tree = tree
    }

    var isElement: Bool { raw.pointee.type == XML_ELEMENT_NODE }
    /// A text or CDATA node.
    var isText: Bool { raw.pointee.type == XML_TEXT_NODE || raw.pointee.type == XML_CDATA_SECTION_NODE }

    /// The local name (`p` for `w:p`); lowercase for HTML elements, as libxml2 reports them.
    var name: String { raw.pointee.name.map { String(cString: $0) } ?? "" }

    /// True when the node's namespace URI is one of `uris` (compared as C strings, without copying).
    func inNamespace(_ uris: [StaticString]) -> Bool {
        guard let href = raw.pointee.ns?.pointee.href else { return false }
        return uris.contains { uri in
            uri.withUTF8Buffer { expected in
                var i = 0
                while i < expected.count {
                    if href[i] != expected[i] { return false }
                    i += 1
                }
                return href[i] == 0
            }
        }
    }

    /// The text of a text node (empty for elements).
    var content: String { isText ? raw.pointee.content.map { String(cString: $0) } ?? "" : "" }

    /// The 1-based source line libxml2 recorded for the node (0 when unknown).
    var line: Int { Int(xmlGetLineNo(raw)) }

    /// The child nodes, in document order.
    var children: Children { Children(first: raw.pointee.children, tree: tree) }

    /// The first child element named `name` (local name).
    func child(_ name: String) -> XMLNode? { children.first { $0.isElement && $0.name == name } }

    /// The value of the attribute with local name `name` (any prefix), or nil when absent.
    func attribute(_ name: String) -> String? {
        var attr = raw.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, String(cString: n) == name {
                var text = ""
                var value = a.pointee.children
                while let v = value {
                    if let c = v.pointee.content { text += String(cString: c) }
                    value = v.pointee.next
                }
                return text
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// The child nodes of one node, in document order.
    struct Children: Sequence {
        let first: xmlNodePtr?
        let tree: XMLTree

        func makeIterator() -> Iterator { Iterator(upcoming: first, tree: tree) }

        struct Iterator: IteratorProtocol {
            var upcoming: xmlNodePtr?
            let tree: XMLTree

            mutating func next() -> XMLNode? {
                guard let node = upcoming else { return nil }
                upcoming = node.pointee.next
                return XMLNode(node, in: tree)
            }
        }
    }
}
