import Assessment

/// Decides which Code version a document answers from its rows: the version whose catalogue the rows fit
/// best (which numbers occur, and how well each row's requirement wording matches that version's
/// provision), plus the form's structure where the document shows it (the 2022 form's must/should group
/// headings and Comply – Yes / Comply – No columns, a section 9). Prose around the table (an
/// introduction quoting the other Code) is not evidence.
struct VersionVote {
    let catalogue: Catalogue

    struct Decision {
        let version: CodeVersion
        let reason: String
    }

    func decide(_ readings: [RowFinder.Reading], units: [Unit], facts: [UnitFacts]) -> Decision {
        var cues: [CodeVersion: [(String, Double)]] = [.v2022: [], .v2024: []]
        var seen = Set<String>()
        func cue(_ v: CodeVersion, _ label: String, _ weight: Double, _ at: Int) {
            guard seen.insert(label).inserted else { return }
            let l = units[at].location
            cues[v, default: []].append(("\(label) (\(l.page.map { "page \($0), " } ?? "")line \(l.line))", weight))
        }
        for (i, f) in facts.enumerated() {
            switch f.kind {
            case .groupHeading: cue(.v2022, "must/should group heading", 8, i)
            case .header(let h):
                if h.hasYesNoColumns { cue(.v2022, "'Comply – Yes / Comply – No' columns", 8, i) }
                let text = Text.fold(units[i].text)
                if Text.contains(text, "code section") { cue(.v2022, "'Code Section' column", 2, i) }
                if Text.contains(text, "code provision") { cue(.v2024, "'Code provision' column", 2, i) }
            case .sectionCaption(9, _): cue(.v2024, "a section 9 caption", 4, i)
            default: break
            }
        }
        var total: [CodeVersion: Double] = [:]
        for r in readings { total[r.version] = r.score + (cues[r.version] ?? []).reduce(0) { $0 + $1.1 } }
        let s22 = total[.v2022] ?? -1, s24 = total[.v2024] ?? -1
        let version: CodeVersion = s22 > s24 ? .v2022 : .v2024
        return Decision(version: version, reason: reason(version, readings, cues, s22, s24))
    }

    private func reason(_ v: CodeVersion, _ readings: [RowFinder.Reading], _ cues: [CodeVersion: [(String, Double)]],
                        _ s22: Double, _ s24: Double) -> String {
        func describe(_ r: RowFinder.Reading?) -> String {
            guard let r, !r.anchors.isEmpty else { return "no rows" }
            let sim = r.anchors.reduce(0) { $0 + $1.similarity } / Double(r.anchors.count)
            return "\(r.anchors.count) rows, wording similarity \(format(sim))"
        }
        let mine = readings.first { $0.version == v }
        let other = readings.first { $0.version != v }
        var s = "\(v.rawValue): rows fit the \(v.rawValue) form better (score \(format(max(s22, s24))) vs \(format(min(s22, s24))); \(describe(mine))"
        if let other { s += " vs \(describe(other)) as \(other.version.rawValue)" }
        s += ")"
        let mineCues = cues[v] ?? [], otherCues = cues[v == .v2022 ? .v2024 : .v2022] ?? []
        if !mineCues.isEmpty { s += "; " + mineCues.map(\.0).joined(separator: "; ") }
        if !otherCues.isEmpty { s += "; against: " + otherCues.map(\.0).joined(separator: "; ") }
        if readings.allSatisfy({ $0.anchors.isEmpty }) { s = "\(v.rawValue): no rows found; assumed the current (2024) Code" }
        return s
    }

    private func format(_ x: Double) -> String {
        let r = (x * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
