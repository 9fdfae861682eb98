import Assessment

extension Comparison {
    /// Measures one landlord against the sector on one Code version.
    ///
    /// - Uses every landlord's latest assessment on `version`; sector figures include this
    ///   landlord (they are the sector figures, the same numbers ``sectionRates(_:version:)`` gives).
    /// - Sections: the landlord's strict (and lenient, adjusted) share per section beside the
    ///   sector section rate and its 95% interval, with the difference in strict terms.
    /// - Minority: provisions where more than half of the landlords answering (yes, partial or no)
    ///   are on the other side of "yes" against "partial or no" from this landlord: `.behind` when
    ///   it says partial or no and most say yes, `.ahead` when it says yes and most say partial or
    ///   no. Unanswered (na, blank) provisions are never minority findings.
    /// - Rank and percentile as in ``landlordScores(_:version:)``.
    ///
    /// ```swift
    /// let b = Comparison.benchmark(landlordID: "acme", version: .v2024, rows: rows)
    /// b?.minority.filter { $0.direction == .behind }.map(\.provision)
    /// ```
    ///
    /// - Parameters:
    ///   - landlordID: The landlord to measure.
    ///   - version: The Code version to measure it on.
    ///   - rows: Answer rows of every landlord (any number of documents each).
    /// - Returns: The benchmark, or nil when the landlord has no rows on `version`.
    public static func benchmark(landlordID: String, version: CodeVersion, rows: [AnswerRow]) -> Benchmark? {
        let sector = sectorRows(rows, version: version)
        guard let score = landlordScores(sector, version: version).first(where: { $0.landlordID == landlordID }) else {
            return nil
        }
        return benchmark(score: score, own: sector.filter { $0.landlordID == landlordID },
                         sectionRates: sectionRates(sector, version: version),
                         provisionRates: provisionRates(sector, version: version))
    }

    /// The benchmark assembled from figures already computed over the sector (as `chc build` stores them), so it
    /// needs only the landlord's own rows: ``benchmark(landlordID:version:rows:)`` is this function over figures
    /// it computes itself.
    ///
    /// ```swift
    /// let b = Comparison.benchmark(score: score, own: rowsOfItsDocument,
    ///                              sectionRates: Comparison.sectionRates(sector, version: .v2024),
    ///                              provisionRates: Comparison.provisionRates(sector, version: .v2024))
    /// ```
    ///
    /// - Parameters:
    ///   - score: The landlord's score, rank and percentile on the version.
    ///   - own: The rows of the landlord's assessment counted in the sector figures.
    ///   - sectionRates: The sector's section rates on the version.
    ///   - provisionRates: The sector's provision rates on the version (their counts are the sector's rows).
    /// - Returns: The benchmark.
    public static func benchmark(score: LandlordScore, own: [AnswerRow], sectionRates: [SectionRate],
                                 provisionRates: [ProvisionRate]) -> Benchmark {
        let version = score.codeVersion
        let sections = sectionRates.filter { $0.codeVersion == version }.map { rate in
            SectionBenchmark(section: rate.section,
                             landlord: score.sections.first { $0.section == rate.section }
                                 ?? SectionShare(section: rate.section, counts: StatusCounts()),
                             sector: rate)
        }
        var byProvision: [ProvisionID: ProvisionRate] = [:]
        var sectorCounts = StatusCounts()
        for rate in provisionRates where rate.codeVersion == version {
            byProvision[rate.provision] = rate
            sectorCounts = sectorCounts + rate.counts
        }
        var minority: [MinorityAnswer] = []
        for (provision, answer) in ownAnswers(own.filter { $0.codeVersion == version }) {
            guard answer.isAnswered, let rate = byProvision[provision] else { continue }
            let answering = rate.answeringLandlords, yes = rate.yesLandlords
            let notYes = answering - yes
            let direction: MinorityDirection
            let majority: Int
            if answer.status == .yes, 2 * notYes > answering {
                direction = .ahead
                majority = notYes
            } else if answer.status != .yes, 2 * yes > answering {
                direction = .behind
                majority = yes
            } else {
                continue
            }
            minority.append(MinorityAnswer(provision: provision, section: answer.section, status: answer.status,
                                           hedged: answer.hedged, direction: direction, majorityLandlords: majority,
                                           answeringLandlords: answering, counts: rate.counts))
        }
        minority.sort { $0.provision < $1.provision }
        return Benchmark(score: score, sectorCounts: sectorCounts, sections: sections, minority: minority)
    }

    /// The landlord's answer per provision (its most severe answered row, else its first row).
    static func ownAnswers(_ rows: [AnswerRow]) -> [ProvisionID: AnswerRow] {
        var byProvision: [ProvisionID: [AnswerRow]] = [:]
        for row in rows { byProvision[row.provision, default: []].append(row) }
        var out: [ProvisionID: AnswerRow] = [:]
        for (provision, list) in byProvision {
            if let answer = answerPerLandlord(list).values.first { out[provision] = answer }
        }
        return out
    }
}
