extension LandlordMatch {
    /// How far a query is from a name: the smallest edit distance to the whole name, to any word of it,
    /// or to its start cut to the query's length.
    static func closeness(_ q: String, _ name: String) -> Int {
        let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let candidates = [name, String(name.prefix(q.count))] + words
        return candidates.map { distance(q, $0) }.min() ?? distance(q, name)
    }

    /// Levenshtein distance between two strings (by Unicode scalar).
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count]
    }
}
