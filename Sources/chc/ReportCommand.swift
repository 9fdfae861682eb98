import ArgumentParser
import Assessment
import Dataset
import Foundation
import Report

/// `chc report --out DIR` (the static site) and `chc report LANDLORD --out FILE.html` (one landlord's page).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the HTML report: a static site of the sector, every provision and every landlord, or one landlord's page.",
        discussion: """
            Every page is self-contained (inline CSS and SVG, no script, no external asset; it works offline, from file://, \
            and prints on A4) and every figure is the one chc rates, chc benchmark and chc trends print. With --sources, \
            file:line references link to the source files (the corpus folder the dataset was built from).
            Example: chc report --out site --sources Corpus
            Example: chc report acme --out acme.html --sources Corpus
            """)

    @Option(help: "The dataset to read.")
    var dataset: String = "dataset.sqlite"

    @Argument(help: "Landlord name, id, unique prefix or word: write that landlord's page alone (default: the whole site).")
    var landlord: String?

    @Option(help: "The site's folder, or with LANDLORD the page's file (FILE.html).")
    var out: String

    @Option(help: "The corpus folder the dataset was built from, to link each file:line to its source file.")
    var sources: String?

    @Option(help: "Above this many landlords on a Code version, the sector heatmap shows bands of landlords by rank.")
    var heatmapLandlords: Int = ReportLimits().heatmapLandlords

    func validate() throws {
        if heatmapLandlords < 1 { throw ValidationError("--heatmap-landlords must be at least 1, not \(heatmapLandlords)") }
        if landlord != nil, !out.lowercased().hasSuffix(".html") {
            throw ValidationError("with LANDLORD, --out is the page's file and must end in .html, not '\(out)'")
        }
    }

    func run() throws {
        let crosswalk = try Catalogue.bundled().crosswalk
        let limits = ReportLimits(heatmapLandlords: heatmapLandlords)
        if let landlord {
            let id = try LandlordArgument.resolve(landlord, in: try open()).id
            let folder = URL(fileURLWithPath: out).deletingLastPathComponent().path
            let site = try ReportSite(data: try load(landlordID: id), crosswalk: crosswalk,
                                      sources: sources.map { ReportSite.relativeFolder(from: folder, to: $0) },
                                      standalone: true, limits: limits)
            let html = try site.render(.landlord(id))
            do { try Data(html.utf8).write(to: URL(fileURLWithPath: out)) } catch {
                throw CLIError("\(out): cannot write the page (\(error.localizedDescription)) - check the folder exists and is writable")
            }
            Stderr.print("wrote \(out): \(html.utf8.count) bytes")
            return
        }
        let site = try ReportSite(data: try load(landlordID: nil), crosswalk: crosswalk,
                                  sources: sources.map { ReportSite.relativeFolder(from: out, to: $0) }, limits: limits)
        let written = try site.write(to: out)
        try Printer.write(URL(fileURLWithPath: out).appendingPathComponent("index.html").relativePath + "\n")
        Stderr.print("wrote \(out): \(written.pages) pages, \(written.bytes) bytes; index.html \(written.sectorBytes) bytes; "
                     + "largest \(written.largest.path) \(written.largest.bytes) bytes")
    }

    private func open() throws -> DatasetFile { try checked { () throws(DatasetError) in try DatasetFile(path: dataset) } }

    private func load(landlordID: String?) throws -> ReportData {
        let file = try open()
        return try checked { () throws(DatasetError) in try file.reportData(landlordID: landlordID) }
    }
}
