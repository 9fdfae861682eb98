import ArgumentParser
import Dataset
import Report

/// `chc search TEXT`: full-text search over requirement, evidence, commentary and action.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search over requirements, evidence, commentary and actions, with highlighted snippets.",
        discussion: "Words are matched in any order; put a phrase in double quotes; at most 32 words and phrases. Example: chc search \"self-assessment\"")

    @OptionGroup var options: DatasetOptions

    @Argument(help: "Words to find.")
    var text: String

    @Option(help: "At most this many results.")
    var limit: Int = 50

    func run() throws {
        let dataset = try options.open()
        let hits = try checked { () throws(DatasetError) in try dataset.search(text, fields: SearchField.allCases, limit: limit) }
        let rows = hits.map { h -> [Cell] in
            [.text(h.landlordName), .text(h.codeVersion.rawValue), .text(h.provision.description), .text(h.field), .text(h.snippet),
             .text("\(h.sourcePath):\(h.lineStart)")]
        }
        try options.emit(TextTable(columns: ["landlord", "code_version", "provision", "field", "snippet", "where"], rows: rows),
                         maxColumnWidth: 90)
    }
}
