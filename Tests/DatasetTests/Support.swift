import Assessment
import Foundation
import GRDB
@testable import Dataset

/// A fresh empty folder under the system temp folder, unique per call.
func makeTemporaryFolder(_ name: String = #function) throws -> String {
    let clean = name.filter { $0.isLetter || $0.isNumber }
    let path = NSTemporaryDirectory() + "dataset-tests-\(clean)-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Writes `text` to `folder/relative`, creating subfolders.
func writeFile(_ folder: String, _ relative: String, _ text: String) throws {
    let url = URL(fileURLWithPath: folder).appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

/// A 64-hex sha256 stand-in made from a seed character (`"a"` gives `aaaa...`), or a mix of seeds.
func fakeSHA(_ seed: String) -> String {
    let hex = Array("0123456789abcdef")
    var out = ""
    for (i, scalar) in seed.unicodeScalars.enumerated() { out.append(hex[Int((scalar.value &+ UInt32(i)) % 16)]) }
    while out.count < 64 { out += out.isEmpty ? "0" : out }
    return String(out.prefix(64))
}

/// A hand-made assessment with responses `(provision, status)` in the given Code version.
func sampleAssessment(path: String, sha: String, landlord: String? = nil, version: CodeVersion = .v2024,
                      answers: [(String, Status)] = [("1.2", .yes), ("6.1", .no), ("6.10", .partial)],
                      extraParts: [SourceFile] = []) -> Assessment {
    var responses: [Response] = []
    for (i, answer) in answers.enumerated() {
        let id = ProvisionID(answer.0) ?? ProvisionID(section: 0, item: 0)
        responses.append(Response(
            codeVersion: version, provision: id, provisionSource: .printed, section: id.section,
            stage: id.section == 6 ? 1 : nil, obligation: .must, obligationSource: "catalogue",
            requirement: "Requirement \(answer.0), with \"quotes\", commas and ‘smart’ quotes",
            status: answer.1, statusText: answer.1 == .blank ? nil : answer.1.rawValue.capitalized,
            statusRule: "answer word", evidence: "Policy p.\(i + 1)", commentary: "", action: "",
            sourcePath: path, lineStart: 10 + 2 * i, lineEnd: 11 + 2 * i))
    }
    var account = LineAccount()
    account.blank = 10
    account.response = 2 * answers.count
    account.heading = 5
    account.unparsed = 1
    account.boilerplate = 4
    account.total = account.blank + account.response + account.heading + account.unparsed + account.boilerplate
    return Assessment(
        sources: [SourceFile(path: path, sha256: sha, byteCount: 1200, lineCount: 40, encoding: "utf-8")] + extraParts,
        codeVersion: version, versionReason: "cue: statutory", title: "Self-assessment", landlordName: landlord,
        period: "2024-25", format: "text/tab-table", responses: responses,
        unparsed: [UnparsedLine(sourcePath: path, line: 3, text: "Page 1 of 4", reason: .outsideTable, detail: "front matter")],
        lineAccount: account)
}

/// Three documents: two from the same landlord (one named in text, one by the manifest) and one unnamed.
func sampleRecords() -> [DocumentRecord] {
    [
        DocumentRecord(assessment: sampleAssessment(path: "assessments/croydon-2024-25.txt", sha: fakeSHA("croydon"),
                                                    landlord: "Croydon Council"),
                       landlordKind: "local_authority", sourceURL: "https://example.org/croydon"),
        DocumentRecord(assessment: sampleAssessment(path: "assessments/croydon-2023-24.txt", sha: fakeSHA("croydon-old"),
                                                    version: .v2022, answers: [("1.2", .yes), ("5.1", .na)]),
                       landlordName: "croydon council ", period: "2023-24"),
        DocumentRecord(assessment: sampleAssessment(path: "assessments/unnamed-landlord-2022.txt", sha: fakeSHA("unnamed"),
                                                    answers: [("2.1", .blank)])),
    ]
}

/// GRDB's `dumpContent()` of the dataset at `path`, as text.
func dump(_ path: String) throws -> String {
    final class Text: TextOutputStream {
        var value = ""
        func write(_ string: String) { value += string }
    }
    let text = Text()
    let queue = try DatabaseQueue(path: path)
    try queue.dumpContent(format: .quote(), to: text)
    try queue.close()
    return text.value
}

/// A catalogue for the writer tests (the bundled one).
func bundledCatalogue() throws -> Catalogue { try Catalogue.bundled() }
