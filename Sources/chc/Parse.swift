import ArgumentParser
import Assessment
import Dataset
import Foundation
import Normaliser
import Report

/// `chc parse FILE`: the normalised responses of one document; no dataset is written.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the normalised responses of one self-assessment (no dataset written).",
        discussion: "Example: chc parse Corpus/assessments/acme-homes-2024-25.txt --format csv")

    @Argument(help: "The self-assessment text file.")
    var file: String

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    @Option(name: .customLong("code-version"), help: "Force the Code version (2022 or 2024) instead of detecting it.")
    var codeVersion: String?

    @Flag(help: "Also list the lines that went into no response, with the reason.")
    var unparsed = false

    func validate() throws {
        if let v = codeVersion, CodeVersion(rawValue: v) == nil {
            throw ValidationError("--code-version must be 2022 or 2024, not '\(v)'")
        }
    }

    func run() throws {
        let catalogue = try Catalogue.bundled()
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError("cannot read \(file): no such file or not readable - check the path")
        }
        let input = DocumentInput(path: file, bytes: [UInt8](data), version: codeVersion.flatMap(CodeVersion.init(rawValue:)))
        let assessment: Assessment
        do {
            assessment = try Normaliser(catalogue: catalogue).normalise(input)
        } catch {
            throw CLIError(error.description)
        }
        if unparsed {
            let rows = assessment.unparsed.map { u -> [Cell] in
                [.text("\(u.sourcePath):\(u.line)"), .text(u.reason.rawValue), .text(u.detail), .text(u.text)]
            }
            try Printer.emit(TextTable(columns: ["where", "reason", "detail", "text"], rows: rows), format: format)
            return
        }
        let rows = assessment.responses.map { r -> [Cell] in
            [.text(r.provision.description), .text(r.provisionSource.rawValue), .text(r.status.rawValue),
             r.statusText.map(Cell.text) ?? .null, .text("\(r.sourcePath):\(r.lineStart)-\(r.lineEnd)"),
             .text(r.requirement), .text(r.evidence), .text(r.commentary), .text(r.action)]
        }
        try Printer.emit(TextTable(columns: ["provision", "identified", "status", "status_text", "lines", "requirement", "evidence", "commentary", "action"], rows: rows),
                     format: format)
        if format == .table {
            let a = assessment.lineAccount
            var note = "\(assessment.responses.count) responses; Code \(assessment.codeVersion.rawValue) (\(assessment.versionReason))\n"
            note += "lines: \(a.total) total, \(a.response) in responses, \(a.heading) headings, \(a.boilerplate) boilerplate, \(a.blank) blank, \(a.unparsed) unparsed"
            note += assessment.unparsed.isEmpty ? "" : " (\(assessment.unparsed.count) entries; --unparsed lists them)"
            Stderr.print(note)
        }
    }
}
