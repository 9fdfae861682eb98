import Assessment

/// Accounts for every line: each line a unit covers gets its unit's role; blank lines and the text readers
/// left out on purpose (rules, borders, navigation, page headers) are counted as blank and boilerplate; every
/// unparsed line and every fragment of a response's line that went into no field is listed with its reason.
struct LineAccounting {
    let units: [Unit]
    let paths: [String]
    /// Text parts' lines as written, so an unparsed line is listed as it stands in the file.
    let rawLines: [Int: [String]]

    struct Result {
        var counts = LineAccount()
        var unparsed: [UnparsedLine] = []
        /// Lines accounted for in each part (file) of the document.
        var linesByPart: [Int: Int] = [:]
    }

    func account(roles: [UnitRole], fragments: [RowFields.Fragment], dropped: [Document.Dropped], blankLines: [Int: Int]) -> Result {
        var r = Result()
        r.counts.blank = blankLines.values.reduce(0, +)
        r.counts.boilerplate = dropped.count
        r.linesByPart = blankLines
        for d in dropped { r.linesByPart[d.location.part, default: 0] += 1 }
        var byUnit: [Int: [RowFields.Fragment]] = [:]
        for f in fragments { byUnit[f.unit, default: []].append(f) }
        for (i, unit) in units.enumerated() {
            let n = unit.locations.count
            r.linesByPart[unit.part, default: 0] += n
            switch roles[i] {
            case .blank: r.counts.blank += n
            case .heading: r.counts.heading += n
            case .boilerplate: r.counts.boilerplate += n
            case .response:
                r.counts.response += n
                for f in byUnit[i] ?? [] { r.unparsed.append(line(unit, unit.location, f.text, f.reason, f.detail)) }
            case .unparsed(let reason, let detail):
                if unit.isBlank { r.counts.blank += n; continue }
                r.counts.unparsed += n
                for (k, at) in unit.locations.enumerated() {
                    var text = k == 0 ? unit.text : "(continues line \(unit.location.line))"
                    if let raw = rawLines[at.part], at.line >= 1, at.line <= raw.count { text = raw[at.line - 1] }
                    if text.count > 2000 { text = String(text.prefix(2000)) + "…" }
                    r.unparsed.append(line(unit, at, text, reason, detail))
                }
            }
        }
        r.counts.total = r.counts.blank + r.counts.heading + r.counts.boilerplate + r.counts.response + r.counts.unparsed
        return r
    }

    private func line(_ unit: Unit, _ at: Location, _ text: String, _ reason: UnparsedReason, _ detail: String) -> UnparsedLine {
        UnparsedLine(sourcePath: at.part < paths.count ? paths[at.part] : (paths.first ?? ""), line: at.line, text: text,
                     reason: reason, detail: detail, page: at.page)
    }
}
