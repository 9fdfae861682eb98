import Assessment

extension Comparison {
    /// Per-provision compliance rates, one row per (Code version, provision).
    ///
    /// Uses each landlord's latest assessment per version (``latestPerLandlord(_:)``). Counts every
    /// status; strict, lenient and adjusted rates over `answered = yes + partial + no` with 95%
    /// Wilson intervals; `low_n` when fewer than 5 landlords answered the provision.
    ///
    /// ```swift
    /// for r in Comparison.provisionRates(rows, version: .v2024) {
    ///     print(r.provision, r.rates.strict ?? .nan, r.lowN)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - rows: Answer rows (any number of documents per landlord).
    ///   - version: Restrict to one Code version; nil computes every version separately.
    /// - Returns: Rates sorted by Code version, then provision.
    public static func provisionRates(_ rows: [AnswerRow], version: CodeVersion? = nil) -> [ProvisionRate] {
        struct Key: Hashable { let version: CodeVersion; let provision: ProvisionID }
        var tallies: [Key: GroupTally] = [:]
        var sections: [Key: Int] = [:]
        for row in sectorRows(rows, version: version) {
            let key = Key(version: row.codeVersion, provision: row.provision)
            tallies[key, default: GroupTally()].add(row)
            if sections[key] == nil { sections[key] = row.section }
        }
        return tallies.map { key, tally in
            ProvisionRate(codeVersion: key.version, provision: key.provision,
                          section: sections[key] ?? key.provision.section, counts: tally.counts,
                          landlords: tally.landlords, answeringLandlords: tally.answering,
                          yesLandlords: tally.yesLandlords)
        }.sorted { ($0.codeVersion, $0.provision) < ($1.codeVersion, $1.provision) }
    }

    /// Per-section compliance rates, one row per (Code version, section).
    ///
    /// Pools every response in the section: the denominator is the number of answered responses
    /// (yes, partial or no) across all the section's provisions and landlords. Uses each landlord's
    /// latest assessment per version; `low_n` when fewer than 5 landlords answered anything in it.
    ///
    /// ```swift
    /// Comparison.sectionRates(rows, version: .v2024).map { ($0.section, $0.rates.strict) }
    /// ```
    ///
    /// - Parameters:
    ///   - rows: Answer rows (any number of documents per landlord).
    ///   - version: Restrict to one Code version; nil computes every version separately.
    /// - Returns: Rates sorted by Code version, then section.
    public static func sectionRates(_ rows: [AnswerRow], version: CodeVersion? = nil) -> [SectionRate] {
        struct Key: Hashable { let version: CodeVersion; let section: Int }
        var tallies: [Key: GroupTally] = [:]
        for row in sectorRows(rows, version: version) {
            tallies[Key(version: row.codeVersion, section: row.section), default: GroupTally()].add(row)
        }
        return tallies.map { key, tally in
            SectionRate(codeVersion: key.version, section: key.section, counts: tally.counts,
                        provisions: tally.provisions.count, landlords: tally.landlords,
                        answeringLandlords: tally.answering)
        }.sorted { ($0.codeVersion, $0.section) < ($1.codeVersion, $1.section) }
    }

    /// Orders provision rates worst first: by strict rate ascending (nil rates last), then Code
    /// version, then provision order. Equal rates are compared exactly (yes × answered cross-products).
    ///
    /// ```swift
    /// let worstTen = Comparison.worstFirst(Comparison.provisionRates(rows, version: .v2024)).prefix(10)
    /// ```
    ///
    /// - Parameter rates: Provision rates, typically of one version.
    /// - Returns: The same rates, reordered.
    public static func worstFirst(_ rates: [ProvisionRate]) -> [ProvisionRate] {
        rates.sorted { a, b in
            let an = a.counts.answered, bn = b.counts.answered
            if (an == 0) != (bn == 0) { return bn == 0 }
            if an > 0 {
                let order = compareShares(a.counts.yes, an, b.counts.yes, bn)
                if order != 0 { return order < 0 }
            }
            return (a.codeVersion, a.provision) < (b.codeVersion, b.provision)
        }
    }
}
