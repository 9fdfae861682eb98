import Assessment
import Foundation
@testable import Normaliser
import Testing

@Suite struct AnswerReaderTests {
    @Test(arguments: [
        ("Yes", Status.yes), ("YES", .yes), ("Y", .yes), ("Yes.", .yes), ("yes", .yes), ("✓", .yes), ("✔", .yes),
        ("Partially", .partial), ("Partial", .partial), ("In part", .partial), ("Yes – in part", .partial), ("Yes - in part", .partial),
        ("No", .no), ("N", .no), ("✗", .no), ("N/A", .na), ("n/a", .na), ("Not applicable", .na),
        ("., Yes", .yes), ("☒ Yes ☐ No", .yes), ("☐ Yes ☒ No", .no), ("Yes [ ] No [x]", .yes),
    ])
    func reads(_ text: String, _ status: Status) {
        #expect(AnswerReader.answer(text)?.status == status)
    }

    @Test(arguments: ["Policy updated", "Nobody", "Yesterday", "Navigation", "", "Complaints Policy", "Meetings held"])
    func refuses(_ text: String) {
        #expect(AnswerReader.answer(text) == nil)
    }
}

@Suite struct ProvisionNumberTests {
    @Test func readsNumbersAsText() {
        #expect(ProvisionNumber.read("6.10")?.id == ProvisionID(section: 6, item: 10))
        #expect(ProvisionNumber.read("6.1")?.id == ProvisionID(section: 6, item: 1))
        #expect(ProvisionNumber.read("6.10") != ProvisionNumber.read("6.1"))
    }

    @Test func repairsMisprints() {
        #expect(ProvisionNumber.read("6,10")?.repaired == true)
        #expect(ProvisionNumber.read("6,10")?.id.description == "6.10")
        #expect(ProvisionNumber.read("5.1O")?.id.description == "5.10")
        #expect(ProvisionNumber.read("Provision 2.1")?.repaired == false)
    }

    @Test(arguments: ["2.1.9", "5.5%", "25-06-2024", "1", "2024", "Section 3", "(2.2, 11.2)"])
    func hazardsAreNotNumbers(_ text: String) {
        #expect(ProvisionNumber.read(text) == nil)
    }

    @Test func leadingNumberNeedsText() {
        #expect(ProvisionNumber.leading("1.2 A complaint must be defined")?.1 == "A complaint must be defined")
        #expect(ProvisionNumber.leading("2.1.9 of the policy") == nil)
        #expect(ProvisionNumber.leading("5.5% of these") == nil)
    }
}

@Suite struct DecodingTests {
    @Test func emptyFileIsAnError() {
        #expect(throws: NormaliserError.self) { try TextDecoding.decode([], file: "empty.txt") }
        do {
            _ = try TextDecoding.decode(Array("  \n\n".utf8), file: "blank.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "file is empty (no text)\n --> blank.txt\n  = help: remove it from the corpus or the manifest, or replace it with the extracted text")
        }
    }

    @Test func binaryFileNamesTheLine() {
        do {
            _ = try TextDecoding.decode(Array("a\nb\n\u{0}c".utf8), file: "x.bin")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .binary)
            #expect(error.line == 3)
            #expect(error.description.hasPrefix("file is binary, not text (NUL byte at line 3)\n --> x.bin:3"))
        }
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        let d = try TextDecoding.decode([0x93, 0x61, 0x94, 0x20, 0x80], file: "q.txt")
        #expect(d.encoding == "windows-1252")
        #expect(d.text == "“a” €")
    }

    @Test func linesSplitOnAnyTerminator() {
        let lines = SourceLine.split("a\r\nb\rc\nd")
        #expect(lines.map(\.text) == ["a", "b", "c", "d"])
        #expect(lines.map(\.number) == [1, 2, 3, 4])
    }
}

@Suite struct HTMLTextTests {
    @Test func listItemsBecomeLines() {
        #expect(HTMLText.plain("<p>Yes</p><ul><li>Policy</li><li>Leaflet</li></ul>") == "Yes\n• Policy\n• Leaflet")
        #expect(HTMLText.plain("a &amp; b &#8217;c&#x2019; &nbsp;d") == "a & b ’c’ d")
        #expect(HTMLText.plain("<u>within 10 working days</u> of <i>x</i>") == "within 10 working days of x")
        #expect(HTMLText.plain("x < y and 3 > 2") == "x < y and 3 > 2")
        #expect(HTMLText.plain("• one • two") == "• one\n• two")
    }
}

@Suite struct DocumentErrorTests {
    @Test func fileWithNoTableIsAClearError() {
        do {
            _ = try Support.normalise(text: "Our annual report.\n\nWe handled 40 complaints.\n", path: "report.txt")
            Issue.record("expected an error")
        } catch let error as NormaliserError {
            #expect(error.kind == .noTable)
            #expect(error.description.hasPrefix("no self-assessment table found\n --> report.txt\n"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func versionDetectionKeepsItsEvidence() throws {
        let a = try Support.normalise("tab-2022-groups.txt")
        #expect(a.codeVersion == .v2022)
        #expect(a.versionReason.hasPrefix("2022: rows fit the 2022 form better"))
        #expect(a.versionReason.contains("must/should group heading (line 3)"))
        let b = try Support.normalise("tab-basic.txt")
        #expect(b.codeVersion == .v2024)
        #expect(b.versionReason.contains("'Code provision' column"))
    }

    @Test func titleLandlordAndPeriodFromText() throws {
        let a = try Support.normalise("tab-basic.txt")
        #expect(a.title == "Example Homes Self-assessment 2024-25")
        #expect(a.landlordName == "Example Homes")
        #expect(a.period == "2024-25")
    }
}

@Suite struct DocumentFactsTests {
    @Test func periodPrefersAYearRange() {
        #expect(DocumentFacts.period(in: ["Report for 2024", "received in 2023/24"]) == "2023-24")
        #expect(DocumentFacts.period(in: ["Self-Assessment June 2024"]) == "2024")
        #expect(DocumentFacts.period(in: ["no dates here"]) == nil)
    }

    @Test func landlordFromTitleOrOpeningSentence() {
        func name(_ title: String?, _ lines: [String]) -> String? {
            LandlordNaming.evidence(OpeningText(hints: [], title: title, lines: lines), paths: ["form.txt"]).names.first?.text
        }
        #expect(name("Code: London Borough of Example Self-assessment (2024-25)", []) == "London Borough of Example")
        #expect(name(nil, ["1. Introduction", "Example Vale Trust always aims to help."]) == "Example Vale Trust")
        #expect(name("Self-assessment form 2024", ["This self-assessment form should be completed"]) == nil)
    }
}
