import Assessment

/// Decides which Code version a document answers, from its structure and wording, keeping the evidence.
///
/// Cues (see the reference README): the 2022 form's must/should group headings, its 'Code Section'
/// number column and 'Comply – Yes / Comply – No' columns, 'Appendix B'; the 2024 form's
/// 'Code provision' column, separate 'Evidence' and 'Commentary' columns, section 9, 'Appendix A';
/// and how many row-leading numbers exist in each version's catalogue.
struct VersionDetector {
    let catalogue: Catalogue

    struct Decision {
        let version: CodeVersion
        let reason: String
    }

    private struct Cue {
        let pattern: Pattern
        let version: CodeVersion
        let weight: Int
        let label: String
    }

    private static let cues: [Cue] = [
        Cue(pattern: Pattern(#"'?must'? requirements"#), version: .v2022, weight: 3, label: "'must' requirements heading"),
        Cue(pattern: Pattern(#"'?should'? requirements"#), version: .v2022, weight: 3, label: "'should' requirements heading"),
        Cue(pattern: Pattern(#"comply\s*[-–—]\s*yes\s*\(with evidence"#), version: .v2022, weight: 3, label: "'Comply – Yes (with evidence…)' column"),
        Cue(pattern: Pattern(#"comply\s*[-–—]\s*no\b"#), version: .v2022, weight: 2, label: "'Comply – No' column"),
        Cue(pattern: Pattern(#"^\s*code\s*(\t|\|)?\s*section\b|\tcode section\t"#), version: .v2022, weight: 1, label: "'Code Section' column"),
        Cue(pattern: Pattern(#"appendix b\b.{0,20}self[\s-]*assessment"#), version: .v2022, weight: 2, label: "'Appendix B' self-assessment form"),
        Cue(pattern: Pattern(#"affecting an individual resident"#), version: .v2022, weight: 2, label: "2022 complaint definition ('an individual resident')"),
        Cue(pattern: Pattern(#"code provision"#), version: .v2024, weight: 2, label: "'Code provision' column"),
        Cue(pattern: Pattern(#"commentary\s*/\s*explanation"#), version: .v2024, weight: 1, label: "separate 'Commentary / explanation' column"),
        Cue(pattern: Pattern(#"appendix a\b.{0,20}self[\s-]*assessment"#), version: .v2024, weight: 2, label: "'Appendix A' self-assessment form"),
        Cue(pattern: Pattern(#"^\s*section\s*#?\s*9\b"#), version: .v2024, weight: 3, label: "a section 9 caption"),
        Cue(pattern: Pattern(#"member responsible for complaints|\bthe mrc\b"#), version: .v2024, weight: 1, label: "'Member Responsible for Complaints'"),
        Cue(pattern: Pattern(#"affecting a resident or group of residents"#), version: .v2024, weight: 2, label: "2024 complaint definition ('a resident')"),
        Cue(pattern: Pattern(#"\b2024 code\b|statutory code"#), version: .v2024, weight: 1, label: "mentions the 2024 / statutory Code"),
    ]

    /// Decides the version of a document from its lines and the row-leading numbers found in them.
    func decide(lines: [SourceLine], leadingNumbers: [ProvisionID]) -> Decision {
        var score: [CodeVersion: Int] = [.v2022: 0, .v2024: 0]
        var found: [CodeVersion: [String]] = [.v2022: [], .v2024: []]
        var seen = Set<String>()
        for line in lines where !line.isBlank {
            let text = line.text.lowercased()
            for cue in Self.cues where !seen.contains(cue.label) && cue.pattern.matches(text) {
                seen.insert(cue.label)
                score[cue.version, default: 0] += cue.weight
                found[cue.version, default: []].append("\(cue.label) (line \(line.number))")
            }
        }
        // Catalogue fit: numbers that exist in only one version's form.
        let unique = Set(leadingNumbers)
        let only22 = unique.filter { catalogue.provision(.v2022, $0) != nil && catalogue.provision(.v2024, $0) == nil }
        let only24 = unique.filter { catalogue.provision(.v2024, $0) != nil && catalogue.provision(.v2022, $0) == nil }
        if !only22.isEmpty {
            score[.v2022, default: 0] += min(6, only22.count)
            found[.v2022, default: []].append("\(only22.count) row numbers only the 2022 form has (\(only22.sorted().prefix(4).map(\.description).joined(separator: ", ")))")
        }
        if !only24.isEmpty {
            score[.v2024, default: 0] += min(6, only24.count)
            found[.v2024, default: []].append("\(only24.count) row numbers only the 2024 form has (\(only24.sorted().prefix(4).map(\.description).joined(separator: ", ")))")
        }
        let s22 = score[.v2022] ?? 0, s24 = score[.v2024] ?? 0
        let version: CodeVersion = s22 > s24 ? .v2022 : .v2024
        let winning = found[version] ?? []
        var reason = "\(version.rawValue): score \(max(s22, s24)) vs \(min(s22, s24))"
        reason += winning.isEmpty ? "; no cues found, assumed the current (2024) Code" : "; " + winning.joined(separator: "; ")
        let other = found[version == .v2022 ? .v2024 : .v2022] ?? []
        if !other.isEmpty { reason += "; against: " + other.joined(separator: "; ") }
        return Decision(version: version, reason: reason)
    }
}
