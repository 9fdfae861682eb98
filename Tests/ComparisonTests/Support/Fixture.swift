import Assessment
import Comparison
import Testing

/// Parses "6.10" in tests; an impossible id (-1.-1) makes a bad literal fail loudly in expectations.
func pid(_ text: String) -> ProvisionID { ProvisionID(text) ?? ProvisionID(section: -1, item: -1) }

/// Expects `actual` within `tolerance` of `expected` (both nil also passes).
func expectClose(_ actual: Double?, _ expected: Double?, _ tolerance: Double = 1e-4,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    switch (actual, expected) {
    case (nil, nil): return
    case let (a?, e?): #expect(abs(a - e) <= tolerance, "\(a) is not within \(tolerance) of \(e)", sourceLocation: sourceLocation)
    default: Issue.record("expected \(String(describing: expected)), got \(String(describing: actual))", sourceLocation: sourceLocation)
    }
}

/// Expects an interval within 1e-4 of (low, high), or nil.
func expectInterval(_ actual: WilsonInterval?, _ expected: (Double, Double)?,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    guard let expected else {
        #expect(actual == nil, sourceLocation: sourceLocation)
        return
    }
    guard let actual else {
        Issue.record("expected interval \(expected), got nil", sourceLocation: sourceLocation)
        return
    }
    expectClose(actual.low, expected.0, sourceLocation: sourceLocation)
    expectClose(actual.high, expected.1, sourceLocation: sourceLocation)
}

enum Fixture {
    static let names = ["A": "Zephyr Homes", "B": "Alpha Housing", "C": "Moor Council", "D": "Beacon Trust",
                        "E": "Elm Estates", "F": "Fen Homes"]

    /// One answer row. `status` "yes~" is a hedged yes.
    static func row(_ landlord: String, _ document: String, _ period: String?, _ version: CodeVersion = .v2024,
                    provision: String, _ status: String) -> AnswerRow {
        let hedged = status.hasSuffix("~")
        let word = hedged ? String(status.dropLast()) : status
        return AnswerRow(landlordID: landlord, landlordName: names[landlord] ?? landlord, landlordKind: "test",
                         documentID: document, period: period, codeVersion: version, provision: pid(provision),
                         status: Status(rawValue: word) ?? .blank, hedged: hedged)
    }

    /// The 2024 answers of landlords A, B, C, D (latest documents), one column each.
    ///
    /// ```
    /// prov  A     B       C     D
    /// 1.1   yes   yes     yes~  no
    /// 1.2   yes   partial no    na
    /// 2.1   yes~  yes     partial blank
    /// 2.2   no    no      yes   partial
    /// 2.3   yes   yes     yes   yes
    /// 3.1   na    blank   na    blank
    /// ```
    static let table: [(String, [String])] = [
        ("1.1", ["yes", "yes", "yes~", "no"]),
        ("1.2", ["yes", "partial", "no", "na"]),
        ("2.1", ["yes~", "yes", "partial", "blank"]),
        ("2.2", ["no", "no", "yes", "partial"]),
        ("2.3", ["yes", "yes", "yes", "yes"]),
        ("3.1", ["na", "blank", "na", "blank"]),
    ]
    static let landlords = ["A", "B", "C", "D"]

    /// Latest 2024 documents only.
    static var latest2024: [AnswerRow] {
        table.flatMap { provision, statuses in
            zip(landlords, statuses).map { landlord, status in
                row(landlord, "\(landlord)-2024", "2024-25", provision: provision, status)
            }
        }
    }

    /// The sector as stored: the latest 2024 documents, plus an older 2024 document of A (all "no",
    /// must be excluded) and a 2022 document of B (a different version, must never be pooled in).
    static var sector: [AnswerRow] {
        let staleA = table.map { row("A", "A-2023", "2023-24", provision: $0.0, "no") }
        let b2022 = ["1.2", "1.3", "2.1"].map { row("B", "B-2022", "2022-23", .v2022, provision: $0, "no") }
        return staleA + latest2024 + b2022
    }
}
