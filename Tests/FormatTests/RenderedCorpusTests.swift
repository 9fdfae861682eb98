import Assessment
import Dataset
import Foundation
@testable import Normaliser
import Testing

/// Every corpus document rendered as a landlord would (Scripts/render-corpus: a Word form with real
/// tables, and LibreOffice's HTML of it) reads back like its text: the same status for every
/// provision, and the same requirement, evidence and commentary for at least 98% of responses.
@Suite struct RenderedCorpusTests {
    static let corpus = Support.root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus/assessments")
    static let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
        .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()

    /// How one rendered file compares with its text, response by response.
    struct Comparison {
        var responses = 0
        var sameStatus = 0
        var sameText = 0
        var extra: [String] = []
        var differences: [String] = []
    }

    static func normalise(_ url: URL, path: String) throws -> Assessment {
        let bytes = [UInt8](try Data(contentsOf: url))
        return try Normaliser(catalogue: try Catalogue.bundled()).normalise(DocumentInput(path: path, bytes: bytes))
    }

    /// Every text and render normalised once for all the tests of this file, by "NAME.txt", "NAME.docx", "NAME.html".
    static let parsed: [String: Result<Assessment, NormaliserError>] = {
        var out: [String: Result<Assessment, NormaliserError>] = [:]
        for name in names {
            for format in ["txt", "docx", "html"] {
                let url = format == "txt" ? corpus.appendingPathComponent(name + ".txt") : Support.rendered.appendingPathComponent(name + "." + format)
                do {
                    out[name + "." + format] = .success(try normalise(url, path: name + "." + format))
                } catch let error as NormaliserError {
                    out[name + "." + format] = .failure(error)
                } catch {
                    out[name + "." + format] = .failure(NormaliserError(kind: .empty, file: url.path, line: nil, message: "\(error)", help: ""))
                }
            }
        }
        return out
    }()

    static func assessment(_ name: String, _ format: String) throws -> Assessment {
        guard let result = parsed[name + "." + format] else { throw NormaliserError(kind: .empty, file: name, line: nil, message: "not rendered", help: "run Scripts/render-corpus") }
        return try result.get()
    }

    static func folded(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    static func compare(_ name: String, format: String) throws -> Comparison {
        let text = try assessment(name, "txt")
        let rendered = try assessment(name, format)
        var byProvision: [String: Response] = [:]
        for r in rendered.responses { byProvision[r.provision.description] = r }
        var c = Comparison()
        for t in text.responses {
            c.responses += 1
            guard let r = byProvision.removeValue(forKey: t.provision.description) else {
                c.differences.append("\(t.provision): missing")
                continue
            }
            if r.status == t.status { c.sameStatus += 1 } else { c.differences.append("\(t.provision): \(r.status) != \(t.status)") }
            let fields = [(r.requirement, t.requirement), (r.evidence, t.evidence), (r.commentary, t.commentary)]
            if fields.allSatisfy({ folded($0.0) == folded($0.1) }) { c.sameText += 1 } else { c.differences.append("\(t.provision): text differs") }
        }
        c.extra = byProvision.keys.sorted()
        return c
    }

    @Test(arguments: ["docx", "html"])
    func renderedFormatReadsLikeItsText(_ format: String) throws {
        try #require(Self.names.count == 5, "the corpus has five documents")
        var total = Comparison()
        for name in Self.names {
            let c = try Self.compare(name, format: format)
            #expect(c.sameStatus == c.responses, "\(name).\(format): \(c.differences)")
            #expect(c.extra.isEmpty, "\(name).\(format) has provisions its text does not: \(c.extra)")
            total.responses += c.responses
            total.sameStatus += c.sameStatus
            total.sameText += c.sameText
            if !c.differences.isEmpty { print("\(name).\(format): \(c.differences.prefix(8))") }
        }
        print("rendered .\(format): same status \(total.sameStatus)/\(total.responses), same requirement, evidence and commentary \(total.sameText)/\(total.responses)")
        #expect(total.sameText * 100 >= total.responses * 98)
    }

    @Test(arguments: ["docx", "html"])
    func the2022FormKeepsItsNoAnswers(_ format: String) throws {
        let name = "unnamed-landlord-2022"
        let text = try Self.assessment(name, "txt")
        let rendered = try Self.assessment(name, format)
        let noes = { (a: Assessment) in a.responses.filter { $0.status == .no }.map(\.provision.description) }
        #expect(!noes(text).isEmpty)
        #expect(noes(rendered) == noes(text))
        #expect(rendered.codeVersion == .v2022)
    }
}

/// The renders scored like `score-gold` against the hand-labelled statuses in ../shared/gold, when
/// that folder is beside the checkout (it is not part of the repository).
@Suite struct RenderedGoldTests {
    static let shared = Support.root.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    /// Gold rows (provision, status, code_version) of the corpus text with these bytes, or nil.
    static func gold(for text: [UInt8]) throws -> [(provision: String, status: String, version: String)]? {
        let goldDir = shared.appendingPathComponent("gold")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: goldDir.path)) ?? []
        for g in names where g.hasSuffix(".gold.csv") {
            let seed = shared.appendingPathComponent("seeds/" + g.dropLast(".gold.csv".count) + ".txt")
            guard let bytes = FileManager.default.contents(atPath: seed.path), [UInt8](bytes) == text else { continue }
            let csv = try String(contentsOf: goldDir.appendingPathComponent(g), encoding: .utf8)
            return csv.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
                let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                return f.count >= 3 ? (f[0], f[1], f[2]) : nil
            }
        }
        return nil
    }

    @Test(arguments: ["docx", "html"])
    func renderedFormatScoresLikeItsText(_ format: String) throws {
        var passed = 0, failed = 0, scored = 0
        for name in RenderedCorpusTests.names {
            let text = [UInt8](try Data(contentsOf: RenderedCorpusTests.corpus.appendingPathComponent(name + ".txt")))
            guard let gold = try Self.gold(for: text) else { continue }
            scored += 1
            let a = try RenderedCorpusTests.assessment(name, format)
            let got = Dictionary(a.responses.map { ("\(a.codeVersion.rawValue) \($0.provision)", $0.status.rawValue) }) { first, _ in first }
            let labelled = Set(gold.map { "\($0.version) \($0.provision)" })
            for row in gold where row.status != "ambiguous" {
                if got["\(row.version) \(row.provision)"] == row.status { passed += 1 } else { failed += 1 }
            }
            failed += got.keys.filter { !labelled.contains($0) }.count
        }
        guard scored > 0 else {
            print("gold scoring skipped: \(Self.shared.path)/gold not found beside the checkout")
            return
        }
        print("rendered .\(format) scored against gold: \(passed) passed, \(failed) failed (\(scored) documents)")
        #expect(failed == 0)
    }
}
