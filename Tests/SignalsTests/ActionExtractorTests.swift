import Assessment
import Signals
import Testing

@Suite("actions")
struct ActionExtractorTests {
    static let assessed = SimpleDate(year: 2022, month: 9, day: 1)

    @Test func splitsBracketedTargetsIntoActionsWithOwners() {
        let cell = "Website content to be strengthened. [Target 01/08/2022 - Communications Business Partner] "
            + "Posters to be added to all schemes. [Target 31/10/2022 – Head of Housing]"
        let actions = ActionExtractor.extract(response(.partial, evidence: "Leaflet", action: cell),
                                              assessedOn: Self.assessed)
        #expect(actions == [
            ActionItem(description: "Website content to be strengthened.", targetDate: "2022-08-01", precision: .day,
                       owner: "Communications Business Partner", overdue: true),
            ActionItem(description: "Posters to be added to all schemes.", targetDate: "2022-10-31", precision: .day,
                       owner: "Head of Housing", overdue: false),
        ])
    }

    /// A phrase with a target date, the ISO date and its precision.
    static let dates: [(String, String, DatePrecision)] = [
        ("[Target 31/07/22 – Customer Voice Lead]", "2022-07-31", .day),
        ("by 30/09/2022", "2022-09-30", .day),
        ("on 1 April 2025", "2025-04-01", .day),
        ("in September 2025", "2025-09", .month),
        ("by April 2025", "2025-04", .month),
        ("by Sept 2025", "2025-09", .month),
        ("by the end of March 2025", "2025-03", .month),
        ("in Q3 2025", "2025-09", .month),
        ("in Q3 2025/26", "2025-12", .month),
        ("during 2025/26", "2026-03", .month),
        ("in 22/23", "2023-03", .month),
        ("by 2026", "2026", .year),
    ]

    @Test(arguments: dates)
    func readsEachDateForm(phrase: String, iso: String, precision: DatePrecision) {
        let actions = ActionExtractor.extract(response(.no, action: "Letter to be revised \(phrase)"), assessedOn: nil)
        #expect(actions.map(\.targetDate) == [iso])
        #expect(actions.map(\.precision) == [precision])
        #expect(actions.map(\.overdue) == [nil])
    }

    @Test func takesTheOwnerFromTheBracket() {
        let actions = ActionExtractor.extract(response(.no, action: "Do it [Target 31/07/22 – Customer Voice Lead]"),
                                              assessedOn: nil)
        #expect(actions.map(\.owner) == ["Customer Voice Lead"])
    }

    @Test(arguments: [("2025-09-30", false), ("2025-10-01", true), ("2025-09-01", false)])
    func isOverdueAfterTheEndOfTheTargetPeriod(assessed: String, overdue: Bool) {
        let r = response(.yes, commentary: "Recruitment will start in September 2025.")
        #expect(ActionExtractor.extract(r, assessedOn: SimpleDate(iso: assessed)).map(\.overdue) == [overdue])
    }

    @Test func findsFutureWorkInCommentaryButNotSettledPractice() {
        let r = response(.yes, evidence: "Procedure updated in 2023.",
                         commentary: "The policy is reviewed annually. Training to be rolled out to staff.")
        #expect(ActionExtractor.extract(r, assessedOn: nil) == [ActionItem(description: "Training to be rolled out to staff")])
    }

    @Test func givesALeadingTargetToTheCommentaryAction() {
        let r = response(.partial, commentary: "In part; full reporting to be included when the panel is established.",
                         action: "[Target 30/09/2022 – Director] Panel terms to be confirmed [Target 31/12/2022 – Director]")
        let actions = ActionExtractor.extract(r, assessedOn: nil)
        #expect(actions.map(\.description) == ["full reporting to be included when the panel is established",
                                               "Panel terms to be confirmed"])
        #expect(actions.map(\.targetDate) == ["2022-09-30", "2022-12-31"])
    }

    @Test func dropsACommentarySentenceThatRepeatsTheAction() {
        let r = response(.no, commentary: "Not currently – new process to be established.",
                         action: "New process for feedback to be established. [Target 31/12/2022 – Lead]")
        #expect(ActionExtractor.extract(r, assessedOn: nil).map(\.description)
            == ["New process for feedback to be established."])
    }

    @Test func ignoresYearsThatAreNotTargets() {
        let actions = ActionExtractor.extract(response(.no, action: "Policy to be checked against the Equality Act 2010"),
                                              assessedOn: Self.assessed)
        #expect(actions == [ActionItem(description: "Policy to be checked against the Equality Act 2010")])
    }
}
