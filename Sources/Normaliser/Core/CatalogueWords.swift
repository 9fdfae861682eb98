import Assessment

/// The catalogue's summaries as content-word sets, per version, for matching a row's requirement text to
/// the provision it states (numbers lost, version told from the wording).
struct CatalogueWords: Sendable {
    private let words: [CodeVersion: [ProvisionID: Set<String>]]

    init(_ catalogue: Catalogue) {
        var w: [CodeVersion: [ProvisionID: Set<String>]] = [:]
        for v in CodeVersion.allCases {
            var m: [ProvisionID: Set<String>] = [:]
            for p in catalogue.all(v) { m[p.id] = Text.contentWords(p.summary) }
            w[v] = m
        }
        words = w
    }

    /// Share of the summary's content words that `text` contains (0…1); 0 for an unknown provision.
    func similarity(_ textWords: Set<String>, _ version: CodeVersion, _ id: ProvisionID) -> Double {
        guard let summary = words[version]?[id], !summary.isEmpty else { return 0 }
        return Double(summary.intersection(textWords).count) / Double(summary.count)
    }
}
