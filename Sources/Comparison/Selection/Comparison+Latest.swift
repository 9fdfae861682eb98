import Assessment

extension Comparison {
    /// Keeps one assessment per landlord per Code version: the latest by period.
    ///
    /// Rule: a document without a period is the oldest; otherwise periods compare by their first
    /// four-digit year, then by the full period text; a remaining tie goes to the greater document
    /// id. Versions are kept apart: a landlord's 2022 and 2024 assessments are both kept.
    ///
    /// ```swift
    /// // landlord "a": d1 "2023-24" (2024 Code), d2 "2024-25" (2024 Code), d0 "2022-23" (2022 Code)
    /// Comparison.latestPerLandlord(rows).map(\.documentID) // rows of d0 and d2 only
    /// ```
    ///
    /// - Parameter rows: Answer rows of any number of documents.
    /// - Returns: The rows of the kept documents, sorted by Code version, landlord id, provision, document id.
    public static func latestPerLandlord(_ rows: [AnswerRow]) -> [AnswerRow] {
        latestSelection(rows).rows
    }

    /// Like ``latestPerLandlord(_:)``, and also reports which documents were left out.
    ///
    /// ```swift
    /// let selection = Comparison.latestSelection(rows)
    /// selection.excluded.map(\.documentID) // ["d1"]
    /// ```
    ///
    /// - Parameter rows: Answer rows of any number of documents.
    /// - Returns: The kept rows and the excluded documents.
    public static func latestSelection(_ rows: [AnswerRow]) -> LatestSelection {
        struct Slot: Hashable { let landlordID: String; let version: CodeVersion }
        struct Doc: Hashable { let slot: Slot; let documentID: String }
        var keys: [Doc: PeriodKey] = [:]
        var periods: [Doc: String?] = [:]
        var rowCounts: [Doc: Int] = [:]
        for row in rows {
            let doc = Doc(slot: Slot(landlordID: row.landlordID, version: row.codeVersion), documentID: row.documentID)
            let key = PeriodKey(period: row.period, documentID: row.documentID)
            if let old = keys[doc], old >= key {} else {
                keys[doc] = key
                periods[doc] = row.period
            }
            rowCounts[doc, default: 0] += 1
        }
        var winners: [Slot: Doc] = [:]
        for (doc, key) in keys {
            if let current = winners[doc.slot], let currentKey = keys[current], currentKey >= key { continue }
            winners[doc.slot] = doc
        }
        // Rows already reduced to the latest documents (and already in order) are returned without a copy.
        var kept = rows
        if keys.count != winners.count {
            kept = []
            kept.reserveCapacity(winners.values.reduce(0) { $0 + (rowCounts[$1] ?? 0) })
            for row in rows where winners[Slot(landlordID: row.landlordID, version: row.codeVersion)]?.documentID
                == row.documentID {
                kept.append(row)
            }
        }
        sortRows(&kept)
        var excluded: [ExcludedDocument] = []
        for doc in keys.keys {
            guard let winner = winners[doc.slot], winner != doc else { continue }
            excluded.append(ExcludedDocument(
                landlordID: doc.slot.landlordID, codeVersion: doc.slot.version, documentID: doc.documentID,
                period: periods[doc] ?? nil, keptDocumentID: winner.documentID, keptPeriod: periods[winner] ?? nil,
                rowCount: rowCounts[doc] ?? 0))
        }
        excluded.sort {
            ($0.codeVersion.rawValue, $0.landlordID, $0.documentID) < ($1.codeVersion.rawValue, $1.landlordID, $1.documentID)
        }
        return LatestSelection(rows: kept, excluded: excluded)
    }

    /// Rows in the module's canonical order: Code version, landlord id, provision, document id, status, hedged.
    static func sortedRows(_ rows: [AnswerRow]) -> [AnswerRow] {
        var rows = rows
        sortRows(&rows)
        return rows
    }

    /// Sorts `rows` in place into the canonical order; rows already in order are left untouched (no copy).
    static func sortRows(_ rows: inout [AnswerRow]) {
        guard !isSorted(rows) else { return }
        rows.sort(by: inCanonicalOrder)
    }

    static func isSorted(_ rows: [AnswerRow]) -> Bool {
        zip(rows, rows.dropFirst()).allSatisfy { !inCanonicalOrder($1, $0) }
    }

    static func inCanonicalOrder(_ a: AnswerRow, _ b: AnswerRow) -> Bool {
        if a.codeVersion != b.codeVersion { return a.codeVersion < b.codeVersion }
        if a.landlordID != b.landlordID { return a.landlordID < b.landlordID }
        if a.provision != b.provision { return a.provision < b.provision }
        if a.documentID != b.documentID { return a.documentID < b.documentID }
        if a.status != b.status { return a.status.rawValue < b.status.rawValue }
        return !a.hedged && b.hedged
    }
}
