import Assessment

extension Comparison {
    /// Puts 2022-Code answers on the 2024 Code, for figures that deliberately span both versions.
    ///
    /// Method:
    /// 1. Keep each landlord's latest document per version (``latestSelection(_:)``).
    /// 2. A landlord with a native 2024 assessment keeps only its 2024 answers; its 2022 answers
    ///    are counted as `superseded` (so no landlord is counted twice for one provision, and an
    ///    older document's answers are never mixed into a newer assessment).
    /// 3. Every other 2022 answer is mapped only through a crosswalk entry whose relation is
    ///    `same`: the row becomes `codeVersion = .v2024`, `provision` = the 2024 provision,
    ///    `section` = its section; landlord, document, period, status and hedged are kept.
    ///    Answers with no `same` entry are dropped and counted as `unmapped`. If two 2022 answers
    ///    of one landlord map to the same 2024 provision, the lower 2022 provision is kept and the
    ///    other counted in `duplicates`.
    ///
    /// ```swift
    /// let pooled = Comparison.pool(rows, crosswalk: catalogue.crosswalk)
    /// let rates = Comparison.provisionRates(pooled.rows, version: .v2024)
    /// ```
    ///
    /// - Parameters:
    ///   - rows: Answer rows of both versions.
    ///   - crosswalk: The 2022 → 2024 crosswalk; only entries with relation `same` are used.
    /// - Returns: The pooled 2024 rows and the account of 2022 answers.
    public static func pool(_ rows: [AnswerRow], crosswalk: [CrosswalkEntry]) -> PooledRows {
        let selection = latestSelection(rows)
        var targets: [ProvisionID: [ProvisionID]] = [:]
        for entry in crosswalk where entry.relation == .same {
            guard let target = entry.provision2024 else { continue }
            if !(targets[entry.provision2022]?.contains(target) ?? false) {
                targets[entry.provision2022, default: []].append(target)
            }
        }
        var nativeLandlords: Set<String> = []
        var nativeCount = 0
        for row in selection.rows where row.codeVersion == .v2024 {
            nativeLandlords.insert(row.landlordID)
            nativeCount += 1
        }
        var translated: [AnswerRow] = []
        var mapped = 0, unmapped = 0, superseded = 0, duplicates = 0
        var unmappedProvisions: Set<ProvisionID> = []
        struct Target: Hashable { let landlordID: String; let provision: ProvisionID }
        var taken: Set<Target> = []
        // selection.rows is sorted by landlord then provision, so the lower 2022 provision claims a target first.
        for row in selection.rows where row.codeVersion == .v2022 {
            if nativeLandlords.contains(row.landlordID) {
                superseded += 1
                continue
            }
            guard let list = targets[row.provision], !list.isEmpty else {
                unmapped += 1
                unmappedProvisions.insert(row.provision)
                continue
            }
            var used = false
            for target in list.sorted() {
                guard taken.insert(Target(landlordID: row.landlordID, provision: target)).inserted else { continue }
                translated.append(row.sameDocument(codeVersion: .v2024, provision: target, status: row.status,
                                                   hedged: row.hedged))
                used = true
            }
            if used { mapped += 1 } else { duplicates += 1 }
        }
        // The native rows are already in canonical order (selection.rows is sorted): sort only the translated
        // rows and merge, so the pooled rows are built without a sort over the whole sector.
        sortRows(&translated)
        var out: [AnswerRow] = []
        out.reserveCapacity(nativeCount + translated.count)
        var next = translated.startIndex
        for row in selection.rows where row.codeVersion == .v2024 {
            while next < translated.endIndex, inCanonicalOrder(translated[next], row) {
                out.append(translated[next])
                next += 1
            }
            out.append(row)
        }
        out.append(contentsOf: translated[next...])
        return PooledRows(rows: out, mapped: mapped, unmapped: unmapped, superseded: superseded,
                          duplicates: duplicates, unmappedProvisions: unmappedProvisions.sorted(),
                          excludedDocuments: selection.excluded)
    }
}
