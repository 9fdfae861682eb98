import Assessment
import Comparison
import Dataset
import Foundation
import GRDB
import Report
import Testing

/// The report's pages parsed with an HTML parser: the heatmap has a cell per landlord and provision holding the
/// dataset's answer, and the numbers on the pages are the dataset's figures (the stored ones `chc rates` prints,
/// and `chc benchmark`'s).
@Suite struct ReportPageTests {
    static func corpusSite() throws -> (site: ReportSite, dataset: String) {
        let dataset = try ReportFixtures.corpusDataset.get()
        return (try ReportFixtures.site(dataset), dataset)
    }

    @Test func heatmapHasOneCellPerLandlordAndProvisionWithTheDatasetsAnswer() throws {
        let (site, dataset) = try Self.corpusSite()
        let dom = try #require(HTMLDocument.parse(try site.render(.sector)))
        let queue = try DatasetReader.openReadOnly(path: dataset)
        for version in CodeVersion.allCases {
            let table = try #require(dom.element(id: "heatmap-\(version.rawValue)"))
            let (landlords, provisions, answers) = try queue.read { db in
                (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM landlord_scores WHERE code_version = ?", arguments: [version.rawValue]) ?? 0,
                 try String.fetchAll(db, sql: "SELECT provision FROM provisions WHERE code_version = ? ORDER BY position", arguments: [version.rawValue]),
                 try Row.fetchAll(db, sql: """
                    SELECT s.landlord_name AS name, r.provision AS provision, r.status AS status,
                           EXISTS (SELECT 1 FROM signals g WHERE g.response_id = r.id AND g.kind = 'hedged_yes') AS hedged
                    FROM landlord_scores s JOIN responses r ON r.document_id = s.document_id WHERE s.code_version = ?
                    """, arguments: [version.rawValue]))
            }
            let rows = table.elements("tbody").flatMap { $0.elements("tr") }
            #expect(rows.count == landlords)
            #expect(rows.allSatisfy { $0.elements("td").count == provisions.count })
            #expect(rows.flatMap { $0.elements("td") }.count == landlords * provisions.count)
            let heads = (table.elements("thead").flatMap { $0.elements("tr") }.last?.elements("th") ?? []).map { $0.textContent }
            #expect(Array(heads) == provisions)
            var expected: [String: String] = [:]
            for a in answers {
                let status: String = a["status"] ?? "", hedged: Bool = a["hedged"] ?? false
                let letter = ["yes": hedged ? "H" : "Y", "partial": "P", "no": "N", "na": "A", "blank": "B"][status] ?? "?"
                expected["\(a["name"] as String? ?? "")|\(a["provision"] as String? ?? "")"] = letter
            }
            for row in rows {
                let name = row.elements("th").first?.textContent ?? ""
                for (provision, cell) in zip(provisions, row.elements("td")) {
                    let letter = expected["\(name)|\(provision)"] ?? "·"
                    #expect(cell.textContent == letter, "\(name) \(provision)")
                    #expect(cell.attribute("class") == "s\(letter)")
                }
            }
        }
    }

    /// Every provision page's figures table holds `provision_rates` exactly (full precision in data-value).
    @Test func provisionPagesShowTheStoredRates() throws {
        let (site, dataset) = try Self.corpusSite()
        let stored = try DatasetFigures.read(path: dataset) { db in try DatasetFigures.provisionRates(db) }
        #expect(!stored.isEmpty)
        for rate in stored {
            let dom = try #require(HTMLDocument.parse(try site.render(.provision(rate.codeVersion, rate.provision))))
            let cells = try #require(dom.element(id: "rate")?.elements("td"))
            let values = cells.map { $0.attribute("data-value") ?? "" }
            let c = rate.counts, r = rate.rates
            let expected = [c.yes, c.partial, c.no, c.na, c.blank, c.hedgedYes, c.answered, rate.landlords, rate.answeringLandlords]
                .map(String.init) + [r.strict.map { "\($0)" } ?? "",
                                     r.strictInterval.map { "\($0.low) \($0.high)" } ?? "",
                                     r.lenient.map { "\($0)" } ?? "", r.adjusted.map { "\($0)" } ?? "", ""]
            #expect(values == expected, "\(rate.codeVersion.rawValue) \(rate.provision)")
            #expect(cells[9].textContent == r.strict.map { Report.Cell.fixed(100 * $0, 1) + "%" } ?? "–")
        }
    }

    /// A landlord page's sections table is `chc benchmark`'s (DatasetFigures.benchmark, read landlord by landlord).
    @Test func landlordPagesShowTheBenchmark() throws {
        let (site, dataset) = try Self.corpusSite()
        let queue = try DatasetReader.openReadOnly(path: dataset)
        let ids = try queue.read { db in try String.fetchAll(db, sql: "SELECT id FROM landlords ORDER BY id") }
        for id in ids {
            let benchmarks = try queue.read { db in
                try DatasetFigures.versions(of: id, db).compactMap { try DatasetFigures.benchmark(id, version: $0, db) }
            }
            let dom = try #require(HTMLDocument.parse(try site.render(.landlord(id))))
            for b in benchmarks {
                let rows = try #require(dom.element(id: "sections-\(b.score.codeVersion.rawValue)")).elements("tbody")
                    .flatMap { $0.elements("tr") }
                #expect(rows.count == b.sections.count)
                for (row, s) in zip(rows, b.sections) {
                    let v = row.elements("td").map { $0.attribute("data-value") }
                    #expect(v[2] == String(s.landlord.counts.yes) && v[3] == String(s.landlord.counts.answered))
                    #expect(v[4] == s.landlord.rates.strict.map { "\($0)" } && v[6] == s.sector.rates.strict.map { "\($0)" })
                    #expect(v[9] == s.difference.map { "\($0)" })
                }
                let strip = try #require(dom.element(id: "strip-\(b.score.codeVersion.rawValue)"))
                let filled = strip.elements("td").filter { !$0.textContent.isEmpty }
                #expect(String(filled.count) == strip.attribute("data-cells"))
                #expect(filled.filter { $0.textContent != "·" }.count == b.score.counts.total)
                let minority = dom.element(id: "behind-\(b.score.codeVersion.rawValue)")?.elements("tr").count ?? 1
                #expect(minority - 1 == b.minority.filter { $0.direction == .behind }.count)
            }
        }
    }

