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
            A good dataset is replaced only by a better one: when no document can be built, nothing is written and
            the old dataset is left as it was. --out may not be inside the corpus folder, an input file or a folder.
            Exit status: 0 all documents built; 2 some documents failed (the others were written);
            1 nothing written (no document built, bad corpus folder, broken manifest, unwritable output, full disk);
            64 a refused --out.
            Example: chc build Corpus --out dataset.sqlite
            """)

    @Argument(help: "Corpus folder: manifest.csv and/or assessments/.")
    var corpus: String = "Corpus"

    @Option(help: "Dataset file to write (replaced atomically).")
    var out: String = "dataset.sqlite"

    @Option(help: "Summary format: table, csv or json.")
    var format: OutputFormat = .table

    @Flag(help: "In CSV, prefix text starting with = + - @ with ' (see chc rates --help).")
    var spreadsheetSafe = false

    func run() throws {
        let catalogue = try Catalogue.bundled()
        SignalCleanup.install()
        let report = try checked { () throws(DatasetError) in
            try CorpusBuilder(corpus: corpus, catalogue: catalogue, toolVersion: ToolInfo.version).build(to: out)
        }
        for skipped in report.skipped { Stderr.print(skipped.description) }
        guard report.written else {
            for f in report.failures { Stderr.print("Error: \(f.message)") }
            let kept = FileManager.default.fileExists(atPath: out) ? "\(out) was left unchanged" : "\(out) was not created"
            throw CLIError(report.failures.isEmpty
                           ? "nothing written: no document found in \(corpus) - add files to \(corpus)/assessments/ or list them in \(corpus)/manifest.csv; \(kept)"
                           : "nothing written: none of the \(report.failures.count) document(s) could be built; \(kept)")
        }
        let rows = report.documents.map { d -> [Cell] in
            [.text(d.path), .text(d.landlord), .text(d.codeVersion.rawValue), .int(d.responses),
             .int(d.counts[.yes] ?? 0), .int(d.counts[.partial] ?? 0), .int(d.counts[.no] ?? 0),
             .int(d.counts[.na] ?? 0), .int(d.counts[.blank] ?? 0),
             .int((d.provisionSources[.repaired] ?? 0) + (d.provisionSources[.matched] ?? 0)), .int(d.unparsedLines)]
        }
        try Printer.emit(TextTable(columns: ["document", "landlord", "code", "responses", "yes", "partial", "no", "na", "blank",
                                             "repaired_or_matched", "unparsed"], rows: rows),
                         format: format, spreadsheetSafe: spreadsheetSafe)
        var note = "wrote \(out): \(report.summary.documentCount) documents, \(report.summary.responseCount) responses, \(report.summary.landlordCount) landlords"
        if !report.failures.isEmpty {
            note += "; \(report.failures.count) document(s) failed and are not in it (the \(report.summary.documentCount) built were kept)"
        }
        Stderr.print(note)
        for f in report.failures { Stderr.print("Error: \(f.message)") }
        if !report.failures.isEmpty { throw ExitCode(2) }
    }
}

/// SIGINT and SIGTERM during a build: remove the temporary dataset file (`TemporaryFiles`), then exit 130 / 143.
/// The handler uses only async-signal-safe calls (unlink, write, _exit).
enum SignalCleanup {
    static func install() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig) { received in
                TemporaryFiles.unlinkFromSignalHandler()
                let note: StaticString = "chc build: interrupted; the temporary file was removed and the previous dataset left unchanged\n"
                _ = write(2, note.utf8Start, note.utf8CodeUnitCount)
                _exit(128 + received)
            }
        }
    }
}
