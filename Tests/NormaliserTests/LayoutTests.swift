import Assessment
import Foundation
@testable import Normaliser
import Testing

/// Layouts other than tab tables: pipe tables, key-value blocks, paragraphs and glued text.
@Suite struct LayoutTests {
    @Test(arguments: [
        ("tab-basic", "text/tab-table"), ("pipe-header-once", "text/pipe-table"), ("pipe-no-outer-pipes", "text/pipe-table"),
        ("kv-label-lines", "text/key-value"), ("kv-labelled-2022", "text/key-value"), ("kv-number-with-requirement", "text/key-value"),
        ("para-basic", "text/paragraphs"), ("para-no-blank-lines", "text/paragraphs"), ("para-provision-6-10", "text/paragraphs"),
        ("glued-no-space", "text/glued"), ("glued-single-spaces", "text/glued"),
    ])
    func layoutIsChosenFromStructure(_ name: String, _ format: String) throws {
        #expect(try Support.normalise(name + ".txt").format == format)
    }

    @Test func pipeRowBrokenOverLinesIsOneRow() throws {
        let a = try Support.normalise("pipe-broken-row.txt")
        #expect(a.responses[0].requirement == "Residents can complain through several channels and we meet our duties under the Equality Act.")
        #expect(a.responses[0].commentary == "Reviewed yearly")
        #expect(a.responses[0].lineStart == 5 && a.responses[0].lineEnd == 6)
        #expect(a.responses[1].evidence == "Staff training records for 2024 and the induction pack.")
        #expect(a.responses[1].lineEnd == 9)
    }

    @Test func pipeHeaderSplitOverTwoLinesNamesTheColumns() throws {
        let a = try Support.normalise("pipe-split-header.txt")
        #expect(a.responses[0].evidence == "Structure chart")
        #expect(a.responses[1].commentary == "Being agreed")
        #expect(a.unparsed.isEmpty)
    }

    @Test func pipeCaptionRowsSetTheSection() throws {
        let a = try Support.normalise("pipe-header-once.txt")
        #expect(a.responses.map(\.section) == [1, 1, 2, 2])
        #expect(a.lineAccount.heading == 4)  // the title, the header and two caption rows
        #expect(a.lineAccount.boilerplate == 1)  // the |---| separator
    }

    @Test func keyValueFieldsGoToTheirColumns() throws {
        let a = try Support.normalise("kv-label-lines.txt")
        #expect(a.responses[0].requirement == "We accept a complaint unless there is a valid reason not to do so.")
        #expect(a.responses[0].evidence == "Complaints policy, part 4.")
        #expect(a.responses[0].commentary == "Each refusal is checked by a manager.")
        #expect(a.responses[1].statusText == "Partially")
        #expect(a.title == "Greenfield Housing Self-assessment 2024-25")
    }

    @Test func missingAndPunctuatedLabels() throws {
        let a = try Support.normalise("kv-missing-labels.txt")
        #expect(a.responses[0].requirement.hasPrefix("Residents can complain in several ways"))
        #expect(a.responses[1].requirement == "Residents can complain to any member of staff.")
        #expect(a.responses[1].evidence == "Staff induction pack.")
        #expect(a.responses[2].statusText == "No")
        #expect(a.responses[2].commentary == "Culture work planned.")
    }

    @Test func labelledLinesOf2022FormKeepGroups() throws {
        let a = try Support.normalise("kv-labelled-2022.txt")
        #expect(a.codeVersion == .v2022)
        let byNumber = Dictionary(uniqueKeysWithValues: a.responses.map { ($0.provision.description, $0) })
        #expect(byNumber["1.6"]?.obligation == .must)
        #expect(byNumber["1.4"]?.obligation == .should)
        #expect(byNumber["1.4"]?.obligationSource == "heading")
        #expect(byNumber["1.3"]?.evidence == "Staff guidance is being rewritten. The new guidance is due in March.")
    }

    @Test func quotedClauseStaysInTheEvidence() throws {
        let kv = try Support.normalise("kv-quoted-clause.txt")
        #expect(kv.responses[0].evidence.contains("2.1 A complaint is defined as"))
        #expect(kv.responses[0].evidence.contains("25-06-2024"))
        let para = try Support.normalise("para-quoted-clause.txt")
        #expect(para.responses[0].evidence == "Our policy says:\n2.1 A complaint is defined as an expression of dissatisfaction, however made, about our standard of service.")
        let inOrder = try Support.normalise("para-quoted-clause-in-order.txt")
        #expect(inOrder.responses[0].evidence.contains("3.7 Complaints may be made"))
        #expect(inOrder.responses[2].evidence.contains("4.1 We will respond"))
    }

