import Assessment

/// Counts, landlords and answering landlords of one group of rows.
///
/// One dictionary entry per landlord (its highest severity) gives all three landlord counts: a landlord
/// answered when its highest severity is an answer (>= 0), and is a yes landlord when that is yes or
/// hedged yes - the answer `answerPerLandlord` keeps.
struct GroupTally {
    var counts = StatusCounts()
    var provisions: Set<ProvisionID> = []
    /// Each landlord's highest `Comparison.severity`.
    var severest: [String: Int] = [:]

    mutating func add(_ row: AnswerRow) {
        counts.add(row)
        provisions.insert(row.provision)
        let severity = Comparison.severity(row)
        if let current = severest[row.landlordID], current >= severity {} else { severest[row.landlordID] = severity }
    }

    /// Landlords with any row in the group.
    var landlords: Int { severest.count }
    /// Landlords with an answered row (yes, partial or no) in the group.
    var answering: Int { severest.values.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) } }
    /// Landlords whose one answer (as `answerPerLandlord` picks it) is yes.
    var yesLandlords: Int { severest.values.reduce(0) { $0 + ($1 == 0 || $1 == 1 ? 1 : 0) } }
}

extension Comparison {
    /// Rows of `version` (or all versions when nil), reduced to each landlord's latest document per version.
    static func sectorRows(_ rows: [AnswerRow], version: CodeVersion?) -> [AnswerRow] {
        guard let version, !rows.allSatisfy({ $0.codeVersion == version }) else { return latestPerLandlord(rows) }
        return latestPerLandlord(rows.filter { $0.codeVersion == version })
    }

    /// Exact comparison of yes/answered shares by cross-multiplication: -1, 0 or 1.
    static func compareShares(_ aYes: Int, _ aN: Int, _ bYes: Int, _ bN: Int) -> Int {
        let lhs = aYes * bN, rhs = bYes * aN
        return lhs < rhs ? -1 : (lhs > rhs ? 1 : 0)
    }

    /// Severity of an answer for "not fully compliant" purposes: no 3, partial 2, hedged yes 1, yes 0, unanswered -1.
    static func severity(_ row: AnswerRow) -> Int {
        switch row.status {
        case .no: 3
        case .partial: 2
        case .yes: row.hedged ? 1 : 0
        case .na, .blank: -1
        }
    }

    /// One answer per landlord for one provision: its most severe answered row, else its first row.
    /// (Input normally holds exactly one row per landlord and provision.)
    static func answerPerLandlord(_ rows: [AnswerRow]) -> [String: AnswerRow] {
        var out: [String: AnswerRow] = [:]
        for row in rows {
            if let current = out[row.landlordID], severity(current) >= severity(row) { continue }
            out[row.landlordID] = row
        }
        return out
    }
}
