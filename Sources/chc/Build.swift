import ArgumentParser
import Assessment
import Dataset
import Foundation
import Report

/// `chc build [CORPUS_DIR] [--out PATH]`: normalise every document of a corpus into a SQLite dataset.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the SQLite dataset from a corpus folder (manifest.csv optional).",
        discussion: """
            Prints one line per document: landlord, Code version, responses by status, unparsed lines.
            Exit status: 0 all documents built; 2 some documents failed (the others were written);
            1 nothing could be written (bad corpus folder, broken manifest, unwritable output).
            Example: chc build Corpus --out dataset.sqlite
            """)

    @Argument(help: "Corpus folder: manifest.csv and/or assessments/.")
    var corpus: String = "Corpus"

    @Option(help: "Dataset file to write (replaced atomically).")
    var out: String = "dataset.sqlite"

    @Option(help: "Summary format: table, csv or json.")
    var format: OutputFormat = .table

    func run() throws {
        let catalogue = try Catalogue.bundled()
        let report: BuildReport
        do {
            report = try CorpusBuilder(corpus: corpus, catalogue: catalogue, toolVersion: ToolInfo.version).build(to: out)
        } catch {
            throw CLIError(error.description)
        }
        let rows = report.documents.map { d -> [Cell] in
            [.text(d.path), .text(d.landlord), .text(d.codeVersion.rawValue), .int(d.responses),
             .int(d.counts[.yes] ?? 0), .int(d.counts[.partial] ?? 0), .int(d.counts[.no] ?? 0),
             .int(d.counts[.na] ?? 0), .int(d.counts[.blank] ?? 0),
             .int((d.provisionSources[.repaired] ?? 0) + (d.provisionSources[.matched] ?? 0)), .int(d.unparsedLines)]
        }
        Printer.emit(TextTable(columns: ["document", "landlord", "code", "responses", "yes", "partial", "no", "na", "blank", "repaired_or_matched", "unparsed"], rows: rows),
                     format: format)
        for skipped in report.skipped { Stderr.print(skipped.description) }
        var note = "wrote \(out): \(report.summary.documentCount) documents, \(report.summary.responseCount) responses, \(report.summary.landlordCount) landlords"
        if !report.failures.isEmpty { note += "; \(report.failures.count) document(s) failed" }
        Stderr.print(note)
        for f in report.failures { Stderr.print("Error: \(f.message)") }
        if !report.failures.isEmpty { throw ExitCode(2) }
    }
}

/// Writes lines to standard error.
enum Stderr {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