    @Test func lostNumbersAreMatchedByText() throws {
        let a = try Support.normalise("kv-lost-number.txt")
        let r = try #require(a.responses.first { $0.provision.description == "6.14" })
        #expect(r.provisionSource == .matched)
        #expect(r.provisionNote?.contains("requirement text closest to 6.14") == true)
        let b = try Support.normalise("para-lost-number.txt")
        #expect(b.responses[0].commentary == "Evidence pack held.")
        #expect(b.responses[1].requirement.hasPrefix("A member of the governing body"))
    }

    @Test func paragraphsAfterTheAnswerAreEvidenceThenCommentary() throws {
        let a = try Support.normalise("para-basic.txt")
        #expect(a.responses[0].evidence == "Complaints policy 2024.")
        #expect(a.responses[0].commentary == "Adopted by the board in April.")
        #expect(a.responses[0].lineStart == 5 && a.responses[0].lineEnd == 13)
    }

    @Test func captionRepeatedInsideARowDoesNotEndIt() throws {
        let a = try Support.normalise("para-captions-mid-table.txt")
        #expect(a.responses[0].requirement.hasSuffix("even while the request is still being worked on."))
        #expect(a.responses[0].evidence == "Repairs procedure.")
        #expect(a.responses[2].section == 2)
    }

    @Test func gluedCellsSplitAtTheAnswer() throws {
        let a = try Support.normalise("glued-no-space.txt")
        #expect(a.responses[0].requirement.hasSuffix("set out in our complaints policy."))
        #expect(a.responses[0].evidence == "The policy defines a complaint in section 2.")
        #expect(a.responses[1].statusText == "Y")
        #expect(a.responses[1].evidence == "Point 3.2 of the procedure.")
        let b = try Support.normalise("glued-evidence-numbers.txt")
        #expect(b.responses[0].evidence == "Website page; the policy Section 3.2 of our policy and (2.2, 11.2) and provision 8.1 of the Code.")
        #expect(b.responses[1].evidence.hasPrefix("5.5% of these"))
        #expect(b.responses[2].evidence == "Representatives form. 6.1 of the handbook covers this.")
    }

    @Test func rowCutOffBeforeItsAnswer() throws {
        let cut = try Support.normalise("glued-truncated.txt")
        #expect(cut.responses.map(\.provision.description) == ["8.1", "8.2"])
        #expect(cut.unparsed.map(\.reason) == [.unidentifiedRow])
        #expect(cut.unparsed.first?.detail.hasPrefix("row cut off before its answer") == true)
        let kept = try Support.normalise("kv-truncated.txt")
        #expect(kept.responses.last?.status == .blank)
        #expect(kept.responses.last?.statusRule == "no answer given")
        #expect(kept.responses.last?.requirement == "Relevant staff and third parties share a standard objective for complaint handling")
    }

    @Test func pipeRowWithItsOwnAnswerButNoNumberIsARow() throws {
        let a = try Support.normalise("pipe-lost-number.txt")
        let r = try #require(a.responses.last)
        #expect(r.provision.description == "6.20" && r.provisionSource == .matched)
        #expect(r.evidence == "Sign-off")
        #expect(a.responses[1].evidence == "Letter")
        let cut = try Support.normalise("pipe-truncated.txt")
        #expect(cut.unparsed.map(\.text) == ["| 6.3 | Landl"])
    }

    @Test func numberOnAMiddleLineInGluedText() throws {
        let a = try Support.normalise("glued-number-middle-line.txt")
        #expect(a.responses[1].requirement == "If all or part of the complaint is not resolved to the resident's satisfaction at stage 1, it is progressed to stage 2 of our procedure.")
        #expect(a.responses[1].lineStart == 3 && a.responses[1].lineEnd == 4)
        #expect(a.responses[0].evidence == "Template letter.")
    }

    @Test func reportNarrativeBeforeAFlowingTable() throws {
        let a = try Support.normalise("glued-after-report.txt")
        #expect(a.responses.first { $0.provision.description == "5.4" }?.requirement.hasPrefix("Where a third party") == true)
        #expect(a.unparsed.map(\.line) == [3, 5, 7])
        #expect(a.unparsed.allSatisfy { $0.reason == .outsideTable })
    }

    @Test func answersGluedBetweenWords() throws {
        let a = try Support.normalise("glued-camel-case.txt")
        #expect(a.responses[0].requirement.hasSuffix("in line with this"))
        #expect(a.responses[0].evidence == "This is in section 4 of the policy.")
        #expect(a.responses[4].evidence == "Guidance is being written.")
    }

