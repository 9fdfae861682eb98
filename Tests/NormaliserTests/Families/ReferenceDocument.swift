import Assessment
import Foundation
import Normaliser

/// One corpus document as the reference reading gives it: what every family rendering must read back.
///
/// Built at test time by normalising a `Corpus/assessments/*.txt` file through the public API only, so the
/// generator never copies corpus text into committed files and keeps working when the normaliser's internals
/// are replaced.
///
/// ```swift
/// let docs = try ReferenceDocument.corpus(catalogue: try Support.catalogue())
/// docs[0].responses[0].provision  // 1.2
/// ```
struct ReferenceDocument: Sendable {
    /// File name, e.g. `croydon-2024-25.txt`.
    var name: String
    var title: String?
    var codeVersion: CodeVersion
    /// Section captions from the catalogue, by section number.
    var sectionTitles: [Int: String]
    var responses: [ReferenceResponse]

    /// The corpus folder, found from this file's path.
    static let corpusFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/assessments")

    /// Normalises every corpus assessment, in file-name order.
    ///
    /// - Throws: the file system's error when the corpus folder cannot be listed, or the normaliser's error
    ///   (naming the file) when a corpus document no longer reads.
    static func corpus(catalogue: Catalogue) throws -> [ReferenceDocument] {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpusFolder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        let normaliser = Normaliser(catalogue: catalogue)
        return try names.map { name in
            let bytes = [UInt8](try Data(contentsOf: corpusFolder.appendingPathComponent(name)))
            let assessment = try normaliser.normalise(DocumentInput(path: name, bytes: bytes))
            return ReferenceDocument(name: name, assessment: assessment, catalogue: catalogue)
        }
    }

    init(name: String, title: String?, codeVersion: CodeVersion, sectionTitles: [Int: String],
         responses: [ReferenceResponse]) {
        self.name = name
        self.title = title
        self.codeVersion = codeVersion
        self.sectionTitles = sectionTitles
        self.responses = responses
    }

    init(name: String, assessment: Assessment, catalogue: Catalogue) {
        var titles: [Int: String] = [:]
        for provision in catalogue.all(assessment.codeVersion) where titles[provision.sectionNumber] == nil {
            titles[provision.sectionNumber] = provision.sectionTitle
        }
        self.init(name: name, title: assessment.title, codeVersion: assessment.codeVersion, sectionTitles: titles,
                  responses: assessment.responses.map(ReferenceResponse.init))
    }

    /// True when any response carries an action (the table families then add an Action column).
    var hasActions: Bool { responses.contains { !$0.action.isEmpty } }

    /// True for the 2022 form, whose table has 'Comply – Yes' / 'Comply – No' / 'Action' columns.
    var usesForm2022: Bool { codeVersion == .v2022 }
}

/// One response of the reference reading, in the terms a rendering writes it back.
struct ReferenceResponse: Sendable, Hashable {
    var provision: ProvisionID
    var status: Status
    /// The answer as the document wrote it; nil when no answer was given.
    var statusText: String?
    var requirement: String
    var evidence: String
    var commentary: String
    var action: String
    var section: Int
    var obligation: Obligation?
    /// True when the obligation came from the form's own must/should group caption.
    var obligationFromHeading: Bool

    init(provision: ProvisionID, status: Status, statusText: String?, requirement: String, evidence: String = "",
         commentary: String = "", action: String = "", section: Int? = nil, obligation: Obligation? = nil,
         obligationFromHeading: Bool = false) {
        self.provision = provision
        self.status = status
        self.statusText = statusText
        self.requirement = requirement
        self.evidence = evidence
        self.commentary = commentary
        self.action = action
        self.section = section ?? provision.section
        self.obligation = obligation
        self.obligationFromHeading = obligationFromHeading
    }

    init(_ response: Response) {
        provision = response.provision
        status = response.status
        statusText = response.statusText
        requirement = response.requirement
        evidence = response.evidence
        commentary = response.commentary
        action = response.action
        section = response.section
        obligation = response.obligation
        obligationFromHeading = response.obligationSource == "heading"
    }

    /// The answer a rendering writes in the answer's place; nil for a blank answer.
    ///
    /// An answer of up to three words is written as the document wrote it (`Yes`, `n/a`, `In part currently;`).
    /// A longer one is text from the 2022 form's 'Comply – Yes' / 'Comply – No' column (or text run into the
    /// answer cell), whose status came from the column it sat in; a layout without those columns must say the
    /// answer, so the status's plain word is written instead (`No`).
    var answer: String? {
        guard status != .blank else { return nil }
        let text = (statusText ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let words = text.split(whereSeparator: \.isWhitespace)
        if !words.isEmpty && words.count <= 3 { return text }
        return FamilyVocabulary.plainAnswer(status)
    }

    /// Evidence, commentary and action in reading order, for layouts that do not mark where each begins.
    var body: String { [evidence, commentary, action].filter { !$0.isEmpty }.joined(separator: "\n") }
}
