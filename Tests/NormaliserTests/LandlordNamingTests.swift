import Assessment
import Foundation
@testable import Normaliser
import Testing

/// Names of landlords: how `LandlordName` reads one, and how the normaliser finds it in a document.
@Suite struct LandlordNameTests {
    @Test(arguments: [
        ("Acme Council", "acme council"), ("Acme Borough Council", "acme council"), ("London Borough of Acme", "acme council"),
        ("ACME CITY COUNCIL", "acme council"), ("Acme District Council", "acme council"), ("City of Acme", "acme council"),
        ("Royal Borough of Acme and Vale", "acme and vale council"), ("Acme & Vale Council", "acme and vale council"),
        ("Borough Council of Acme and West Vale", "acme and west vale council"), ("Acme Metropolitan Borough Council", "acme council"),
        ("St. Acme City and District Council", "st acme council"), ("Acme Council Housing Services", "acme council"),
        ("Acme Borough", "acme council"), ("Acme Homes", "acme homes"), ("The Acme Homes Limited", "acme homes"),
        ("Acme Housing Association Ltd", "acme housing"), ("Acme Housing", "acme housing"), ("Acme Housing Trust", "acme housing trust"),
        ("Acme Co-operative Homes", "acme cooperative homes"), ("Acme", "acme"), ("King's Acme", "kings acme"),
    ] as [(String, String)])
    func keys(_ text: String, _ key: String) {
        #expect(LandlordName(text)?.key == key)
    }

    @Test(arguments: ["Council", "Your Council", "Housing Ombudsman", "Council Tax", "Council and democracy", "Housing Association",
                      "Acme Homes Tenants Association", "Local Government and Social Care Ombudsman", "2024", "Our Services", "GOV.UK"])
    func notLandlordNames(_ text: String) {
        #expect(LandlordName(text) == nil)
    }

    @Test func spellingsOfOneLandlord() throws {
        let council = try #require(LandlordName("London Borough of Acme"))
        #expect(try #require(LandlordName("Acme")).isSpelling(of: council))
        #expect(try #require(LandlordName("Acme Council")).isSpelling(of: council))
        #expect(!(try #require(LandlordName("Acme Homes")).isSpelling(of: council)))
        #expect(!(try #require(LandlordName("Acme Housing Association")).isSpelling(of: try #require(LandlordName("Acme Trust")))))
    }

    @Test func displayForms() {
        #expect(LandlordName.display("  ACME BOROUGH COUNCIL: ") == "Acme Borough Council")
        #expect(LandlordName.display("STOCKTON-ON-ACME BOROUGH OF VALE") == "Stockton-on-Acme Borough of Vale")
        #expect(LandlordName.display("London Borough of Acme") == "London Borough of Acme")
        #expect(LandlordName.words("Barking & Acme (King's) Co-op") == ["barking", "and", "acme", "kings", "coop"])
    }
}

@Suite struct PageChromeTests {
    @Test(arguments: ["Skip to main content", "We use cookies to improve this site. Accept all", "Search", "Search this site",
                      "Home > Housing > Complaints", "Home / Complaints self-assessment", "You are here: Housing",
                      "Home  Housing  Council tax  Bins  Contact us", "Facebook", "Follow us on X", "Sign in to your account",
                      "Housing | Council tax | Planning | Bins"])
    func navigation(_ line: String) {
        #expect(PageChrome.isNavigation(line))
    }

    @Test(arguments: ["Acme Homes self-assessment 2024", "London Borough of Acme", "Section 1: Definition of a complaint",
                      "Complaint handling code self-assessment | Acme Council", "We search for the root cause of every complaint."])
    func notNavigation(_ line: String) {
        #expect(!PageChrome.isNavigation(line))
    }

    @Test func aBreadcrumbIsNoTitle() {
        #expect(!DocumentFacts.isTitle("Home > Housing > Complaint handling self-assessment"))
        #expect(DocumentFacts.isTitle("Complaint handling self-assessment 2024"))
    }
}

@Suite struct LandlordNamingTests {
    func names(hints: [String] = [], title: String? = nil, lines: [String], path: String = "doc.txt") -> [String] {
        let opening = OpeningText(hints: hints, title: title, lines: lines)
        return LandlordNaming.evidence(opening, paths: [path]).names.map { "\($0.text) (\($0.source.rawValue))" }
    }

    @Test func chromeAboveTheTitleIsSkipped() {
        let lines = ["Skip to main content", "Cookies on this site: we use cookies. Accept all", "Search", "Menu",
                     "Home  Housing  Council and democracy  Bins and recycling", "Home > Housing > Complaints",
                     "Complaint handling self-assessment 2024", "Vale District Council"]
        #expect(names(title: "Complaint handling self-assessment 2024", lines: lines) == ["Vale District Council (title)"])
    }

    @Test func titleHintsWithSiteNames() {
        #expect(names(hints: ["Complaint handling self-assessment | Acme Council"], lines: []) == ["Acme Council (title)"])
        #expect(names(hints: ["Acme Homes - Complaints self-assessment 2024"], lines: []) == ["Acme Homes (title)"])
        #expect(names(hints: ["Complaints self-assessment | Acmeshire"], lines: []) == ["Acmeshire (title)"])
        #expect(names(hints: ["Complaints self-assessment | GOV.UK"], lines: []) == [])
    }

