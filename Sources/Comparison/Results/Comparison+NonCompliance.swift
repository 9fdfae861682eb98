import Assessment

extension Comparison {
    /// Provisions that many landlords do not fully comply with, most common first.
    ///
    /// For each (Code version, provision), over each landlord's latest assessment: a landlord
    /// *answered* if its answer is yes, partial or no; it is *not fully compliant* if its answer is
    /// no or partial — and, when `countHedgedYes` is true (the adjusted ranking), also a hedged yes.
    /// `share = not fully compliant / answering landlords`. Provisions with fewer than
    /// `minLandlords` answering landlords, or with no landlord not fully compliant, are left out.
    ///
    /// ```swift
    /// let common = Comparison.commonNonCompliance(rows, version: .v2024, minLandlords: 5)
    /// common.first?.provision // the provision most landlords fall short of
    /// ```
    ///
    /// - Parameters:
    ///   - rows: Answer rows (any number of documents per landlord).
    ///   - version: Restrict to one Code version; nil ranks every version separately.
    ///   - countHedgedYes: Count a hedged yes as not fully compliant (default false).
    ///   - minLandlords: Keep only provisions with at least this many answering landlords (default 1).
    /// - Returns: Entries sorted by Code version, then share descending, then count descending,
    ///   then provision order; each lists its landlords sorted by name, then id.
    public static func commonNonCompliance(_ rows: [AnswerRow], version: CodeVersion? = nil,
                                           countHedgedYes: Bool = false, minLandlords: Int = 1) -> [NonComplianceEntry] {
        struct Key: Hashable { let version: CodeVersion; let provision: ProvisionID }
        // Per provision, in one pass (no copy of the rows): the section of its first row, the landlords
        // answering it, and each landlord's most severe answer (the first of equal severity) when that
        // reaches the threshold - the same answer `answerPerLandlord` picks.
        struct Group { var section: Int; var answering: Set<String> = []; var short: [String: AnswerRow] = [:] }
        let threshold = countHedgedYes ? 1 : 2
        var groups: [Key: Group] = [:]
        for row in sectorRows(rows, version: version) {
            let key = Key(version: row.codeVersion, provision: row.provision)
            if groups[key] == nil { groups[key] = Group(section: row.section) }
            let severity = Self.severity(row)
            guard severity >= 0 else { continue }
            groups[key]?.answering.insert(row.landlordID)
            guard severity >= threshold else { continue }
            if let current = groups[key]?.short[row.landlordID], Self.severity(current) >= severity { continue }
            groups[key]?.short[row.landlordID] = row
        }
        var entries: [NonComplianceEntry] = []
        for (key, group) in groups {
            // A landlord in `short` is also in `answering`, so a kept group has answering landlords.
            guard !group.short.isEmpty, group.answering.count >= minLandlords else { continue }
            entries.append(NonComplianceEntry(
                codeVersion: key.version, provision: key.provision, section: group.section,
                answeringLandlords: group.answering.count, countsHedgedYes: countHedgedYes,
                landlords: inLandlordOrder(group.short.values.map(LandlordAnswer.init))))
        }
        return entries.sorted(by: inNonComplianceOrder)
    }

    /// The order of ``commonNonCompliance(_:version:countHedgedYes:minLandlords:)``: Code version, share descending,
    /// count descending, provision.
    static func inNonComplianceOrder(_ a: NonComplianceEntry, _ b: NonComplianceEntry) -> Bool {
        if a.codeVersion != b.codeVersion { return a.codeVersion < b.codeVersion }
        let order = compareShares(a.notFullyCompliant, a.answeringLandlords, b.notFullyCompliant, b.answeringLandlords)
        if order != 0 { return order > 0 }
        if a.notFullyCompliant != b.notFullyCompliant { return a.notFullyCompliant > b.notFullyCompliant }
        return a.provision < b.provision
    }

    /// Landlords of a non-compliance entry in their listed order: by name, then id.
    static func inLandlordOrder(_ answers: [LandlordAnswer]) -> [LandlordAnswer] {
        answers.sorted { ($0.landlordName, $0.landlordID) < ($1.landlordName, $1.landlordID) }
    }
}
