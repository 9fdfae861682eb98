import Assessment
import Foundation
@testable import Normaliser
import Testing

/// Renders of the corpus documents as PDF (a Word form saved as PDF, or rendered otherwise) read like
/// their text: every provision with the same status, the 2022 form's No answers kept, and the same
/// requirement / evidence / commentary text (whitespace-normalised) for at least 98% of the responses
/// of each folder of renders.
///
/// Folders of renders come from `CHC_PDF_RENDERS` (separated by `:`), else Tests/FormatTests/Rendered.
/// A render `NAME.pdf` or `NAME.anything.pdf` is compared with Corpus/assessments/NAME.txt. Without
/// renders the test is skipped (and reported as skipped).
@Suite struct CorpusRenderTests {
    static func folders() -> [URL] {
        let env = ProcessInfo.processInfo.environment["CHC_PDF_RENDERS"]
        let folders = env.map { $0.split(separator: ":").map { URL(fileURLWithPath: String($0)) } }
            ?? [Support.root.appendingPathComponent("Tests/FormatTests/Rendered")]
        return folders.filter { !renders(in: $0).isEmpty }
    }

    static func renders(in folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".pdf") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The corpus text file a render was made from.
    static func source(of render: URL) -> URL {
        let stem = render.lastPathComponent.split(separator: ".").first.map(String.init) ?? ""
        return Support.root.appendingPathComponent("Corpus/assessments/\(stem).txt")
    }

    struct Tally {
        var responses = 0, sameStatus = 0, sameText = 0
        var differences: [String] = []
    }

    @Test(.enabled(if: !folders().isEmpty, "no corpus renders: set CHC_PDF_RENDERS or add Tests/FormatTests/Rendered"),
          arguments: folders())
    func rendersReadLikeTheirText(_ folder: URL) throws {
        var total = Tally()
        for render in Self.renders(in: folder) {
            let tally = try compare(render)
            print("corpus render \(render.lastPathComponent): \(tally.responses) responses, same status \(tally.sameStatus), same text \(tally.sameText)")
            total.responses += tally.responses
            total.sameStatus += tally.sameStatus
            total.sameText += tally.sameText
            total.differences += tally.differences.prefix(3)
        }
        print("corpus renders in \(folder.lastPathComponent): same status \(total.sameStatus) of \(total.responses), same text \(total.sameText) of \(total.responses)")
        #expect(total.sameStatus == total.responses)
        #expect(Double(total.sameText) >= 0.98 * Double(total.responses),
                "same text in \(total.sameText) of \(total.responses) responses; e.g.\n\(total.differences.prefix(6).joined(separator: "\n"))")
    }

    /// One render against the text parse of its source.
    private func compare(_ render: URL) throws -> Tally {
        let text = try Support.normalise(Self.source(of: render), path: "text")
        let pdf = try Support.normalise(render, path: render.lastPathComponent)
        let byProvision = Dictionary(pdf.responses.map { ($0.provision, $0) }, uniquingKeysWith: { a, _ in a })
        var tally = Tally(responses: text.responses.count)
        for r in text.responses {
            guard let p = byProvision[r.provision] else {
                Issue.record("\(render.lastPathComponent): \(r.provision) not read")
                continue
            }
            if p.status == r.status { tally.sameStatus += 1 } else {
                Issue.record("\(render.lastPathComponent): \(r.provision) read as \(p.status), text says \(r.status)")
            }
            let fields = [("requirement", r.requirement, p.requirement), ("evidence", r.evidence, p.evidence), ("commentary", r.commentary, p.commentary)]
            let differing = fields.filter { Support.squeeze($0.1) != Support.squeeze($0.2) }
            if differing.isEmpty { tally.sameText += 1 }
            tally.differences += differing.map { "\(render.lastPathComponent) \(r.provision) \($0.0): text '\(Support.squeeze($0.1).prefix(160))' / pdf '\(Support.squeeze($0.2).prefix(160))'" }
        }
        #expect(pdf.responses.count == text.responses.count, "\(render.lastPathComponent)")
        #expect(pdf.responses.filter { $0.status == .no }.count == text.responses.filter { $0.status == .no }.count, "\(render.lastPathComponent)")
        return tally
    }
}
