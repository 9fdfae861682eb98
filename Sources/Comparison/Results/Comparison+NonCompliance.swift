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
        var groups: [Key: [AnswerRow]] = [:]
        for row in sectorRows(rows, version: version) {
            groups[Key(version: row.codeVersion, provision: row.provision), default: []].append(row)
        }
        let threshold = countHedgedYes ? 1 : 2
        var entries: [NonComplianceEntry] = []
        for (key, list) in groups {
            let answers = answerPerLandlord(list).values.filter(\.isAnswered)
            guard !answers.isEmpty, answers.count >= minLandlords else { continue }
            let short = answers.filter { severity($0) >= threshold }
                .sorted { ($0.landlordName, $0.landlordID) < ($1.landlordName, $1.landlordID) }
            guard !short.isEmpty else { continue }
            entries.append(NonComplianceEntry(
                codeVersion: key.version, provision: key.provision, section: list.first?.section ?? key.provision.section,
                answeringLandlords: answers.count, countsHedgedYes: countHedgedYes,
                landlords: short.map(LandlordAnswer.init)))
        }
        return entries.sorted { a, b in
            if a.codeVersion != b.codeVersion { return a.codeVersion < b.codeVersion }
            let order = compareShares(a.notFullyCompliant, a.answeringLandlords, b.notFullyCompliant, b.answeringLandlords)
            if order != 0 { return order > 0 }
            if a.notFullyCompliant != b.notFullyCompliant { return a.notFullyCompliant > b.notFullyCompliant }
            return a.provision < b.provision
        }
    }
}
