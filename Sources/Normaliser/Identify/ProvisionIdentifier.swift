import Assessment

/// Ties each assembled row to one provision of the document's Code version.
///
/// A printed number is accepted only if the catalogue has it and it has not been used. A repeated
/// number is repaired to the one unused provision its neighbours leave room for. A row with no usable
/// number is matched to an unused provision of its section that fits the surrounding order, choosing
/// by similarity between its requirement text and the catalogue summary. Nothing is assigned twice;
/// rows that cannot be identified are reported, not guessed.
struct ProvisionIdentifier {
    let catalogue: Catalogue
    let version: CodeVersion

    struct Identified {
        var row: RowDraft
        var id: ProvisionID
        var source: ProvisionSource
        var note: String?
    }

    struct Result {
        var identified: [Identified] = []
        /// Rows that could not be identified, with the reason.
        var rejected: [(row: RowDraft, reason: UnparsedReason, detail: String)] = []
    }

    func identify(_ rows: [RowDraft]) -> Result {
        var result = Result()
        let printedIDs = Set(rows.compactMap { $0.printed?.id })
        var used = Set<ProvisionID>()
        var assigned: [ProvisionID?] = Array(repeating: nil, count: rows.count)

        // Pass 1: printed numbers, first come first served.
        for (i, row) in rows.enumerated() {
            guard let p = row.printed, !used.contains(p.id) else { continue }
            used.insert(p.id)
            assigned[i] = p.id
        }
        // Pass 2: repeated numbers and unnumbered rows, by order and text.
        var notes: [Int: (ProvisionSource, String)] = [:]
        for (i, row) in rows.enumerated() where assigned[i] == nil {
            let previous = (0..<i).reversed().lazy.compactMap { assigned[$0] }.first
            let next = ((i + 1)..<rows.count).lazy.compactMap { rows[$0].printed?.id }.first
            let section = row.section ?? row.printed?.id.section ?? previous?.section ?? next?.section
            var candidates = catalogue.all(version).filter { p in
                !used.contains(p.id) && !printedIDs.contains(p.id) && (section == nil || p.sectionNumber == section)
            }
            let ordered = candidates.filter { p in
                guard let pos = catalogue.position(version, p.id) else { return false }
                if let prev = previous, prev.section == p.sectionNumber, let pp = catalogue.position(version, prev), pos < pp { return false }
                if let nxt = next, nxt.section == p.sectionNumber, let np = catalogue.position(version, nxt), pos > np { return false }
                return true
            }
            if !ordered.isEmpty { candidates = ordered }
            let requirement = HTMLText.plain(row.requirementSoFar)
            let words = Text.contentWords(requirement)
            let scored = candidates.map { p -> (Provision, Double) in
                let summary = Text.contentWords(p.summary)
                let overlap = summary.isEmpty ? 0 : Double(summary.intersection(words).count) / Double(summary.count)
                return (p, overlap)
            }.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0.id < $1.0.id) }
            let between = "between \(previous?.description ?? "the start") and \(next?.description ?? "the end")"
            let what = row.printed.map { "printed \($0.raw) again" } ?? row.origin ?? "row without a number"
            guard let best = scored.first, words.count >= 3 || AnswerPresence.has(row) else {
                result.rejected.append((row, row.printed != nil ? .duplicateProvision : .unidentifiedRow,
                                        "\(what); no unused provision of section \(section.map(String.init) ?? "?") fits \(between)"))
                continue
            }
            let second = scored.dropFirst().first?.1 ?? 0
            let unique = scored.count == 1 && ordered.count == 1
            let clear = best.1 >= 0.2 && best.1 - second >= 0.1
            guard unique && best.1 >= 0.1 || clear else {
                result.rejected.append((row, row.printed != nil ? .duplicateProvision : .unidentifiedRow,
                                        "\(what); requirement text matches no unused provision \(between) clearly (best \(best.0.id) at \(fmt(best.1)))"))
                continue
            }
            used.insert(best.0.id)
            assigned[i] = best.0.id
            let how = unique ? "the only unused provision \(between)" : "requirement text closest to \(best.0.id) among \(scored.count) unused provisions \(between)"
            notes[i] = (row.printed != nil ? .repaired : .matched, "\(what); \(how); text similarity \(fmt(best.1))")
        }
        for (i, row) in rows.enumerated() {
            guard let id = assigned[i] else { continue }
            if let (source, note) = notes[i] {
                result.identified.append(Identified(row: row, id: id, source: source, note: note))
            } else {
                let p = row.printed
                let source: ProvisionSource = p?.repaired == true ? .repaired : .printed
                var note: String? = p?.repaired == true ? "printed '\(p?.raw ?? "")' read as \(id)" : nil
                if let origin = row.origin, note == nil { note = origin }
                result.identified.append(Identified(row: row, id: id, source: source, note: note))
            }
        }
        return result
    }

    private func fmt(_ x: Double) -> String {
        let v = Int((x * 100).rounded())
        return "0.\(v < 10 ? "0" : "")\(v)".replacingOccurrences(of: "0.100", with: "1.00")
    }
}

/// Whether a row holds an answer in any answer column.
enum AnswerPresence {
    static func has(_ row: RowDraft) -> Bool {
        for role in [ColumnRole.comply, .complyYes, .complyNo] where !row.raw(role).isEmpty { return true }
        return row.verticalCells.contains { AnswerReader.answer($0.text) != nil }
    }
}
