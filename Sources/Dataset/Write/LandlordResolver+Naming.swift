import Assessment

extension LandlordResolver {
    /// The landlord a group forms: its aliases counted, its display name, kind and documents.
    static func landlord(_ group: Group) -> Landlord {
        var counts: [Alias: Int] = [:]
        for d in group.members {
            var seen = Set<Alias>()
            for n in d.names { seen.insert(Alias(text: collapsed(n.text), source: n.source, documents: 0)) }
            if let domain = d.domain { seen.insert(Alias(text: domain, source: .url, documents: 0)) }
            for alias in seen { counts[alias, default: 0] += 1 }
        }
        let aliases = counts.map { Alias(text: $0.key.text, source: $0.key.source, documents: $0.value) }
            .sorted { ($0.source.order, $0.text) < ($1.source.order, $1.text) }
        let names = aliases.filter { $0.source != .url }
        var kinds: [String: Int] = [:]
        for d in group.members { if let k = d.kind { kinds[k, default: 0] += 1 } }
        let kind = kinds.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key ?? "unknown"
        let members = group.members.sorted { $0.documentID < $1.documentID }
        return Landlord(id: group.id, name: displayName(names) ?? group.placeholder ?? members.first?.unnamedName ?? group.id,
                        kind: kind, named: !names.isEmpty, documentIDs: members.map(\.documentID),
                        sortPaths: members.map(\.sortPath), aliases: aliases)
    }

    /// The name to show: the manifest's as written (its most complete form if it gives several), else the most
    /// complete official form seen ('Acme Borough Council' over 'Acme'), tidied; nil when there is none.
    static func displayName(_ names: [Alias]) -> String? {
        let manifest = names.filter { $0.source == .manifest }
        if !manifest.isEmpty {
            return manifest.min { ($1.wordCount, $1.documents, $0.text) < ($0.wordCount, $0.documents, $1.text) }?.text
        }
        let best = names.min { a, b in
            let x = (a.isOfficial ? 0 : 1, -a.wordCount, a.source.order, a.isAllCapitals ? 1 : 0, -a.documents)
            let y = (b.isOfficial ? 0 : 1, -b.wordCount, b.source.order, b.isAllCapitals ? 1 : 0, -b.documents)
            return x != y ? x < y : a.text < b.text
        }
        return best.map { LandlordName.display($0.text) }
    }

    /// `text` with runs of whitespace as one space, trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension LandlordResolver.Alias {
    var wordCount: Int { LandlordName.words(text).count }
    /// A council's or an organisation's form, not a bare name.
    var isOfficial: Bool { LandlordName(text).map { $0.form != .bare } ?? false }
    var isAllCapitals: Bool {
        let letters = text.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }
}

extension LandlordNameSource {
    /// Trust order: manifest, title, text, file name, then the address.
    var order: Int {
        switch self {
        case .manifest: return 0
        case .title: return 1
        case .text: return 2
        case .fileName: return 3
        case .url: return 4
        }
    }
}
