import Assessment

/// Turns a segment and its fields into a `Response`: the provision and how it was identified, the
/// obligation (from the form's must/should heading, else the catalogue), the fields, and where in the
/// source it stands (first and last line, page, element path).
struct ResponseBuilder {
    let catalogue: Catalogue
    let version: CodeVersion
    let units: [Unit]
    let paths: [String]

    func response(_ segment: Segment, _ fields: RowFields, neighbours: (ProvisionID?, ProvisionID?)) -> Response {
        let a = segment.anchor
        let provision = catalogue.provision(version, a.id)
        let (source, note) = identification(a, neighbours: neighbours)
        let locations = segment.pieces.flatMap { units[$0.unit].locations }
        let first = locations.first ?? units[a.unit].location
        let last = locations.max { ($0.page ?? 0, $0.line) < ($1.page ?? 0, $1.line) } ?? first
        let part = first.part
        return Response(
            codeVersion: version, provision: a.id, provisionSource: source, provisionNote: note,
            section: provision?.sectionNumber ?? a.id.section, stage: provision?.stage,
            obligation: segment.group ?? provision?.obligation,
            obligationSource: segment.group != nil ? "heading" : (provision != nil ? "catalogue" : nil),
            requirement: fields.requirement, status: fields.outcome.status, statusText: fields.outcome.statusText,
            statusRule: fields.outcome.rule, evidence: fields.evidence, commentary: fields.commentary, action: fields.action,
            sourcePath: part < paths.count ? paths[part] : (paths.first ?? ""),
            lineStart: first.line, lineEnd: last.page == first.page ? max(first.line, last.line) : last.line,
            pageStart: first.page, pageEnd: last.page, locator: first.locator)
    }

    private func identification(_ a: Anchor, neighbours: (ProvisionID?, ProvisionID?)) -> (ProvisionSource, String?) {
        let between = "between \(neighbours.0?.description ?? "the start") and \(neighbours.1?.description ?? "the end")"
        switch a.kind {
        case .text where a.onlyCandidate:
            return (.matched, "row without a usable number; the only unused provision \(between); text similarity \(Self.format(a.similarity))")
        case .text:
            return (.matched, "row without a usable number; requirement text closest to \(a.id) among the provisions missing \(between); text similarity \(Self.format(a.similarity))")
        case .repaired:
            return (.repaired, "printed \(a.reading?.raw ?? "?") again; read as \(a.id), the provision missing \(between); text similarity \(Self.format(a.similarity))")
        default:
            if let r = a.reading, r.repaired { return (.repaired, "printed '\(r.raw)' read as \(a.id)") }
            if a.kind == .inline { return (.printed, "number inside a line, after the row before it") }
            return (.printed, nil)
        }
    }

    static func format(_ x: Double) -> String {
        let v = Int((x * 100).rounded())
        return v >= 100 ? "1.00" : "0.\(v < 10 ? "0" : "")\(v)"
    }
}
