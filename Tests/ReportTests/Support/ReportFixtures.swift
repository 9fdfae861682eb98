import Build
import Assessment
import Comparison
import Dataset
import Foundation
import Report

/// Datasets the report tests read: Corpus/ built once per test run, and the trend fixtures.
enum ReportFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Corpus/ built into a temporary dataset (once per process).
    static let corpusDataset: Result<String, any Error> = Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chc-report-corpus-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let out = dir.appendingPathComponent("dataset.sqlite").path
        if !FileManager.default.fileExists(atPath: out) {
            _ = try CorpusBuilder(corpus: packageRoot.appendingPathComponent("Corpus").path, catalogue: try Catalogue.bundled(),
                                  toolVersion: "test").build(to: out)
        }
        return out
    }

    static var crosswalk: [CrosswalkEntry] { (try? Catalogue.bundled().crosswalk) ?? [] }

    /// The site of a dataset, with source links into `sources`.
    static func site(_ dataset: String, sources: String? = "../Corpus", limits: ReportLimits = ReportLimits()) throws -> ReportSite {
        try ReportSite(data: try DatasetFile(path: dataset).reportData(), crosswalk: crosswalk, sources: sources, limits: limits)
    }

    /// Every page of a site, parsed.
    static func pages(_ site: ReportSite) throws -> [(path: String, html: String, dom: HTMLNode)] {
        try site.pages.map { page in
            let html = try site.render(page)
            guard let dom = HTMLDocument.parse(html) else { throw FixtureError(description: "\(site.path(page)) does not parse") }
            return (site.path(page), html, dom)
        }
    }
}
