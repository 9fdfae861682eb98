import CLibXML2

/// A document parsed by libxml2 (XML or HTML), freed when the value is released.
///
/// The only owner of libxml2's parser state in the module; readers walk it through `XMLNode`.
/// Nothing is fetched (`NONET`), no DTD is loaded and no entity is substituted.
///
/// ```swift
/// let tree = try XMLTree.xml(Array("<a><b>x</b></a>".utf8)).get()
/// tree.root?.name // "a"
/// ```
final class XMLTree {
    /// Why an XML part could not be parsed: libxml2's message and line.
    struct Failure: Error {
        var message: String
        var line: Int?
    }

    private let doc: xmlDocPtr

    private init(_ doc: xmlDocPtr) { self.doc = doc }

    deinit { xmlFreeDoc(doc) }

    /// The root element.
    var root: XMLNode? { xmlDocGetRootElement(doc).map { XMLNode($0, in: self) } }

    /// libxml2's global state, set up once before any thread parses (its documented requirement).
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses well-formed XML without a DTD (an OOXML part). libxml2's own limits apply (no
    /// `XML_PARSE_HUGE`: elements at most 256 deep, text nodes at most 10 MB).
    ///
    /// - Returns: the tree, or the parser's first error (`Failure`) for input that is not well-formed;
    ///   a document declaring a DTD (`<!DOCTYPE`) is refused before parsing, against entity expansion.
    static func xml(_ bytes: [UInt8]) -> Result<XMLTree, Failure> {
        _ = initialised
        guard !bytes.isEmpty, bytes.count < Int32.max else { return .failure(Failure(message: "the part is empty", line: nil)) }
        if declaresDTD(bytes) { return .failure(Failure(message: "declares a DTD (<!DOCTYPE), which OOXML parts never do", line: nil)) }
        guard let context = xmlNewParserCtxt() else { return .failure(Failure(message: "out of memory", line: nil)) }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_BIG_LINES.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, nil, options)
            }
        }
        guard let doc else {
            let error = context.pointee.lastError
            let message = error.message.map { String(cString: $0) }?.trimmingSpaces ?? "not well-formed XML"
            return .failure(Failure(message: message, line: error.line > 0 ? Int(error.line) : nil))
        }
        return .success(XMLTree(doc))
    }

    /// Parses HTML the way libxml2's HTML parser recovers from broken markup: nothing fetched, no
    /// errors printed. `encoding` names the bytes' encoding (`UTF-8`, or any label libxml2 knows);
    /// the page's own `<meta charset>` is not re-read. `HUGE` lifts the 256-level depth limit, past
    /// which the parser would silently drop the rest of the page (its own parsing is not recursive;
    /// the input is already bounded by `Normaliser.maxBytes`).
    ///
    /// - Returns: nil when libxml2 builds no document at all (no bytes, an unknown encoding).
    static func html(_ bytes: [UInt8], encoding: String) -> XMLTree? {
        _ = initialised
        guard !bytes.isEmpty, bytes.count < Int32.max else { return nil }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_BIG_LINES.rawValue
                            | XML_PARSE_HUGE.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, encoding, options)
            }
        }
        return doc.map(XMLTree.init)
    }

    /// True when the bytes hold `<!DOCTYPE`.
    static func declaresDTD(_ bytes: [UInt8]) -> Bool {
        let needle = Array("<!DOCTYPE".utf8)
        guard bytes.count >= needle.count else { return false }
        for i in 0...(bytes.count - needle.count) where bytes[i] == 0x3C && bytes[i + 1] == 0x21 {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// True when libxml2 can convert text in the encoding `label` (through iconv).
    static func knowsEncoding(_ label: String) -> Bool {
        _ = initialised
        guard let handler = xmlFindCharEncodingHandler(label) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }
}

private extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
