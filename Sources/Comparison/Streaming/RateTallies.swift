import Assessment

/// Provision rates summed over groups of landlords: each group's ``ProvisionRate``s (computed by
/// ``Comparison/provisionRates(_:version:)`` over the group's rows) are added, so the sum equals the function over
/// every group's rows at once. A group holds every row of its landlords.
struct ProvisionTally {
    struct Key: Hashable { let version: CodeVersion; let provision: ProvisionID }
    /// The counts of a provision so far; `section` comes from the row of the lowest landlord id (the first row in
    /// canonical order, as in `provisionRates`).
    struct Part {
        var counts: StatusCounts
        var landlords, answering, yes: Int
        var section: Int
        var sectionOwner: String
    }

    private(set) var parts: [Key: Part] = [:]

    /// Adds the rates of one group of landlords, computed over `rows` (the group's rows that entered them).
    mutating func add(_ rates: [ProvisionRate], rows: [AnswerRow]) {
        var owners: [Key: String] = [:]
        for row in rows {
            let key = Key(version: row.codeVersion, provision: row.provision)
            if let owner = owners[key], owner <= row.landlordID { continue }
            owners[key] = row.landlordID
        }
        for r in rates {
            let key = Key(version: r.codeVersion, provision: r.provision)
            let owner = owners[key] ?? ""
            guard var part = parts[key] else {
                parts[key] = Part(counts: r.counts, landlords: r.landlords, answering: r.answeringLandlords,
                                  yes: r.yesLandlords, section: r.section, sectionOwner: owner)
                continue
            }
            part.counts = part.counts + r.counts
            part.landlords += r.landlords
            part.answering += r.answeringLandlords
            part.yes += r.yesLandlords
            if owner < part.sectionOwner { (part.section, part.sectionOwner) = (r.section, owner) }
            parts[key] = part
        }
    }

    /// The summed rates, sorted by Code version, then provision (as `provisionRates` returns them).
    var rates: [ProvisionRate] {
        parts.map { key, p in
            ProvisionRate(codeVersion: key.version, provision: key.provision, section: p.section, counts: p.counts,
                          landlords: p.landlords, answeringLandlords: p.answering, yesLandlords: p.yes)
        }.sorted { ($0.codeVersion, $0.provision) < ($1.codeVersion, $1.provision) }
    }
}

/// Section rates summed over groups of landlords, like ``ProvisionTally``: counts and landlords add up, the
/// provisions answered in a section are the union of each group's.
struct SectionTally {
    struct Key: Hashable { let version: CodeVersion; let section: Int }
    struct Part {
        var counts = StatusCounts()
        var provisions: Set<ProvisionID> = []
        var landlords = 0, answering = 0
    }

    private(set) var parts: [Key: Part] = [:]

    /// Adds the rates of one group of landlords (``Comparison/sectionRates(_:version:)`` over `rows`).
    mutating func add(_ rates: [SectionRate], rows: [AnswerRow]) {
        for row in rows { parts[Key(version: row.codeVersion, section: row.section), default: Part()].provisions.insert(row.provision) }
        for r in rates {
            let key = Key(version: r.codeVersion, section: r.section)
            var part = parts[key] ?? Part()
            part.counts = part.counts + r.counts
            part.landlords += r.landlords
            part.answering += r.answeringLandlords
            parts[key] = part
        }
    }

    /// The summed rates, sorted by Code version, then section (as `sectionRates` returns them).
    var rates: [SectionRate] {
        parts.map { key, p in
            SectionRate(codeVersion: key.version, section: key.section, counts: p.counts, provisions: p.provisions.count,
                        landlords: p.landlords, answeringLandlords: p.answering)
        }.sorted { ($0.codeVersion, $0.section) < ($1.codeVersion, $1.section) }
    }
}
