import Assessment

/// Roles of the text before the first row: the document's title (a heading), the Code form's standard
/// instructions (boilerplate), anything else outside the table. Also collects the opening text that
/// landlord and period detection read.
enum FrontMatterRoles {
    struct Result {
        var title: String?
        var opening: [String] = []
    }

    static func assign(units: [Unit], facts: [UnitFacts], roles: inout [UnitRole]) -> Result {
        var result = Result()
        demoteDistantStructure(units: units, facts: facts, roles: &roles)
        for (i, unit) in units.enumerated() {
            let text = unit.text.trimmingWhitespace()
            if result.opening.count < 200, !text.isEmpty, roles[i] != .boilerplate { result.opening.append(text) }
            guard roles[i] == .unparsed(.outsideTable, "before the self-assessment table") else { continue }
            if DocumentFacts.isTitle(text) {
                result.title = result.title ?? text
                roles[i] = .heading
            } else if DocumentFacts.isFormInstruction(text) {
                roles[i] = .boilerplate
            }
        }
        return result
    }

    /// Captions and headers before a file's first row count as headings only in the run of structure right above
    /// that row (a report's own numbered headings before the table are outside it).
    private static func demoteDistantStructure(units: [Unit], facts: [UnitFacts], roles: inout [UnitRole]) {
        var firstRow: [Int: Int] = [:]
        for (i, r) in roles.enumerated() where r == .response && firstRow[units[i].part] == nil { firstRow[units[i].part] = i }
        for (part, first) in firstRow {
            var j = first - 1
            while j >= 0, units[j].part == part, roles[j] != .response,
                  facts[j].kind.isStructure || facts[j].kind == .blank || roles[j] == .boilerplate { j -= 1 }
            var k = j
            while k >= 0, units[k].part == part {
                if roles[k] == .heading, facts[k].kind.isStructure { roles[k] = .unparsed(.outsideTable, "before the self-assessment table") }
                k -= 1
            }
        }
    }
}
