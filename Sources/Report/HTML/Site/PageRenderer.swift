import Mustache

/// The Mustache library of the report's templates, parsed once.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    /// The templates parsed once per process (they are constants): every site and ``TableHeads`` render with it.
    static let shared = Result { () throws(ReportError) in try PageRenderer() }

    /// Parses every template; a template that fails to parse is a bug of this module, reported with its name.
    init() throws(ReportError) {
        _ = HTMLText.registered  // the CONTENT_TYPE pragma is resolved while parsing
        var library = MustacheLibrary()
        let templates: [(String, String)] = [
            ("head", PageTemplates.head), ("foot", PageTemplates.foot), ("chart", PageTemplates.chart),
            ("legend", PageTemplates.legend), ("table", PageTemplates.table), ("heatmap", PageTemplates.heatmap), ("thead", PageTemplates.thead),
            ("sector", PageTemplates.sector), ("provision", PageTemplates.provision), ("landlord", PageTemplates.landlord),
            ("landlords", PageTemplates.landlordIndex),
        ] + PageTemplates.cells + PageTemplates.rows + PageTemplates.tables
        for (name, text) in templates {
            do { try library.register(text, named: name) } catch {
                throw ReportError(file: "template \(name)", message: "cannot parse the template (\(error))",
                                  hint: "this is a bug in chc's report templates; please report it")
            }
        }
        self.library = library
    }

    /// The page `template` renders from `context`.
    func render(_ template: String, _ context: [String: Any]) throws(ReportError) -> String {
        guard let html = library.render(TemplateNode(context), withTemplate: template) else {
            throw ReportError(file: "template \(template)", message: "no such template", hint: "this is a bug in chc's report")
        }
        return html
    }
}

/// A context dictionary as the template library reads it. The library finds a child by casting the object to its
/// `MustacheParent` protocol and a value by casting it to `MustacheCustomRenderable`; for a `[String: Any]` and a
/// `String` those casts go through Swift's conditional-conformance and `String(describing:)` paths, which were most
/// of the report's time on a sector-sized dataset. A node is a plain class conforming directly, and its text values
/// come out as ``TemplateText``; both render exactly as the dictionary and the string would (still escaped by
/// ``HTMLText``).
final class TemplateNode: MustacheParent {
    /// Keys whose value names a template (`{{>*.template}}`, `{{>*.k}}`): the library reads them as a `String`.
    static let templateNameKeys: Set<String> = ["template", "k"]

    private let values: [String: Any]

    init(_ values: [String: Any]) { self.values = values }

    func child(named name: String) -> Any? {
        guard let value = values[name] else { return nil }
        return Self.templateNameKeys.contains(name) ? value : Self.wrap(value)
    }

    /// Text as ``TemplateText``, dictionaries as nodes, arrays element by element; anything else as it is.
    static func wrap(_ value: Any) -> Any {
        switch value {
        case let text as String: TemplateText(text: text)
        case let node as [String: Any]: TemplateNode(node)
        case let list as [Any]: list.map(wrap)
        default: value
        }
    }
}

/// A text value of a template context: rendered as itself (the library escapes it with the page's content type).
struct TemplateText: MustacheCustomRenderable {
    let text: String
    var renderText: String { text }
    var isNull: Bool { false }
}
