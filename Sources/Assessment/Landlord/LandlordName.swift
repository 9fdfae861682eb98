/// A landlord's name taken apart into the words that identify it and the kind of organisation it
/// names, so that spellings of one landlord compare equal: 'Acme Council', 'Acme Borough Council',
/// 'London Borough of Acme', 'ACME CITY COUNCIL' all have the key `acme council`, while 'Acme Homes'
/// (`acme homes`) and 'Acme Housing Association' (`acme housing`) are other landlords.
///
/// ```swift
/// LandlordName("London Borough of Acme")?.key   // "acme council"
/// LandlordName("The Acme Homes Limited")?.key   // "acme homes"
/// LandlordName("Acme")?.form                    // .bare
/// LandlordName("Your Council")                  // nil: no word identifies a landlord
/// ```
public struct LandlordName: Sendable, Hashable {
    /// What kind of organisation a name says it belongs to.
    public enum Form: String, Sendable, Hashable {
        /// A local authority: 'X Council', 'X Borough Council', 'London Borough of X', 'City of X'.
        case council
        /// A housing association, trust or company: a name ending in words such as Homes, Housing, Trust, Group.
        case organisation
        /// A name with no organisation words ('Acme'): a spelling of whichever landlord shares its words.
        case bare
    }

    /// The kind of organisation.
    public let form: Form
    /// The identifying words, lowercased: a council's place ('barking and dagenham'), an organisation's
    /// name without its type words ('acme' of 'Acme Housing Trust'), or all the words of a bare name.
    public let core: [String]
    /// An organisation's type words ('housing trust'); empty for councils and bare names.
    public let typeWords: [String]

    /// The normalised key: `<core> council`, `<core> <type words>`, or `<core>`.
    public var key: String {
        switch form {
        case .council: return (core + ["council"]).joined(separator: " ")
        case .organisation: return (core + typeWords).joined(separator: " ")
        case .bare: return core.joined(separator: " ")
        }
    }

    /// Reads a name; nil when none of its words identifies a landlord ('Council', 'Your Council',
    /// 'Housing Ombudsman', '2024') or it names a body of people around one ('Acme Tenants Association').
    public init?(_ text: String) {
        var words = Self.words(text)
        if words.first == "the" { words.removeFirst() }
        while let last = words.last, LandlordVocabulary.legalSuffixes.contains(last) { words.removeLast() }
        guard let parsed = Self.council(words) ?? Self.organisation(words) ?? Self.bare(words),
              Self.identifies(parsed.1), !parsed.1.contains(where: LandlordVocabulary.bodyWords.contains) else { return nil }
        (form, core, typeWords) = parsed
    }

    /// True if both names can be spellings of one landlord: equal keys, or a bare name with the other's core
    /// ('Acme' and 'Acme Borough Council'; not 'Acme Council' and 'Acme Homes').
    public func isSpelling(of other: LandlordName) -> Bool {
        if key == other.key { return true }
        return (form == .bare || other.form == .bare) && core == other.core
    }

    /// A council's form ('London Borough of X', 'X Borough Council', 'X Council Housing Services', 'X Borough').
    static func council(_ words: [String]) -> (Form, [String], [String])? {
        for prefix in LandlordVocabulary.councilPrefixes where words.count > prefix.count && words.starts(with: prefix) {
            return (.council, trimmedCouncilTail(Array(words.dropFirst(prefix.count))), [])
        }
        if let i = words.firstIndex(where: { LandlordVocabulary.councilWords.contains($0) }) {
            // 'Borough Council of X': the place follows; 'X Council (Housing Services)': it comes first.
            if i + 1 < words.count, words[i + 1] == "of" {
                let after = words.dropFirst(i + 2).drop { $0 == "the" }
                return (.council, trimmedCouncilTail(Array(after)), [])
            }
            if i > 0 { return (.council, trimmedCouncilTail(Array(words[..<i])), []) }
        }
        if words.count >= 2, words.last == "borough" { return (.council, trimmedCouncilTail(words), []) }
        return nil
    }

    /// The place words of a council, without trailing 'Borough', 'City', 'District', 'Council' or connectors.
    static func trimmedCouncilTail(_ words: [String]) -> [String] {
        var w = words
        if let i = w.firstIndex(where: { LandlordVocabulary.councilWords.contains($0) }), i > 0 { w = Array(w[..<i]) }
        while let last = w.last, LandlordVocabulary.councilQualifiers.contains(last) || LandlordVocabulary.connectors.contains(last) {
            w.removeLast()
        }
        return w
    }

    /// An organisation's form: its trailing type words split off ('Acme Housing Association' -> acme + housing).
    static func organisation(_ words: [String]) -> (Form, [String], [String])? {
        var core = words
        var type: [String] = []
        while let last = core.last, LandlordVocabulary.organisationWords.contains(last) {
            type.insert(last, at: 0)
            core.removeLast()
        }
        while let last = core.last, LandlordVocabulary.connectors.contains(last) { core.removeLast() }
        guard !type.isEmpty, !core.isEmpty else { return nil }
        // 'Housing Association' and 'Housing' name one kind of body: the association adds nothing.
        if type.count >= 2, type[type.count - 2] == "housing", type.last == "association" { type.removeLast() }
        return (.organisation, core, type)
    }

    /// A name without organisation words; nil if it holds a council word outside a council's form
    /// ('Council Tax', 'Council and democracy' are menu items, not names).
    static func bare(_ words: [String]) -> (Form, [String], [String])? {
        guard !words.contains(where: { LandlordVocabulary.councilWords.contains($0) }) else { return nil }
        var core = words
        while let last = core.last, LandlordVocabulary.connectors.contains(last) { core.removeLast() }
        return (.bare, core, [])
    }

    /// True if at least one word is neither generic nor an organisation word, and has two or more characters.
    static func identifies(_ core: [String]) -> Bool {
        core.contains { w in
            w.count >= 2 && !LandlordVocabulary.nonNameWords.contains(w) && !LandlordVocabulary.organisationWords.contains(w)
                && !LandlordVocabulary.councilQualifiers.contains(w) && !LandlordVocabulary.councilWords.contains(w)
                && !w.allSatisfy(\.isNumber)
        }
    }
}
