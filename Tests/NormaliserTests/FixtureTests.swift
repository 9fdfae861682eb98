import Assessment
import Foundation
import Normaliser
import Testing

/// Every fixture in Fixtures/ (one layout quirk each) parses to exactly the statuses in its `.expected` file.
@Suite struct FixtureTests {
    @Test(arguments: Support.fixtureNames())
    func statusesMatchExpected(_ name: String) throws {
        let assessment = try Support.normalise(name + ".txt")
        let got = assessment.responses.map { "\($0.provision) \($0.status.rawValue) \($0.provisionSource.rawValue)" }
        let expected = try String(contentsOf: Support.fixtures.appendingPathComponent(name + ".expected"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(got == expected)
    }

    @Test(arguments: Support.fixtureNames())
    func everyLineIsAccountedFor(_ name: String) throws {
        let a = try Support.normalise(name + ".txt")
        let account = a.lineAccount
        #expect(account.blank + account.response + account.heading + account.boilerplate + account.unparsed == account.total)
        #expect(account.total == a.sources.map(\.lineCount).reduce(0, +))
        // Unparsed whole lines are listed one by one.
        #expect(a.unparsed.filter { $0.reason != .unknownColumn && $0.reason != .repeatedText }.count == account.unparsed)
    }

    @Test(arguments: Support.fixtureNames())
    func noProvisionTwiceAndAllInCatalogue(_ name: String) throws {
        let a = try Support.normalise(name + ".txt")
        let catalogue = try Support.catalogue()
        #expect(Set(a.responses.map(\.provision)).count == a.responses.count)
        for r in a.responses { #expect(catalogue.provision(a.codeVersion, r.provision) != nil) }
    }

    @Test func wrappedCellsAreJoinedInTheirColumns() throws {
        let a = try Support.normalise("tab-wrapped-cell.txt")
        let r = try #require(a.responses.first)
        #expect(r.requirement == "A landlord accepts a complaint unless there is a valid reason not to do so and evidences its reasoning.")
        #expect(r.evidence == "Exclusions are listed in section 4 of the policy.")
        #expect(r.commentary == "We review each case individually.")
        #expect(r.lineStart == 4 && r.lineEnd == 5)
    }

    @Test func repeatedHeaderMidRowDoesNotSplitTheRow() throws {
        let a = try Support.normalise("tab-header-mid-row.txt")
        let r = try #require(a.responses.first { $0.provision.description == "3.1" })
        #expect(r.requirement.hasSuffix("consider their duties under the Equality Act."))
        #expect(r.evidence == "Phone, email, web form and in person.")
        #expect(r.lineStart == 4 && r.lineEnd == 6)
    }

    @Test func numberOnAMiddleLineTakesTheLinesAboveIt() throws {
        let a = try Support.normalise("tab-number-middle-line.txt")
        let r = try #require(a.responses.first)
        #expect(r.requirement == "If all or part of the complaint is not resolved at stage 1 it is progressed to stage 2 of the procedure.")
        #expect(r.lineStart == 6 && r.lineEnd == 7)
        #expect(a.responses[1].commentary == "We missed the target twice.")
    }

    @Test func strayNumberIsNotAProvision() throws {
        let a = try Support.normalise("tab-stray-number.txt")
        #expect(!a.responses.contains { $0.provision.section == 0 })
        let r = try #require(a.responses.first { $0.provision.description == "6.12" })
        #expect(r.requirement.hasPrefix("Residents are not required"))
        #expect(r.commentary == "Changed in June.")
    }

    @Test func missingNumberIsMatchedWithANote() throws {
        let a = try Support.normalise("tab-missing-number.txt")
        let r = try #require(a.responses.last)
        #expect(r.provision.description == "6.20")
        #expect(r.provisionSource == .matched)
        #expect(r.provisionNote?.contains("the only unused provision") == true)
    }

    @Test func answersInTheNoColumnOf2022Form() throws {
        let a = try Support.normalise("tab-2022-no-column.txt")
        #expect(a.codeVersion == .v2022)
        let byNumber = Dictionary(uniqueKeysWithValues: a.responses.map { ($0.provision.description, $0) })
        #expect(byNumber["1.3"]?.statusText == "No")
        #expect(byNumber["1.3"]?.action == "Update policy [Target 30/09/2022 – Complaints Lead]")
        #expect(byNumber["1.6"]?.statusRule == "'In part' in the 'Comply – No' column")
        #expect(byNumber["1.2"]?.evidence == "In our policy.")
    }

    @Test func mustAndShouldGroupsSetObligation() throws {
        let a = try Support.normalise("tab-2022-groups.txt")
        let byNumber = Dictionary(uniqueKeysWithValues: a.responses.map { ($0.provision.description, $0) })
        #expect(byNumber["5.6"]?.obligation == .must)
        #expect(byNumber["5.2"]?.obligation == .should)
        #expect(byNumber["5.2"]?.obligationSource == "heading")
        #expect(byNumber["5.3"]?.stage == 1)
    }

    @Test func htmlCellsBecomePlainTextWithListItemsOnLines() throws {
        let a = try Support.normalise("tab-html-cells.txt")
        #expect(a.responses[0].requirement == "Where something has gone wrong a landlord acknowledges it. Remedies include:\n• Apologising\n• Providing a financial remedy")
        #expect(a.responses[0].evidence == "Remedies policy & guidance")
        #expect(a.responses[0].commentary == "Reviewed yearly")
        #expect(a.responses[1].evidence == "Compensation policy\n• Staff guide")
    }

    @Test func windows1252SmartQuotesSurvive() throws {
        let a = try Support.normalise("tab-windows-1252.txt")
        #expect(a.sources[0].encoding == "windows-1252")
        #expect(a.responses[0].requirement.contains("“however made”"))
        #expect(a.responses[0].evidence == "Compensation up to £250")
    }

    @Test func oneCellPerLineRow() throws {
        let a = try Support.normalise("tab-one-cell-per-line.txt")
        let r = try #require(a.responses.first)
        #expect(r.provision.description == "6.6")
        #expect(r.requirement.hasSuffix("and any distress caused."))
        #expect(r.evidence == "Compensation policy.")
        #expect(r.obligation == .should)
    }

    @Test func evidenceQuotingItsOwnRequirementIsKept() throws {
        // Only text repeating what earlier lines of the row held is an extraction echo, not a cell of the same line.
        let a = try Support.normalise("tab-evidence-repeats-requirement.txt")
        #expect(a.responses.first?.evidence.hasPrefix("Our policy defines a complaint") == true)
        #expect(a.unparsed.isEmpty)
    }

    @Test func reportNarrativeIsOutsideTheTable() throws {
        let a = try Support.normalise("report-with-appendix.txt")
        #expect(a.responses.map(\.provision.description) == ["1.2", "1.3"])
        #expect(a.unparsed.contains { $0.text == "6.1 Housing" && $0.reason == .outsideTable })
    }
}
