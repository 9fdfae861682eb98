import Assessment

/// Finds the landlord a user means, trying in turn: the id, the name or an official alias exactly (any case
/// and punctuation); the same normalised name (`Acme Council` finds `London Borough of Acme`); the name's
/// identifying words, ignoring the words every council or association shares (Council, Borough, City,
/// District, 'London Borough of', Homes, Housing, Trust, Group…), which only break ties; a unique prefix
/// of the name or of its words. When a step matches several landlords, the later steps may single one out
/// among them; else they are ambiguous. With no match, the closest names.
///
/// ```swift
/// let landlords = [LandlordMatch.Candidate(id: "acme-council", name: "London Borough of Acme", aliases: ["Acme"])]
/// LandlordMatch.find("Acme Council", in: landlords) // .found(id: "acme-council", name: "London Borough of Acme")
/// LandlordMatch.find("Acmee", in: landlords)        // .unknown(closest: ["London Borough of Acme"])
/// ```
public enum LandlordMatch: Sendable, Hashable {
    /// One landlord matches: its id and display name.
    case found(id: String, name: String)
    /// Several landlords match; their names, sorted.
    case ambiguous([String])
    /// None matches; the names close to the query, best first (at most three; empty when none is close).
    case unknown(closest: [String])

    /// A landlord that can be meant: its id, display name and the other spellings of its name.
    public struct Candidate: Sendable, Hashable {
        /// `landlords.id`.
        public var id: String
        /// The display name.
        public var name: String
        /// Other spellings (`landlord_aliases.alias`, domains left out).
        public var aliases: [String]

        /// A candidate with its spellings.
        public init(id: String, name: String, aliases: [String] = []) {
            self.id = id
            self.name = name
            self.aliases = aliases
        }

        /// The name and its aliases.
        var spellings: [String] { [name] + aliases }
    }

    /// Matches `query` against `(id, name)` pairs.
    public static func find(_ query: String, in landlords: [(id: String, name: String)]) -> LandlordMatch {
        find(query, in: landlords.map { Candidate(id: $0.id, name: $0.name) })
    }

    /// Matches `query` against landlords and their aliases.
    public static func find(_ query: String, in landlords: [Candidate]) -> LandlordMatch {
        var seen = Set<String>()
        let unique = landlords.filter { seen.insert($0.id).inserted }
        let q = query.trimmingWhitespace()
        let lower = q.lowercased()
        let qWords = QueryWords(q)
        let steps: [(Candidate) -> Bool] = [
            { c in c.id.lowercased() == lower || sameWords(qWords, c) },
            { c in sameName(q, c) },
            { c in sharesIdentifyingWords(q, c) },
            { c in c.name.lowercased().hasPrefix(lower) || c.id.lowercased().hasPrefix(lower) },
            { c in wordPrefixes(qWords.words, c) },
        ]
        // The first step that matches decides; when it matches several, a later step may still single one out.
        var several: [Candidate]?
        for (i, step) in steps.enumerated() {
            let matches = (several ?? unique).filter(step)
            if matches.count == 1, let m = matches.first { return .found(id: m.id, name: m.name) }
            if matches.count > 1, several == nil {
                let narrowed = i == 2 ? narrowByKind(q, matches) : matches
                if narrowed.count == 1, let m = narrowed.first { return .found(id: m.id, name: m.name) }
                several = narrowed.isEmpty ? matches : narrowed
            }
        }
        if let several { return .ambiguous(several.map(\.name).sorted()) }
        return .unknown(closest: closest(q, unique))
    }

    /// True if the query has the words of the candidate's name or of an official alias (any case and punctuation;
    /// a bare alias such as 'Acme' may spell several landlords, so it does not count here).
    static func sameWords(_ qWords: [String], _ c: Candidate) -> Bool {
        sameWords(QueryWords(words: qWords), c)
    }

    static func sameWords(_ q: QueryWords, _ c: Candidate) -> Bool {
        guard !q.words.isEmpty else { return false }
        if q.spelled(by: c.name) { return true }
        return c.aliases.contains { q.spelled(by: $0) && LandlordName($0)?.form != .bare }
    }

    /// True if the query, in a council's or organisation's form, and a spelling of the candidate have the same
    /// normalised name ('Acme Council' and 'London Borough of Acme'); a bare query is left to the later steps.
    static func sameName(_ q: String, _ c: Candidate) -> Bool {
        guard let name = LandlordName(q), name.form != .bare else { return false }
        return c.spellings.contains { LandlordName($0)?.key == name.key }
    }

    /// True if every identifying word of the query is an identifying word of a spelling of the candidate.
    static func sharesIdentifyingWords(_ q: String, _ c: Candidate) -> Bool {
        let wanted = identifyingWords(q)
        guard !wanted.isEmpty else { return false }
        return c.spellings.contains { wanted.isSubset(of: identifyingWords($0)) }
    }

    /// Words that tell landlords apart: not the council styles, organisation words or joining words.
    static func identifyingWords(_ text: String) -> Set<String> {
        let words = LandlordName(text)?.core ?? LandlordName.words(text)
        return Set(words.filter { w in
            !LandlordVocabulary.connectors.contains(w) && !LandlordVocabulary.councilWords.contains(w)
                && !LandlordVocabulary.councilQualifiers.contains(w) && !LandlordVocabulary.organisationWords.contains(w)
        })
    }

    /// Among landlords sharing the query's identifying words, those of the kind the query names: councils for
    /// 'Acme Council', names holding its organisation words for 'Acme Trust'; all when the query names no kind.
    static func narrowByKind(_ q: String, _ matches: [Candidate]) -> [Candidate] {
        guard let name = LandlordName(q), name.form != .bare else { return matches }
        return matches.filter { c in
            c.spellings.contains { s in
                guard let other = LandlordName(s) else { return false }
                return name.form == .council ? other.form == .council : Set(name.typeWords).isSubset(of: Set(other.typeWords))
            }
        }
    }

    /// True if each query word starts a word of the candidate's name or id ('riv' of 'Riverside City Council').
    static func wordPrefixes(_ qWords: [String], _ c: Candidate) -> Bool {
        guard !qWords.isEmpty else { return false }
        let words = LandlordName.words(c.name) + LandlordName.words(c.id)
        return qWords.allSatisfy { qw in words.contains { $0.hasPrefix(qw) } }
    }

    /// At most three names close to the query, closest first: within an edit distance of a third of the query's
    /// length (at least 2) of the whole name, its start or one of its words.
    static func closest(_ q: String, _ landlords: [Candidate]) -> [String] {
        let lower = q.lowercased()
        let limit = max(2, lower.count / 3)
        let ranked = landlords.map { c in (c.name, c.spellings.map { closeness(lower, $0.lowercased()) }.min() ?? Int.max) }
        return Array(ranked.filter { $0.1 <= limit }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0))
    }
}
