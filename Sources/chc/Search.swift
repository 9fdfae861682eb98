import ArgumentParser
import Dataset
import Report

/// `chc search TEXT`: full-text search over requirement, evidence, commentary and action.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search over requirements, evidence, commentary and actions, with highlighted snippets.",
        discussion: "Words are matched in any order; put a phrase in double quotes. Example: chc search \"self-assessment\"")

    @OptionGroup var options: DatasetOptions

    @Argument(help: "Words to find.")
    var text: String

    @Option(help: "At most this many results.")
    var limit: Int = 50

    func run() throws {
        let hits: [SearchHit]
        do { hits = try DatasetReader.search(path: options.dataset, text: text, limit: limit) } catch { throw CLIError(error.description) }
        let rows = hits.map { h -> [Cell] in
            [.text(h.landlordName), .text(h.codeVersion.rawValue), .text(h.provision.description), .text(h.field), .text(h.snippet),
             .text("\(h.sourcePath):\(h.lineStart)")]
        }
        Printer.emit(TextTable(columns: ["landlord", "code_version", "provision", "field", "snippet", "where"], rows: rows), format: options.format, maxColumnWidth: 90)
    }
}
