import ArgumentParser
import Assessment
import Build
import Normaliser
import Report

/// `chc parse FILE|DIR`: the normalised responses of one document (a file, or a folder of parts); no dataset is
/// written.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the normalised responses of one self-assessment (no dataset written).",
        discussion: """
            A folder is read as one assessment in several parts (e.g. one web page per Code section): its files in \
            name order, as a manifest row naming a folder. --unparsed lists the lines that went into no response; \
            --blocks shows the document model the reader built (blocks, their kind and place, table rows and cells).
            Example: chc parse Corpus/assessments/acme-homes-2024-25.txt --format csv
            """)

    @Argument(help: "The self-assessment: a file, or a folder of its parts.")
    var file: String

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    @Option(name: [.customLong("code-version"), .customLong("code")],
            help: "Read the document as this Code version (2022 or 2024) instead of detecting it.")
    var codeVersion: CodeVersion?

    @Flag(help: "List the lines that went into no response, with the reason.")
    var unparsed = false

    @Flag(help: "Show the document model: every block with its kind and location, table rows and cells.")
    var blocks = false

    func validate() throws {
        if unparsed && blocks { throw ValidationError("--unparsed and --blocks show different things; give one of them") }
    }

    func run() throws {
        let normaliser = Normaliser(catalogue: try Catalogue.bundled())
        let input: DocumentInput
        switch DocumentFiles.read(file, version: codeVersion, maxBytes: normaliser.maxBytes) {
        case .success(let read): input = read
        case .failure(let failure): throw CLIError(failure.message)
        }
        if blocks {
            let document: Document
            do { document = try normaliser.document(input) } catch { throw CLIError(error.description) }
            try Printer.emit(DocumentTables.blocks(document), format: format, maxColumnWidth: 80)
            return
        }
        let assessment: Assessment
        do { assessment = try normaliser.normalise(input) } catch { throw CLIError(error.description) }
        if unparsed {
            try Printer.emit(DocumentTables.unparsed(assessment), format: format)
            return
        }
        try Printer.emit(DocumentTables.responses(assessment), format: format)
        if format == .table {
            let a = assessment.lineAccount
            var note = "\(assessment.responses.count) responses; Code \(assessment.codeVersion.rawValue) (\(assessment.versionReason))"
            if input.parts.count > 1 { note += "; \(input.parts.count) files read as one assessment" }
            note += "\nlines: \(a.total) total, \(a.response) in responses, \(a.heading) headings, \(a.boilerplate) boilerplate, \(a.blank) blank, \(a.unparsed) unparsed"
            note += assessment.unparsed.isEmpty ? "" : " (\(assessment.unparsed.count) entries; --unparsed lists them)"
            Stderr.print(note)
        }
    }
}
