import Assessment
import Build
import Foundation
@testable import Dataset

/// A generated sector of documents for the writer: `landlords` landlords with one to three documents each, both
/// Code versions, periods with and without a year, every status, hedged yeses ("Training to be rolled out."),
/// names beyond ASCII (in composed and decomposed forms), a bare name and a document naming no landlord. The same
/// records for the same seed.
func generatedSectorRecords(landlords: Int, seed: UInt64, catalogue: Catalogue) -> [DocumentRecord] {
    var random = SectorRandom(state: seed)
    let periods: [String?] = [nil, "2022-23", "2023-24", "2024-25", "2024", "2025-26"]
    let styles = ["Homes", "Housing Trust", "Council", "Housing Association", "Living"]
    let firsts = ["Ashby", "Zoë", "Zoe\u{308}", "Ćwierć", "Bramley", "Østerby", "Carrow", "Dunmore", "Élan", "Fenwick"]
    var records: [DocumentRecord] = []
    var serial = 0
    for l in 0..<landlords {
        var name = "\(firsts[l % firsts.count]) \(l / firsts.count) \(styles[l % styles.count])"
        // Two landlords (of two kinds) whose names are the same text, composed and decomposed.
        if l >= 10, l % 10 == 1 { name = "Zoë Homes" }
        if l >= 10, l % 10 == 2 { name = "Zoe\u{308} Homes" }
        for d in 0..<(1 + random.below(3)) {
            serial += 1
            let version: CodeVersion = random.below(3) == 0 ? .v2022 : .v2024
            let path = "assessments/landlord-\(l)-\(d).txt"
            var responses: [Response] = []
            for (i, p) in catalogue.all(version).enumerated() where random.below(6) != 0 {
                let status: Status = [.yes, .yes, .yes, .partial, .no, .na, .blank][random.below(7)]
                let hedged = status == .yes && random.below(4) == 0
                responses.append(Response(
                    codeVersion: version, provision: p.id, provisionSource: .printed, section: p.sectionNumber, stage: nil,
                    obligation: .must, obligationSource: "catalogue", requirement: "Requirement \(p.id).",
                    status: status, statusText: status == .blank ? nil : status.rawValue, statusRule: "answer word",
                    evidence: random.below(3) == 0 ? "" : "Policy \(i) section \(random.below(9))",
                    commentary: hedged ? "Training to be rolled out." : (random.below(4) == 0 ? "Reviewed by the board" : ""),
                    action: status == .no ? "Update the policy" : "", sourcePath: path, lineStart: 5 + 3 * i, lineEnd: 7 + 3 * i))
            }
            var account = LineAccount()
            account.response = 3 * responses.count
            account.total = account.response
            let sha = String(repeating: "0", count: 16 - String(serial, radix: 16).count) + String(serial, radix: 16)
                + String(repeating: "a", count: 48)
            let assessment = Assessment(
                sources: [SourceFile(path: path, sha256: sha, byteCount: 100, lineCount: account.total, encoding: "utf-8")],
                codeVersion: version, versionReason: "manifest", title: nil, landlordName: nil, period: nil,
                format: "text/tab-table", responses: responses, unparsed: [], lineAccount: account)
            let named: String? = l == 1 ? nil : (l == 2 ? firsts[2] : name)
            records.append(DocumentRecord(assessment: assessment, landlordName: named,
                                          landlordKind: l % 2 == 0 ? "housing_association" : "local_authority",
                                          period: periods[random.below(periods.count)]))
        }
    }
    return records
}

/// SplitMix64, for generated test data.
struct SectorRandom {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// Builds `generatedSectorRecords` into a fresh dataset and returns its path.
func makeSectorDataset(landlords: Int = 40, seed: UInt64 = 7, _ name: String = #function) throws -> String {
    let catalogue = try bundledCatalogue()
    let path = try makeTemporaryFolder(name) + "/dataset.sqlite"
    let summary = try DatasetWriter(path: path, batchSize: 7)
        .write(documents: generatedSectorRecords(landlords: landlords, seed: seed, catalogue: catalogue),
               catalogue: catalogue, toolVersion: "test")
    guard summary.skipped.isEmpty else { throw FixtureError(message: "generated documents were skipped: \(summary.skipped)") }
    return path
}
