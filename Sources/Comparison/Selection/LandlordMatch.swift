/// Finds the landlord a user means: case-insensitively by id or full name, else a unique prefix,
/// else a unique whole word of the name.
///
/// ```swift
/// LandlordMatch.find("acme", in: [("acme-homes", "Acme Homes")])
/// // .found(id: "acme-homes", name: "Acme Homes")
/// ```
public enum LandlordMatch: Sendable, Hashable {
    case found(id: String, name: String)
    /// Several landlords match; their names, sorted.
    case ambiguous([String])
    /// None matches; the closest names, best first (at most three).
    case unknown(closest: [String])

    /// Matches `query` against `(id, name)` pairs.
    public static func find(_ query: String, in landlords: [(id: String, name: String)]) -> LandlordMatch {
        let q = query.lowercased().trimmingWhitespaceLite()
        var seen = Set<String>()
        let unique = landlords.filter { seen.insert($0.id).inserted }
        if let exact = unique.first(where: { $0.id.lowercased() == q || $0.name.lowercased() == q }) {
            return .found(id: exact.id, name: exact.name)
        }
        let prefix = unique.filter { $0.name.lowercased().hasPrefix(q) || $0.id.lowercased().hasPrefix(q) }
        if prefix.count == 1 { return .found(id: prefix[0].id, name: prefix[0].name) }
        if prefix.count > 1 { return .ambiguous(prefix.map(\.name).sorted()) }
        let queryWords = q.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let word = unique.filter { l in
            let words = Set(l.name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
            return !queryWords.isEmpty && queryWords.allSatisfy { qw in words.contains { $0.hasPrefix(qw) } }
        }
        if word.count == 1 { return .found(id: word[0].id, name: word[0].name) }
        if word.count > 1 { return .ambiguous(word.map(\.name).sorted()) }
        let closest = unique.map { ($0.name, closeness(q, $0.name.lowercased())) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
        return .unknown(closest: Array(closest))
    }

    /// How far a query is from a name: the smallest edit distance to the whole name, to any word of it,
    /// or to its start cut to the query's length.
    static func closeness(_ q: String, _ name: String) -> Int {
        let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let candidates = [name, String(name.prefix(q.count))] + words
        return candidates.map { distance(q, $0) }.min() ?? distance(q, name)
    }

    /// Levenshtein distance between two strings.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...max(1, y.count) where j <= y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count]
    }
}

extension String {
    func trimmingWhitespaceLite() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
