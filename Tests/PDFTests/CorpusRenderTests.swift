import Assessment
import Foundation
@testable import Normaliser
import Testing

/// Renders of the corpus documents as PDF (Word form -> PDF, and other renderings) read like their text:
/// the same provisions with the same statuses, and the same requirement / evidence / commentary text
/// (whitespace-normalised) for at least 98% of responses, the 2022 form's No answers kept.
///
/// The renders are looked for in `CHC_PDF_RENDERS` (folders separated by `:`), else in
/// Tests/FormatTests/Rendered. A render `NAME.pdf` or `NAME.anything.pdf` is compared with
/// Corpus/assessments/NAME.txt. Without renders the test is skipped (reported as such).
@Suite struct CorpusRenderTests {
    static func renders() -> [URL] {
        let env = ProcessInfo.processInfo.environment["CHC_PDF_RENDERS"]
        let folders = env.map { $0.split(separator: ":").map { URL(fileURLWithPath: String($0)) } }
            ?? [Support.root.appendingPathComponent("Tests/FormatTests/Rendered")]
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".pdf") }.sorted().map { folder.appendingPathComponent($0) }
        }
    }

    /// The corpus text file a render was made from.
    static func source(of render: URL) -> URL {
        let stem = render.lastPathComponent.split(separator: ".").first.map(String.init) ?? ""
        return Support.root.appendingPathComponent("Corpus/assessments/\(stem).txt")
    }

    @Test(.enabled(if: !renders().isEmpty, "no corpus renders: set CHC_PDF_RENDERS or add Tests/FormatTests/Rendered"),
          arguments: renders())
    func aRenderReadsLikeItsText(_ render: URL) throws {
        let text = try Support.normalise(Self.source(of: render), path: "text")
        let pdf = try Support.normalise(render, path: render.lastPathComponent)
        let byProvision = Dictionary(pdf.responses.map { ($0.provision, $0) }, uniquingKeysWith: { a, _ in a })
        var sameStatus = 0, sameText = 0
        var differences: [String] = []
        for r in text.responses {
            guard let p = byProvision[r.provision] else {
                Issue.record("\(render.lastPathComponent): \(r.provision) not read")
                continue
            }
            if p.status == r.status { sameStatus += 1 } else {
                Issue.record("\(render.lastPathComponent): \(r.provision) read as \(p.status), text says \(r.status)")
            }
            let fields = [(r.requirement, p.requirement), (r.evidence, p.evidence), (r.commentary, p.commentary)]
            if fields.allSatisfy({ Support.squeeze($0.0) == Support.squeeze($0.1) }) { sameText += 1 } else {
                for (name, pair) in zip(["requirement", "evidence", "commentary"], fields) where Support.squeeze(pair.0) != Support.squeeze(pair.1) {
                    differences.append("\(r.provision) \(name): text '\(Support.squeeze(pair.0))' / pdf '\(Support.squeeze(pair.1))'")
                }
            }
        }
        print("corpus render \(render.lastPathComponent): \(pdf.responses.count) responses (text \(text.responses.count)), same status \(sameStatus), same text \(sameText), no answers \(pdf.responses.filter { $0.status == .no }.count)")
        #expect(pdf.responses.count == text.responses.count)
        #expect(sameStatus == text.responses.count)
        #expect(Double(sameText) >= 0.98 * Double(text.responses.count),
                "\(render.lastPathComponent): same text in \(sameText) of \(text.responses.count) responses; first differences:\n\(differences.prefix(4).joined(separator: "\n"))")
        #expect(pdf.responses.filter { $0.status == .no }.count == text.responses.filter { $0.status == .no }.count)
    }
}
