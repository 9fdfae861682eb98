import ArgumentParser
import Dataset
import Report

/// `chc search TEXT`: full-text search over the landlords' own words (or any response field).
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search over the landlords' own words (evidence, commentary, action) or other fields, with highlighted snippets.",
        discussion: """
            Words are matched in any order; put a phrase in double quotes; at most 32 words and phrases. By default the \
            landlords' own words are searched; --field requirement also searches the Code's requirement text as each \
            document printed it. Prints a line on standard error when nothing matched.
            Example: chc search "self-assessment" --field evidence
            """)

    @OptionGroup var options: DatasetOptions

    @Argument(help: "Words to find.")
    var text: String

    @Option(name: .customLong("field"), help: "A field to search: requirement, evidence, commentary or action (repeat for several; default: evidence, commentary and action).")
    var fields: [SearchField] = []

    @Option(help: "At most this many results.")
    var limit: Int = 50

    func run() throws {
        let dataset = try options.open()
        let chosen = fields.isEmpty ? SearchField.landlordsWords : fields
        let hits = try checked { () throws(DatasetError) in try dataset.search(text, fields: chosen, limit: limit) }
        if hits.isEmpty {
            Stderr.print("nothing matched '\(text)' in \(chosen.map(\.rawValue).joined(separator: ", "))"
                         + (chosen.contains(.requirement) ? "" : " (--field requirement also searches the requirement text)"))
            if options.format == .table { return }
        }
        let rows = hits.map { h -> [Cell] in
            [.text(h.landlordName), .text(h.codeVersion.rawValue), .text(h.provision.description), .text(h.field), .text(h.snippet),
             .text("\(h.sourcePath):\(h.lineStart)")]
        }
        try options.emit(TextTable(columns: ["landlord", "code_version", "provision", "field", "snippet", "where"], rows: rows),
                         maxColumnWidth: 90)
    }
}

extension SearchField: ExpressibleByArgument {}