    @Test func titleWithTheCodeNamedFirst() {
        let title = "Housing Ombudsman Complaint Handling Code: London Borough of Acme Self-assessment (2024-25)"
        #expect(names(title: title, lines: [title]) == ["London Borough of Acme (title)"])
    }

    @Test func aBareTitleNameNeedsCorroboration() {
        #expect(names(title: "Acme Self-assessment 2024", lines: [], path: "acme-2024.txt") == ["Acme (title)", "Acme (file_name)"])
        #expect(names(title: "Revised Self-assessment 2024", lines: [], path: "form.txt") == [])
        #expect(names(title: "Acme Self-assessment 2024", lines: ["https://www.acme.gov.uk/complaints"], path: "x.txt")
                == ["Acme (title)"])
    }

    @Test func sentencesNameOnlyByTheirSubject() {
        let lines = ["1. Introduction", "Vale Trust always aims to help residents when things go wrong.",
                     "Residents may also contact Beacon Homes or the Housing Ombudsman about their complaint."]
        #expect(names(lines: lines) == ["Vale Trust (text)"])
        #expect(names(lines: ["Residents may also contact Beacon Homes about their complaint."]) == [])
    }

    @Test func otherOrganisationsAreNotSpellings() {
        let lines = ["Acme Borough Council", "In partnership with Beacon Housing Association", "Acme Council Self-Assessment"]
        #expect(names(title: "Acme Council Self-Assessment", lines: lines, path: "acme-borough-2024-v2.txt")
                == ["Acme Council (title)", "Acme Borough Council (title)", "Acme Borough (file_name)"])
    }

    @Test func aPartnerNamedMidLineIsNotTheLandlord() {
        #expect(names(lines: ["In partnership with Beacon Housing Association",
                              "Vale Homes is committed to learning from every complaint it receives."]) == ["Vale Homes (text)"])
        #expect(names(lines: ["In partnership with Beacon Housing Association"]) == [])
        #expect(names(lines: ["Prepared by Vale District Council", "Landlord: Vale Council"])
                == ["Vale District Council (text)", "Vale Council (text)"])
    }

    @Test func addressesStandingAloneAreTheDocumentsOwn() {
        let opening = OpeningText(hints: [], title: nil, lines: [
            "https://www.acme.gov.uk/housing/complaints", "Printed from www.acme.gov.uk 12/03/2024",
            "The Code is published at https://www.example.org/code for every landlord to read.",
        ])
        #expect(opening.urls == ["https://www.acme.gov.uk/housing/complaints", "www.acme.gov.uk"])
    }

    @Test func theOpeningEndsAtTheFirstRow() {
        let opening = OpeningText(hints: [], title: nil, lines: ["Acme Homes", "1.2\tA complaint is…\tYes", "Beacon Homes"])
        #expect(opening.lines == ["Acme Homes"])
    }

    @Test func aDocumentWithChromeAndTitleHintsEndToEnd() throws {
        let text = """
            Skip to main content
            Search
            Home > Residents > Complaints
            Acme Vale Borough Council
            Acme Vale Complaint Handling Code Self-assessment 2024-25

            Code provision\tCode requirement\tComply: Yes / No\tEvidence
            1.2\tA complaint is any expression of dissatisfaction.\tYes\tPolicy part 2
            1.3\tResidents need not use the word complaint.\tYes\tPolicy part 2

            """
        let a = try Support.normalise(text: text, path: "acme-vale-2022code-final.txt")
        #expect(a.landlordName == "Acme Vale Borough Council")
        #expect(a.landlordEvidence.names.map(\.source) == [.title, .title, .fileName])
        #expect(a.period == "2024-25")
    }
}

@Suite struct FileNameLandlordTests {
    @Test(arguments: [
        ("assessments/example-homes-2024-25.txt", "Example Homes"),
        ("self-assessment-2024.txt", nil),
        ("unnamed-council-2024.txt", nil),
        ("north-vale-council-chc-self-assessment-june-2024.txt", "North Vale Council"),
        ("Great Acme 2022code.txt", "Great Acme"),
        ("acme_self-assessment-v2-FINAL.docx", "Acme"),
        ("ACME_HOMES_CHC_2024.pdf", "Acme Homes"),
        ("GreatAcme2024SelfAssessment.pdf", "Great Acme"),
        ("london-borough-of-acme-2023-24-rev3.pdf", "London Borough of Acme"),
        ("hos-self-assessment-of-2024.pdf", nil),
        ("council-self-assessment.pdf", nil),
        ("Appendix-1-Acme-Trust-updated.pdf", "Acme Trust"),
    ] as [(String, String?)])
    func landlordFromFileName(_ path: String, _ expected: String?) {
        #expect(DocumentFacts.landlord(fromFileName: path) == expected)
    }

    @Test func aFolderNamesAMultiPartDocument() {
        #expect(DocumentFacts.landlord(fromPaths: ["assessments/acme-council-2024/part-1.html", "assessments/acme-council-2024/part-2.html"])
                == "Acme Council")
        #expect(DocumentFacts.landlord(fromPaths: ["assessments/part-1.html"]) == nil)
    }

    @Test func yearsNamingTheCodeAreNoPeriod() {
        #expect(DocumentFacts.period(in: ["Great Acme 2022code.txt"]) == nil)
        #expect(DocumentFacts.period(in: ["Self-assessment against the 2024 Code", "Report June 2025"]) == "2025")
        #expect(DocumentFacts.period(in: ["Complaint Handling Code 2024-25"]) == "2024-25")
    }
}
