import Assessment

extension Comparison {
    /// Scores every landlord on each Code version from its latest assessment, ranked within the version.
    ///
    /// - Share compliant: strict (yes / answered), lenient and adjusted, overall and per section.
    /// - Rank: landlords of one version with at least one answered response, by strict share
    ///   descending, competition ranking ("1224": tied landlords share the best rank, the next rank
    ///   skips). Shares are compared exactly.
    /// - Percentile: 100 × (L + ½ × T) / (N − 1), where L = other ranked landlords with a strictly
    ///   lower share, T = other landlords with an equal share and N = ranked landlords. So the sole
    ///   best landlord is 100, the sole worst 0, and a landlord tied with everyone 50.
    /// - Landlords with no answered response get nil rank and percentile; a landlord ranked alone
    ///   (N = 1) has rank 1 and nil percentile.
    ///
    /// ```swift
    /// // strict shares 1.0, 0.8, 0.8, 0.5 → ranks 1, 2, 2, 4; percentiles 100, 50, 50, 0
    /// let scores = Comparison.landlordScores(rows, version: .v2024)
    /// ```
    ///
    /// - Parameters:
    ///   - rows: Answer rows (any number of documents per landlord).
    ///   - version: Restrict to one Code version; nil scores every version separately.
    /// - Returns: Scores sorted by Code version, then rank (unranked last), then name, then id.
    public static func landlordScores(_ rows: [AnswerRow], version: CodeVersion? = nil) -> [LandlordScore] {
        struct Key: Hashable { let version: CodeVersion; let landlordID: String }
        // One pass, no copy of the rows: each landlord's first row, counts, and counts per section.
        struct Group { let first: AnswerRow; var counts = StatusCounts(); var sections: [Int: StatusCounts] = [:] }
        var groups: [Key: Group] = [:]
        for row in sectorRows(rows, version: version) {
            let key = Key(version: row.codeVersion, landlordID: row.landlordID)
            if groups[key] == nil { groups[key] = Group(first: row) }
            groups[key]?.counts.add(row)
            groups[key]?.sections[row.section, default: StatusCounts()].add(row)
        }
        var unranked: [LandlordScore] = []
        for (key, group) in groups {
            let shares = group.sections.keys.sorted().map {
                SectionShare(section: $0, counts: group.sections[$0] ?? StatusCounts())
            }
            unranked.append(LandlordScore(
                landlordID: group.first.landlordID, landlordName: group.first.landlordName,
                landlordKind: group.first.landlordKind, codeVersion: key.version, documentID: group.first.documentID,
                period: group.first.period, counts: group.counts, sections: shares, rank: nil, percentile: nil,
                rankedLandlords: 0))
        }
        return ranked(unranked)
    }

    /// `scores` (one per landlord and Code version, in any order) ranked within each version, in the order
    /// ``landlordScores(_:version:)`` returns: rank, percentile and ranked landlords are set from the counts.
    /// The scores are replaced in place (a sector's scores are not copied).
    static func ranked(_ scores: consuming [LandlordScore]) -> [LandlordScore] {
        var out = scores
        var answered: [CodeVersion: [StatusCounts]] = [:]
        for score in out where score.counts.answered > 0 { answered[score.codeVersion, default: []].append(score.counts) }
        for i in out.indices {
            let entry = out[i]
            let ranked = answered[entry.codeVersion] ?? []
            let placing = place(entry.counts, among: ranked)
            out[i] = LandlordScore(
                landlordID: entry.landlordID, landlordName: entry.landlordName, landlordKind: entry.landlordKind,
                codeVersion: entry.codeVersion, documentID: entry.documentID, period: entry.period,
                counts: entry.counts, sections: entry.sections, rank: placing.rank, percentile: placing.percentile,
                rankedLandlords: ranked.count)
        }
        out.sort { a, b in
            if a.codeVersion != b.codeVersion { return a.codeVersion < b.codeVersion }
            if a.rank != b.rank { return (a.rank ?? Int.max) < (b.rank ?? Int.max) }
            return (a.landlordName, a.landlordID) < (b.landlordName, b.landlordID)
        }
        return out
    }

    /// Competition rank and mid-rank percentile of `counts` among `ranked` (which includes it).
    static func place(_ counts: StatusCounts, among ranked: [StatusCounts]) -> (rank: Int?, percentile: Double?) {
        guard counts.answered > 0 else { return (nil, nil) }
        var higher = 0, lower = 0, equal = 0
        for other in ranked {
            switch compareShares(other.yes, other.answered, counts.yes, counts.answered) {
            case 1: higher += 1
            case -1: lower += 1
            default: equal += 1
            }
        }
        let others = ranked.count - 1
        let tiedOthers = max(equal - 1, 0)
        let percentile = others > 0 ? 100 * (Double(lower) + 0.5 * Double(tiedOthers)) / Double(others) : nil
        return (higher + 1, percentile)
    }
}
