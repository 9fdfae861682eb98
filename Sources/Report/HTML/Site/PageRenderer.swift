import Mustache

/// The Mustache library of the report's templates, parsed once.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    /// Parses every template; a template that fails to parse is a bug of this module, reported with its name.
    init() throws(ReportError) {
        _ = HTMLText.registered  // the CONTENT_TYPE pragma is resolved while parsing
        var library = MustacheLibrary()
        let templates: [(String, String)] = [
            ("head", PageTemplates.head), ("foot", PageTemplates.foot), ("chart", PageTemplates.chart),
            ("legend", PageTemplates.legend), ("table", PageTemplates.table), ("heatmap", PageTemplates.heatmap),
            ("sector", PageTemplates.sector), ("provision", PageTemplates.provision), ("landlord", PageTemplates.landlord),
            ("landlords", PageTemplates.landlordIndex),
        ] + PageTemplates.cells + PageTemplates.rows
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
        guard let html = library.render(context, withTemplate: template) else {
            throw ReportError(file: "template \(template)", message: "no such template", hint: "this is a bug in chc's report")
        }
        return html
    }
}
