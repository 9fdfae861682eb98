import Build
import Assessment
import Dataset
import Foundation

/// Small corpora written by the tests themselves (one tab-separated self-assessment per document, a manifest
/// naming landlord, period and Code version) and built into a dataset with `CorpusBuilder`.
struct FixtureCorpus {
    struct Row {
        let provision: String
        let answer: String
        let evidence: String
        init(_ provision: String, _ answer: String, _ evidence: String = "Complaints policy section 2") {
            self.provision = provision
            self.answer = answer
            self.evidence = evidence
        }
    }

    struct Document {
        let file: String
        let landlord: String
        let period: String
        let version: CodeVersion
        let rows: [Row]
    }

    let folder: URL
    let dataset: String

    /// Writes `documents` under `corpus/` in a new temporary folder and builds `dataset.sqlite` beside that
    /// (outside the corpus, as `chc build` requires).
    init(_ documents: [Document]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("chc-report-\(UUID().uuidString)")
        let corpus = folder.appendingPathComponent("corpus")
        let assessments = corpus.appendingPathComponent("assessments")
        try FileManager.default.createDirectory(at: assessments, withIntermediateDirectories: true)
        var manifest = "file,landlord,landlord_kind,period,code_version\n"
        for d in documents {
            var text = "Code provision\tCode requirement\tComply: Yes / No\tEvidence\tCommentary / explanation\n"
            for r in d.rows {
                text += "\(r.provision)\tWhat the landlord must do under provision \(r.provision).\t\(r.answer)\t\(r.evidence)\t\n"
            }
            try text.write(to: assessments.appendingPathComponent(d.file), atomically: true, encoding: .utf8)
            manifest += [("assessments/" + d.file), d.landlord, "housing_association", d.period, d.version.rawValue]
                .map(Self.csvField).joined(separator: ",") + "\n"
        }
        try manifest.write(to: corpus.appendingPathComponent("manifest.csv"), atomically: true, encoding: .utf8)
        dataset = folder.appendingPathComponent("dataset.sqlite").path
        let report = try CorpusBuilder(corpus: corpus.path, catalogue: try Catalogue.bundled(), toolVersion: "test")
            .build(to: dataset)
        guard report.failures.isEmpty else {
            throw FixtureError(description: "fixture documents failed: \(report.failures.map(\.message))")
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// Landlords with two assessments each (one within the 2024 Code, one from the 2022 to the 2024 Code) and one
    /// with a single assessment: every kind of trend step.
    static func trends() throws -> FixtureCorpus {
        try FixtureCorpus([
            Document(file: "alpha-2023.txt", landlord: "Alpha Homes", period: "2023-24", version: .v2024, rows: [
                Row("1.2", "No"), Row("1.3", "Yes"), Row("1.4", "Yes"), Row("1.5", "Yes"), Row("1.6", "N/A"),
            ]),
            Document(file: "alpha-2024.txt", landlord: "Alpha Homes", period: "2024-25", version: .v2024, rows: [
                Row("1.2", "Yes"), Row("1.3", "Partial"), Row("1.4", "Yes", "We will review the policy in September 2025"),
                Row("1.5", "Yes"), Row("1.6", "Yes"),
            ]),
            Document(file: "beta-2022.txt", landlord: "Beta Council", period: "2022-23", version: .v2022, rows: [
                Row("1.2", "No"), Row("1.3", "Yes"), Row("1.9", "Partial"),
            ]),
            Document(file: "beta-2024.txt", landlord: "Beta Council", period: "2024-25", version: .v2024, rows: [
                Row("1.2", "Yes"), Row("1.3", "Yes"), Row("2.4", "Yes"),
            ]),
            Document(file: "gamma-2024.txt", landlord: "Gamma Trust", period: "2024", version: .v2024, rows: [
                Row("1.2", "Yes"), Row("1.3", "No"), Row("1.4", "Yes", ""), Row("1.5", "Partial"),
            ]),
        ])
    }
}

struct FixtureError: Error, CustomStringConvertible { let description: String }
