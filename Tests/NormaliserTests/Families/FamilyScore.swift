import Assessment

/// How one rendering read back against its expected responses.
struct DocumentScore: Sendable {
    /// A provision read with a status other than the reference's.
    struct WrongStatus: Sendable, Hashable {
        var provision: ProvisionID
        var expected: Status
        var got: Status
    }

    var family: LayoutFamily
    var document: String
    /// Reference responses: the denominator of every rate.
    var responses = 0
    /// Reference responses read back with the reference's status.
    var right = 0
    var missing: [ProvisionID] = []
    /// Provisions read that the reference does not have.
    var invented: [ProvisionID] = []
    var wrong: [WrongStatus] = []
    /// Reference responses whose requirement and evidence both read back (whitespace aside).
    var textAgreed = 0
    var versionRight = true
    /// The normaliser's error when the rendering did not read at all.
    var error: String?
}

/// One family's scores over every corpus document.
struct FamilyScore: Sendable {
    var family: LayoutFamily
    var documents: [DocumentScore]

    var responses: Int { documents.map(\.responses).reduce(0, +) }
    var right: Int { documents.map(\.right).reduce(0, +) }
    var missing: Int { documents.map(\.missing.count).reduce(0, +) }
    var invented: Int { documents.map(\.invented.count).reduce(0, +) }
    var wrong: Int { documents.map(\.wrong.count).reduce(0, +) }
    var textAgreed: Int { documents.map(\.textAgreed).reduce(0, +) }
    var versionWrong: Int { documents.filter { !$0.versionRight }.count }
    var failedDocuments: Int { documents.filter { $0.error != nil }.count }
    /// Statuses right over reference responses (0 when there are none).
    var accuracy: Double { responses == 0 ? 0 : Double(right) / Double(responses) }
    var textAgreement: Double { responses == 0 ? 0 : Double(textAgreed) / Double(responses) }

    /// A few of the failures, for a test's message: `croydon-2024-25.txt: missing 1.4, 2.1; 6.3 no→blank`.
    var failureSummary: String {
        documents.compactMap { d -> String? in
            var parts: [String] = []
            if let error = d.error { parts.append("error: \(error)") }
            if !d.versionRight { parts.append("wrong Code version") }
            if !d.missing.isEmpty { parts.append("missing " + Self.some(d.missing.map(\.description))) }
            if !d.invented.isEmpty { parts.append("invented " + Self.some(d.invented.map(\.description))) }
            if !d.wrong.isEmpty {
                parts.append("wrong " + Self.some(d.wrong.map { "\($0.provision) \($0.expected.rawValue)→\($0.got.rawValue)" }))
            }
            return parts.isEmpty ? nil : "\(d.document): " + parts.joined(separator: "; ")
        }.joined(separator: "\n")
    }

    static func some(_ items: [String]) -> String {
        items.count <= 8 ? items.joined(separator: ", ") : items.prefix(8).joined(separator: ", ") + " and \(items.count - 8) more"
    }
}
