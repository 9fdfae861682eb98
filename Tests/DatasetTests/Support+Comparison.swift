import Build
import Assessment
import Foundation
@testable import Dataset

/// One hand-made answer: provision, status and the evidence text.
struct FixtureAnswer {
    var provision: String
    var status: Status
    var evidence = ""
}

/// A hand-made assessment of `version` with the given answers (requirement "Requirement <provision>.").
func fixtureAssessment(path: String, sha: String, version: CodeVersion, answers: [FixtureAnswer]) -> Assessment {
    var responses: [Response] = []
    for (i, answer) in answers.enumerated() {
        let id = ProvisionID(answer.provision) ?? ProvisionID(section: 0, item: 0)
        responses.append(Response(
            codeVersion: version, provision: id, provisionSource: .printed, section: id.section, stage: nil,
            obligation: .must, obligationSource: "catalogue", requirement: "Requirement \(answer.provision).",
            status: answer.status, statusText: answer.status == .blank ? nil : answer.status.rawValue,
            statusRule: "answer word", evidence: answer.evidence, commentary: i == 0 ? "Reviewed and agreed" : "",
            action: answer.status == .no ? "Update the policy" : "", sourcePath: path,
            lineStart: 5 + 3 * i, lineEnd: 7 + 3 * i))
    }
    var account = LineAccount()
    account.response = 3 * answers.count
    account.total = account.response
    return Assessment(sources: [SourceFile(path: path, sha256: sha, byteCount: 100, lineCount: account.total, encoding: "utf-8")],
                      codeVersion: version, versionReason: "manifest", title: nil, landlordName: nil, period: nil,
                      format: "text/tab-table", responses: responses, unparsed: [], lineAccount: account)
}

/// Five landlords, both Code versions, every status:
///
/// | landlord | documents |
/// | --- | --- |
/// | Alpha Homes | 2024 Code 2023-24 (superseded) and 2024-25 |
/// | Beta Council, Gamma Trust | 2024 Code 2024-25 |
/// | Delta Homes | 2024 Code 2024-25 and 2022 Code 2022-23 |
/// | Epsilon Council | 2022 Code 2023-24 only |
///
/// Latest 2024 answers: 1.2 yes, yes, yes, no (3 of 4); 6.1 partial, no, na, yes; 6.10 all blank; 3.1 yes,
/// partial, yes, yes. 2022: 1.2 yes/no, 1.9 partial/yes, 5.1 no/yes, 2.1 na (Epsilon only).
func comparisonRecords() -> [DocumentRecord] {
    func record(_ name: String, _ kind: String, _ file: String, _ version: CodeVersion, _ period: String,
                _ answers: [FixtureAnswer]) -> DocumentRecord {
        let path = "assessments/\(file).txt"
        return DocumentRecord(assessment: fixtureAssessment(path: path, sha: fakeSHA(file), version: version, answers: answers),
                              landlordName: name, landlordKind: kind, period: period)
    }
    return [
        record("Alpha Homes", "housing_association", "alpha-2024-25", .v2024, "2024-25", [
            FixtureAnswer(provision: "1.2", status: .yes, evidence: "Complaints policy section 2"),
            FixtureAnswer(provision: "3.1", status: .yes, evidence: "Annual learning report, café review panel"),
            FixtureAnswer(provision: "6.1", status: .partial, evidence: "Remedies guidance AND training"),
            FixtureAnswer(provision: "6.10", status: .blank),
        ]),
        record("Alpha Homes", "housing_association", "alpha-2023-24", .v2024, "2023-24", [
            FixtureAnswer(provision: "1.2", status: .no), FixtureAnswer(provision: "3.1", status: .no),
            FixtureAnswer(provision: "6.1", status: .no), FixtureAnswer(provision: "6.10", status: .no),
        ]),
        record("Beta Council", "local_authority", "beta-2024-25", .v2024, "2024-25", [
            FixtureAnswer(provision: "1.2", status: .yes, evidence: "Policy on the website"),
            FixtureAnswer(provision: "3.1", status: .partial, evidence: "Report learning to the board"),
            FixtureAnswer(provision: "6.1", status: .no), FixtureAnswer(provision: "6.10", status: .blank),
        ]),
        record("Gamma Trust", "housing_association", "gamma-2024-25", .v2024, "2024-25", [
            FixtureAnswer(provision: "1.2", status: .yes), FixtureAnswer(provision: "3.1", status: .yes),
            FixtureAnswer(provision: "6.1", status: .na), FixtureAnswer(provision: "6.10", status: .blank),
        ]),
        record("Delta Homes", "other", "delta-2024-25", .v2024, "2024-25", [
            FixtureAnswer(provision: "1.2", status: .no), FixtureAnswer(provision: "3.1", status: .yes),
            FixtureAnswer(provision: "6.1", status: .yes), FixtureAnswer(provision: "6.10", status: .blank),
        ]),
        record("Delta Homes", "other", "delta-2022-23", .v2022, "2022-23", [
            FixtureAnswer(provision: "1.2", status: .yes), FixtureAnswer(provision: "1.9", status: .partial),
            FixtureAnswer(provision: "5.1", status: .no),
        ]),
        record("Epsilon Council", "local_authority", "epsilon-2023-24", .v2022, "2023-24", [
            FixtureAnswer(provision: "1.2", status: .no), FixtureAnswer(provision: "1.9", status: .yes),
            FixtureAnswer(provision: "2.1", status: .na), FixtureAnswer(provision: "5.1", status: .yes),
        ]),
    ]
}

/// Builds the `comparisonRecords()` dataset in a fresh folder and returns its path.
func makeComparisonDataset(_ name: String = #function) throws -> String {
    let path = try makeTemporaryFolder(name) + "/dataset.sqlite"
    let summary = try DatasetWriter(path: path).write(documents: comparisonRecords(), catalogue: try bundledCatalogue(),
                                                      toolVersion: "test")
    guard summary.skipped.isEmpty, summary.documentCount == 7 else {
        throw FixtureError(message: "fixture documents must have distinct sha256: \(summary.skipped)")
    }
    return path
}

/// A broken test fixture.
struct FixtureError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// The repository's `Corpus` folder.
func corpusFolder() -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus").path
}