    @Test func numberedReportHeadingsWithoutAnswersAreNoTable() {
        let report = "1. Introduction\n\nThis report covers 2023/24.\n\n6.1 Housing services\n\nHousing complaints fell by 5% to 42.\n\nNo complaints were escalated.\n"
        #expect(throws: NormaliserError.self) { try Support.normalise(text: report, path: "report.txt") }
    }

    @Test func unfilledKeyValueFormGivesBlankResponses() throws {
        let form = "Code provision 1.2\nRequirement\nA complaint is any expression of dissatisfaction, however made.\nDo we comply?\n\nEvidence\n\nCode provision 1.3\nRequirement\nResidents need not use the word complaint.\nDo we comply?\n\nEvidence\n"
        let a = try Support.normalise(text: form)
        #expect(a.format == "text/key-value")
        #expect(a.responses.map(\.status) == [.blank, .blank])
    }

    @Test func mustAndShouldGroupsWithoutHeadings() throws {
        let a = try Support.normalise("glued-2022-no-headings.txt")
        #expect(a.codeVersion == .v2022)
        #expect(a.responses.map(\.provision.description) == ["5.1", "5.5", "5.6", "5.8", "5.2", "5.3", "5.4", "5.7"])
        #expect(a.unparsed.isEmpty)
    }
}

@Suite struct AnswerSplitTests {
    @Test(arguments: [
        ("Set out in our complaints policy.YesThe policy, section 2.", "Yes", "The policy, section 2."),
        ("Set out in our complaints policy.YPoint 3.2 of the procedure.", "Y", "Point 3.2 of the procedure."),
        ("A complaint must be defined as dissatisfaction Yes Policy section 2", "Yes", "Policy section 2"),
        ("We publish it online.\nYes\nWebsite.", "Yes", "Website."),
        ("We publish it online.N/AWe have no website.", "N/A", "We have no website."),
        ("We publish it online.☐ Yes ☒ NoNot yet.", "☐ Yes ☒ No", "Not yet."),
        ("We publish it online.Yes5.5% of visits.", "Yes", "5.5% of visits."),
    ])
    func splitsAtTheAnswer(_ text: String, _ answer: String, _ rest: String) throws {
        let s = try #require(AnswerSplit.find(text))
        #expect(s.answer == answer)
        #expect(s.rest == rest)
    }

    @Test(arguments: [
        "Landlords must not take a blanket approach. No blanket exclusions apply.",
        "We work with the NHS.NHS trusts refer residents.",
        "Yesterday we reviewed the policy.",
        "Our policy says no more than ten days.",
    ])
    func findsNoAnswerInRequirementText(_ text: String) {
        #expect(AnswerSplit.find(text) == nil)
    }

    @Test func standaloneAnswers() {
        #expect(AnswerSplit.isStandalone("Yes."))
        #expect(AnswerSplit.isStandalone("N/A – no third parties"))
        #expect(AnswerSplit.isStandalone("☒ Yes ☐ No"))
        #expect(!AnswerSplit.isStandalone("No blanket exclusions apply."))
        #expect(!AnswerSplit.isStandalone("Yes we do"))
    }
}

@Suite struct FieldLabelTests {
    @Test(arguments: [
        ("Do we comply?", ColumnRole.comply), ("Evidence.", .evidence), ("Commentary / explanation:", .commentary),
        ("Requirement", .requirement), ("Comply: Yes / No", .comply), ("Compliant?", .comply),
        ("Comply – Yes (with evidence, commentary, and any explanations)", .complyYes), ("Comply – No", .complyNo),
        ("Evidence, commentary and any explanations", .evidence),
    ])
    func labelsAlone(_ line: String, _ role: ColumnRole) {
        #expect(FieldLabel.alone(line) == role)
    }

    @Test(arguments: ["Evidence of staff training", "Yes", "No", "Compliance: Yes", "Our policy says:", "Code provision"])
    func notLabelsAlone(_ line: String) {
        #expect(FieldLabel.alone(line) == nil)
    }

    @Test func labelsWithValues() {
        #expect(FieldLabel.inline("Compliance: Partial")?.0 == .comply)
        #expect(FieldLabel.inline("Compliance: Partial")?.1 == "Partial")
        #expect(FieldLabel.inline("**Compliant?** Yes")?.1 == "Yes")
        #expect(FieldLabel.inline("Evidence – Complaints leaflet.")?.0 == .evidence)
        #expect(FieldLabel.inline("Note: the board approved it") == nil)
        #expect(FieldLabel.inline("Comply: Yes / No: No")?.1 == "No")
    }
}