    /// Above the limit the heatmap shows rank bands: a row per band, a cell per provision counting the band's
    /// landlords not fully compliant, and the bands together hold every landlord.
    @Test func aLargeHeatmapIsBanded() throws {
        let dataset = try ReportFixtures.corpusDataset.get()
        let site = try ReportFixtures.site(dataset, limits: ReportLimits(heatmapLandlords: 2, heatmapBands: 2))
        let dom = try #require(HTMLDocument.parse(try site.render(.sector)))
        let table = try #require(dom.element(id: "heatmap-2024"))
        let rows = table.elements("tbody").flatMap { $0.elements("tr") }
        #expect(rows.count == 2)
        let sizes = rows.compactMap { row -> Int? in
            let name = row.elements("th").first?.textContent ?? ""
            return Int(name.split(separator: "(").last?.dropLast() ?? "")
        }
        #expect(sizes == [2, 2])  // four 2024 landlords in two bands
        #expect(rows.allSatisfy { $0.elements("td").count == Int(table.attribute("data-columns") ?? "") })
        // Section 8.1: 3 of the 4 landlords answered partial, no or hedged yes (chc gaps lists them).
        let provisions = (table.elements("thead").flatMap { $0.elements("tr") }.last?.elements("th") ?? []).map(\.textContent)
        let column = try #require(provisions.firstIndex(of: "8.1"))
        let total = rows.map { Int($0.elements("td")[column].textContent) ?? -1 }.reduce(0, +)
        let gaps = try DatasetFigures.read(path: dataset) { db in try DatasetFigures.commonNonCompliance(db, version: .v2024, adjusted: true) }
        #expect(total == gaps.first { $0.provision.description == "8.1" }?.notFullyCompliant)
    }

    /// Sector figures: the provisions table is `chc rates` (stored), the trend table is `chc trends` (stored).
    @Test func sectorPageShowsRatesAndTrends() throws {
        let (site, dataset) = try Self.corpusSite()
        let dom = try #require(HTMLDocument.parse(try site.render(.sector)))
        let (rates, trend) = try DatasetFigures.read(path: dataset) { db in
            (try DatasetFigures.provisionRates(db, version: .v2024), try DatasetTrendReads.sectorTrend(db))
        }
        let rows = try #require(dom.element(id: "provisions-2024")).elements("tbody").flatMap { $0.elements("tr") }
        #expect(rows.map { $0.elements("td")[0].textContent } == rates.map(\.provision.description))
        #expect(rows.map { $0.elements("td")[4].attribute("data-value") } == rates.map { $0.rates.strict.map { "\($0)" } })
        let trendRows = try #require(dom.element(id: "trend-2024")).elements("tbody").flatMap { $0.elements("tr") }
        let stored = trend.sectionRates.filter { $0.basis == .version && $0.rate.codeVersion == .v2024 }
            .sorted { ($0.rate.section, $0.year) < ($1.rate.section, $1.year) }
        #expect(trendRows.count == stored.count)
        #expect(trendRows.map { $0.elements("td")[5].attribute("data-value") } == stored.map { $0.rate.rates.strict.map { "\($0)" } })
    }

    /// No page refers to anything outside itself and the site: no scheme, no protocol-relative URL, no url() or
    /// @import in the style sheet, no script; the CSP allows only the inline style sheet by its hash.
    @Test func noPageReferencesAnExternalURL() throws {
        let (site, _) = try Self.corpusSite()
        for page in try ReportFixtures.pages(site) {
            for node in page.dom.all where node.name != "#text" {
                for (name, value) in node.attributes where ["href", "src", "xlink:href", "action", "srcset", "poster", "data"].contains(name) {
                    let v = value.trimmingCharacters(in: .whitespaces).lowercased()
                    #expect(!v.hasPrefix("//") && !(v.split(separator: "/").first?.contains(":") ?? false),
                            "\(page.path): \(name)=\(value)")
                }
            }
            #expect(page.dom.elements("script").isEmpty && page.dom.elements("link").isEmpty && page.dom.elements("img").isEmpty)
            let style = page.dom.elements("style").map(\.textContent).joined()
            #expect(!style.contains("url(") && !style.contains("@import"), "\(page.path)")
            let csp = page.dom.elements("meta").first { $0.attribute("http-equiv") == "Content-Security-Policy" }?.attribute("content")
            #expect(csp?.hasPrefix("default-src 'none'; style-src 'sha256-") == true, "\(page.path)")
            #expect(!page.dom.all.contains { $0.attributes.contains { $0.value.contains("://") } }, "\(page.path)")
        }
    }
}
