import Assessment
import Dataset
import Foundation
import Report
import Testing

/// Document-derived text never becomes live markup: a landlord name, evidence and a file name carrying `<script>`,
/// an attribute break-out with an event handler, and `javascript:` links are shown as text on every page.
@Suite struct UntrustedTextTests {
    static let name = "<script>alert(1)</script> Homes\"><img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">us</a>"
    /// As a web page's source would carry it: the normaliser decodes the character references, so the dataset
    /// holds the raw markup (`storedEvidence`), which the pages must show as text.
    static let evidence = "&lt;script&gt;alert(4)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(5)&gt; "
        + "&lt;a href=&quot;javascript:alert(6)&quot;&gt;policy&lt;/a&gt;"
    static let storedEvidence = "<script>alert(4)</script> \"><img src=x onerror=alert(5)> <a href=\"javascript:alert(6)\">policy</a>"
    static let file = "x\"><img src=x onerror=alert(8)><script>javascript:alert(9).txt"

    static func hostile() throws -> FixtureCorpus {
        try FixtureCorpus([
            .init(file: file, landlord: name, period: "2024-25", version: .v2024, rows: [
                .init("1.2", "No", evidence), .init("1.3", "Partial", evidence), .init("1.4", "Yes", "Policy"),
            ]),
            .init(file: "plain.txt", landlord: "Plain Homes", period: "2024-25", version: .v2024, rows: [
                .init("1.2", "Yes"), .init("1.3", "Yes"), .init("1.4", "Yes"),
            ]),
        ])
    }

    @Test func hostileTextIsShownAsText() throws {
        let corpus = try Self.hostile()
        defer { corpus.remove() }
        let stored = try DatasetReader.query(path: corpus.dataset, sql: "SELECT DISTINCT evidence FROM responses WHERE status <> 'yes'")
        #expect(stored.rows.map { $0.first?.text } == [Self.storedEvidence])  // the payload reached the dataset intact
        let site = try ReportFixtures.site(corpus.dataset, sources: "../corpus")
        var seen = (name: false, evidence: false, file: false)
        for page in try ReportFixtures.pages(site) {
            for node in page.dom.all where node.name != "#text" {
                #expect(!["script", "img", "iframe", "object", "embed", "svg:script"].contains(node.name), "\(page.path): <\(node.name)>")
                if node.name == "svg" { #expect(node.attribute("onload") == nil) }
                for (attribute, value) in node.attributes {
                    #expect(!attribute.hasPrefix("on"), "\(page.path): \(attribute)=\(value)")
                    let v = value.trimmingCharacters(in: .whitespaces).lowercased()
                    #expect(!v.hasPrefix("javascript:") && !v.hasPrefix("data:"), "\(page.path): \(attribute)=\(value)")
                }
            }
            let text = page.dom.textContent
            seen.name = seen.name || text.contains(Self.name)
            seen.evidence = seen.evidence || text.contains(Self.storedEvidence)
            seen.file = seen.file || text.contains("assessments/" + Self.file)
        }
        // Shown, not dropped: the strings are on the pages as text.
        #expect(seen.name)
        #expect(seen.evidence)
        #expect(seen.file)
    }

    /// The source link of the hostile file is a relative path whose every byte outside [A-Za-z0-9-._~] is
    /// percent-encoded: no scheme, no quote, no angle bracket.
    @Test func sourceLinksArePercentEncoded() throws {
        let corpus = try Self.hostile()
        defer { corpus.remove() }
        let site = try ReportFixtures.site(corpus.dataset, sources: "../corpus")
        let pages = try ReportFixtures.pages(site)
        let links = pages.flatMap { $0.dom.elements("a") }.compactMap { $0.attribute("href") }.filter { $0.contains("corpus/") }
        #expect(!links.isEmpty)
        for link in links {
            #expect(link.hasPrefix("../../corpus/assessments/") || link.hasPrefix("../corpus/assessments/"), "\(link)")
            #expect(!link.contains(":") && !link.contains("\"") && !link.contains("<") && !link.contains(" "), "\(link)")
        }
        #expect(links.contains { $0.hasSuffix("x%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%288%29%3E%3Cscript%3Ejavascript%3Aalert%289%29.txt") })
    }
}
