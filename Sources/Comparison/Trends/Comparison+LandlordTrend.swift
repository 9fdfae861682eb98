import Assessment

extension Comparison {
    /// Every landlord's trend: its assessments in period order with overall and per-section shares (stated and
    /// adjusted), and the provisions whose answer changed from each assessment to the next.
    ///
    /// - Order: by period (first four-digit year, then the full text; a document without a period first; ties by
    ///   document id), whatever the Code version. `counted` marks the latest per version (the sector figures' one).
    /// - Changes: within a version, provision by provision. Across versions, only through crosswalk entries whose
    ///   relation is `same`: the 2022 side is put on 2024 numbering (a lower 2022 provision claims a target first);
    ///   provisions of either side without such an entry are counted in `notComparable`, never compared.
    /// - A change is another status, or a yes that gained or lost its hedge; its direction follows
    ///   no < partial < hedged yes < yes (na and blank: `other`).
    ///
    /// ```swift
    /// let trends = Comparison.landlordTrends(answers, crosswalk: catalogue.crosswalk)
    /// trends.first { $0.landlordID == "acme" }?.steps.last?.changes
    /// ```
    ///
    /// - Parameters:
    ///   - answers: Located answers of any number of landlords and documents.
    ///   - crosswalk: The 2022 → 2024 crosswalk; only `same` entries are used.
    /// - Returns: One trend per landlord, sorted by name, then id.
    public static func landlordTrends(_ answers: [LocatedAnswer], crosswalk: [CrosswalkEntry]) -> [LandlordTrend] {
        var byLandlord: [String: [LocatedAnswer]] = [:]
        for answer in answers { byLandlord[answer.row.landlordID, default: []].append(answer) }
        let pairs = SamePairs(crosswalk)
        return byLandlord.values.compactMap { landlordTrend($0, pairs: pairs) }
            .sorted { ($0.landlordName, $0.landlordID) < ($1.landlordName, $1.landlordID) }
    }

    /// The trend of one landlord's answers (all of one landlord); nil when there are none.
    static func landlordTrend(_ answers: [LocatedAnswer], pairs: SamePairs) -> LandlordTrend? {
        guard let first = answers.first else { return nil }
        var byDocument: [String: [LocatedAnswer]] = [:]
        for answer in answers { byDocument[answer.row.documentID, default: []].append(answer) }
        let documents = byDocument.values.compactMap(\.first).sorted {
            PeriodKey(period: $0.row.period, documentID: $0.row.documentID)
                < PeriodKey(period: $1.row.period, documentID: $1.row.documentID)
        }
        var latest: [CodeVersion: String] = [:]
        for doc in documents { latest[doc.row.codeVersion] = doc.row.documentID }
        let summaries = documents.map { doc in
            summary(byDocument[doc.row.documentID] ?? [], counted: latest[doc.row.codeVersion] == doc.row.documentID)
        }
        let steps = zip(documents, documents.dropFirst()).map { earlier, later in
            step(byDocument[earlier.row.documentID] ?? [], byDocument[later.row.documentID] ?? [], pairs: pairs)
        }
        return LandlordTrend(landlordID: first.row.landlordID, landlordName: first.row.landlordName,
                             assessments: summaries, steps: steps)
    }

    /// Overall and per-section counts of one document's answers.
    static func summary(_ answers: [LocatedAnswer], counted: Bool) -> AssessmentSummary {
        var counts = StatusCounts()
        var sections: [Int: StatusCounts] = [:]
        for answer in answers {
            counts.add(answer.row)
            sections[answer.row.section, default: StatusCounts()].add(answer.row)
        }
        let head = answers.first
        return AssessmentSummary(
            documentID: head?.row.documentID ?? "", period: head?.row.period, codeVersion: head?.row.codeVersion ?? .v2024,
            counted: counted, sourcePath: head?.location.path ?? "", counts: counts,
            sections: sections.keys.sorted().map { SectionShare(section: $0, counts: sections[$0] ?? StatusCounts()) })
    }

    /// Compares two consecutive assessments (both non-empty, of one landlord).
    static func step(_ earlier: [LocatedAnswer], _ later: [LocatedAnswer], pairs: SamePairs) -> TrendStep {
        let a = byProvision(earlier), b = byProvision(later)
        let oldHead = earlier.first?.row, newHead = later.first?.row
        let oldVersion = oldHead?.codeVersion ?? .v2024, newVersion = newHead?.codeVersion ?? .v2024
        // Both sides keyed by the numbering compared: the later one's, or the 2024 one's across versions.
        var left: [ProvisionID: (ProvisionID, LocatedAnswer)] = [:], right = left
        var notComparable = 0
        if oldVersion == newVersion {
            for (p, answer) in a { left[p] = (p, answer) }
            for (p, answer) in b { right[p] = (p, answer) }
        } else {
            let old2022 = oldVersion == .v2022
            let translated = pairs.translate(old2022 ? a : b)
            let native = old2022 ? b : a
            notComparable = translated.unpaired + native.keys.filter { !pairs.reachable.contains($0) }.count
            let kept = native.filter { pairs.reachable.contains($0.key) }.mapValues { ($0.row.provision, $0) }
            (left, right) = old2022 ? (translated.paired, kept) : (kept, translated.paired)
        }
        var compared = 0, unchanged = 0
        var changes: [AnswerChange] = []
        for provision in Set(left.keys).intersection(right.keys).sorted() {
            guard let (oldNumber, old) = left[provision], let (_, new) = right[provision] else { continue }
            compared += 1
            guard AnswerChange.differs(old.row, new.row) else {
                unchanged += 1
                continue
            }
            let section = oldVersion == newVersion ? new.row.section : provision.section
            changes.append(AnswerChange(provision: provision, section: section, earlierProvision: oldNumber,
                                        earlier: old, later: new))
        }
        return TrendStep(earlierDocumentID: oldHead?.documentID ?? "", earlierPeriod: oldHead?.period,
                         earlierVersion: oldVersion, laterDocumentID: newHead?.documentID ?? "",
                         laterPeriod: newHead?.period, laterVersion: newVersion, viaCrosswalk: oldVersion != newVersion,
                         compared: compared, unchanged: unchanged, notComparable: notComparable,
                         onlyEarlier: left.count - compared, onlyLater: right.count - compared, changes: changes)
    }

    /// One answer per provision (the first; a document answers each provision once).
    static func byProvision(_ answers: [LocatedAnswer]) -> [ProvisionID: LocatedAnswer] {
        var out: [ProvisionID: LocatedAnswer] = [:]
        for answer in answers where out[answer.row.provision] == nil { out[answer.row.provision] = answer }
        return out
    }
}
