import Assessment

/// Cuts the document into segments at the chosen anchors, and gives every other unit its role.
///
/// A segment runs from its anchor to the next one, through repeated headers, page numbers and lines
/// without separators; it ends at a section caption, stage caption or must/should heading (which set
/// the next rows' context), and at the end of its file. Two boundary rules follow how documents are
/// made: a number printed on a middle line of its row ('6.10 | stage 1 it is progressed…') takes the
/// lines above it that open its sentence; a label alone on its line ('Code provision') before a number
/// on the next line belongs to the row it names.
struct Segmenter {
    let units: [Unit]
    let facts: [UnitFacts]

    struct Result {
        var segments: [Segment] = []
        var roles: [UnitRole] = []
    }

    /// A line of header labels run into cell text.
    static let headerEcho = UnitRole.unparsed(.headerEcho, "header labels run into cell text")

    func cut(_ anchors: [Anchor]) -> Result {
        var result = Result()
        result.roles = Array(repeating: .unparsed(.outsideTable, "before the self-assessment table"), count: units.count)
        var context = Context()
        var k = 0
        var current: Segment?
        var answered = false  // the current segment holds an answered unit (kept as it grows: rows can be long)
        for i in units.indices {
            while k < anchors.count, anchors[k].unit == i {
                let a = anchors[k]
                if var c = current {
                    // A row starting inside a line: the line's text before it ends the row before.
                    if a.offset > 0 {
                        if c.pieces.last?.unit == i { c.pieces[c.pieces.count - 1].to = a.offset } else { c.pieces.append(Segment.Piece(unit: i, from: 0, to: a.offset)) }
                    }
                    result.segments.append(c)
                }
                current = Segment(anchor: a, pieces: [Segment.Piece(unit: i, from: a.offset)],
                                  section: context.section, stage: context.stage, group: context.group)
                answered = facts[i].answered
                k += 1
            }
            guard var c = current else {
                result.roles[i] = facts[i].headerEcho ? Self.headerEcho
                    : role(of: i, inSegment: false, afterRows: !result.segments.isEmpty, context: &context)
                continue
            }
            if c.pieces.last?.unit == i { result.roles[i] = .response; continue }
            current = nil  // `c` holds the segment alone while it grows
            if i > 0, units[i].part != units[i - 1].part {
                result.segments.append(c)
                if facts[i].headerEcho { result.roles[i] = Self.headerEcho; continue }
            } else if facts[i].headerEcho {
                result.roles[i] = Self.headerEcho
                current = c
                continue
            } else if !AnchorFinder.endsRow(facts[i].kind, inRowOf: c.anchor.id, answered: answered) {
                result.roles[i] = facts[i].kind == .content ? .response : role(of: i, inSegment: true, afterRows: true, context: &context)
                if facts[i].kind == .content { c.pieces.append(Segment.Piece(unit: i)); answered = answered || facts[i].answered }
                current = c
                continue
            } else {
                result.segments.append(c)
            }
            result.roles[i] = role(of: i, inSegment: false, afterRows: !result.segments.isEmpty, context: &context)
        }
        if let c = current { result.segments.append(c) }
        adjustBoundaries(&result)
        return result
    }

    /// Caption context in force: the section, stage and must/should group of the rows that follow.
    struct Context {
        var section: Int?
        var stage: Int?
        var group: Obligation?
    }

    private func role(of i: Int, inSegment: Bool, afterRows: Bool, context: inout Context) -> UnitRole {
        switch facts[i].kind {
        case .blank: return .blank
        case .boilerplate: return .boilerplate
        case .sectionCaption(let n, _):
            context = Context(section: n, stage: nil, group: nil)
            return .heading
        case .stageCaption(let n):
            context.stage = n
            return .heading
        case .groupHeading(let o):
            context.group = o
            return .heading
        case .header: return .heading
        case .content:
            if inSegment { return .response }
            return afterRows ? .unparsed(.noRow, "text after a caption or heading, before the next row")
                : .unparsed(.outsideTable, "before the self-assessment table")
        }
    }

    /// Moves units between neighbouring segments where the row visibly began earlier than its number.
    private func adjustBoundaries(_ result: inout Result) {
        for s in result.segments.indices where result.segments[s].anchor.offset == 0 {
            let anchorUnit = result.segments[s].anchor.unit
            let taken = unitsOpening(anchorUnit, previous: s > 0 ? result.segments[s - 1] : nil, roles: result.roles)
            guard !taken.isEmpty else { continue }
            if s > 0 { result.segments[s - 1].pieces.removeAll { taken.contains($0.unit) } }
            result.segments[s].pieces.insert(contentsOf: taken.map { Segment.Piece(unit: $0) }, at: 0)
            for u in taken { result.roles[u] = .response }
        }
    }

    /// Units just before an anchor that belong to its row: a label line naming the number below it, or the
    /// lines opening the sentence of a row whose number stands on a middle line.
    private func unitsOpening(_ anchorUnit: Int, previous: Segment?, roles: [UnitRole]) -> [Int] {
        guard anchorUnit > 0 else { return [] }
        let before = anchorUnit - 1
        let previousUnits = Set(previous?.units ?? [])
        let available: (Int) -> Bool = { u in
            u != previous?.anchor.unit && (previousUnits.contains(u) || Self.isOrphan(roles[u]))
                && facts[u].kind == .content && self.units[u].part == self.units[anchorUnit].part
        }
        if units[anchorUnit].shape == .line, facts[anchorUnit].start?.labelled == false, available(before),
           FieldLabel.numberLabelOnly.matches(Text.strippingMarkup(units[before].cells[0].trimmingWhitespace())) {
            return [before]
        }
        guard startsLowercase(anchorUnit) else { return [] }
        var u = before
        var taken: [Int] = []
        while u >= 0, available(u), !facts[u].answered {
            taken.insert(u, at: 0)
            if opensSentence(u) { return taken }
            u -= 1
            if taken.count >= 4 { break }
        }
        return []
    }

    /// Text outside every row so far (before the table, or after a caption before the next row).
    static func isOrphan(_ role: UnitRole) -> Bool {
        if case .unparsed(let reason, _) = role { return reason == .outsideTable || reason == .noRow }
        return false
    }

    /// The anchor's requirement text continues a sentence (starts lowercase).
    private func startsLowercase(_ i: Int) -> Bool {
        if units[i].shape == .line { return facts[i].start?.rest == .lowercase }
        let roles = facts[i].roles
        guard let k = roles.firstIndex(of: .requirement), k < units[i].cells.count else { return false }
        return Text.startsWithLowercase(units[i].cells[k])
    }

    /// The unit's requirement text opens a sentence (starts with a capital) after a unit that ended one.
    private func opensSentence(_ u: Int) -> Bool {
        let text: String
        if units[u].shape == .row {
            guard let k = facts[u].roles.firstIndex(of: .requirement), k < units[u].cells.count else { return false }
            text = units[u].cells[k]
        } else {
            text = units[u].cells[0]
        }
        guard Text.startsWithCapital(text) else { return false }
        guard u > 0 else { return true }
        let prior = units[u - 1]
        if facts[u - 1].kind != .content { return true }
        let priorText: String
        if prior.shape == .row, let k = facts[u - 1].roles.firstIndex(of: .requirement), k < prior.cells.count {
            priorText = prior.cells[k]
        } else {
            priorText = prior.cells.last ?? ""
        }
        return priorText.isEmpty || Text.endsClause(priorText)
    }
}
