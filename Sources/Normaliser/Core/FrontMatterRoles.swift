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
        for (i, unit) in units.enumerated() {
            let text = unit.text.trimmingWhitespace()
            if result.opening.count < 40, !text.isEmpty, roles[i] != .boilerplate { result.opening.append(text) }
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
}
