import Assessment
import Foundation
@testable import Normaliser
import Testing

/// Generated documents: made-up landlords spelled in the forms landlords use, placed where documents put
/// their names, under the page furniture web pages carry; every one must be read as the same landlord.
enum LandlordVariants {
    static let places = ["Ashcombe", "Barrow Vale", "Kingsford upon Wey", "Hollin-on-Tarn", "Elm & Rushby", "St. Bede's Cross"]

    static let councilSpellings = ["{P} Council", "{P} Borough Council", "London Borough of {P}", "{P} City Council",
                                   "{U} DISTRICT COUNCIL", "Royal Borough of {P}", "City of {P}", "{P} Metropolitan Borough Council",
                                   "The Borough Council of {P}"]
    static let organisationSpellings = [("{P} Homes", "homes"), ("{P} Housing Association", "housing"),
                                        ("{P} Housing Association Limited", "housing"), ("The {P} Housing Trust", "housing trust"),
                                        ("{U} HOMES LTD", "homes"), ("{P} Community Housing Group", "community housing group")]

    /// Where a document names its landlord: (title hints, lines before the table).
    static let placements: [(String, [String], [String])] = [
        ("title", [], ["{N} Self-assessment 2024-25"]),
        ("code title", [], ["Housing Ombudsman Complaint Handling Code: {N} Self-assessment (2024-25)"]),
        ("title for", [], ["Complaint handling self-assessment for {N} 2024"]),
        ("html title", ["Complaint handling self-assessment | {N}"], ["Complaint handling self-assessment"]),
        ("html title first", ["{N} - Complaints self-assessment"], []),
        ("letterhead", [], ["{N}", "Complaint handling self-assessment 2024"]),
        ("letterhead after title", [], ["Complaint handling self-assessment 2024", "{N}"]),
        ("sentence", [], ["1. Introduction", "{N} always aims to resolve complaints quickly and fairly for its residents."]),
        ("welcome", [], ["Welcome to {N}", "Our complaint handling self-assessment"]),
    ]

    /// Page furniture above the document's own text.
    static let chrome: [(String, [String])] = [
        ("none", []),
        ("skip and cookies", ["Skip to main content", "We use cookies on this website. Accept all cookies", "Search", "Menu"]),
        ("menu bar", ["Home  Housing  Council tax  Bins and recycling  Contact us"]),
        ("menu items", ["Home", "Housing", "Council tax", "Council and democracy", "Your Council", "Contact the Council"]),
        ("breadcrumb", ["Home > Housing > Complaints > Self-assessment"]),
        ("social", ["Facebook", "Twitter", "Follow us on LinkedIn", "Sign in to My Account"]),
        ("banner", ["Tell us what you think of our new website", "Housing Ombudsman: new Code in force"]),
        ("partners", ["In partnership with Greyfield Housing Association", "Regulator of Social Housing",
                      "National Housing Federation member"]),
    ]

    static let table = "Code provision\tCode requirement\tComply: Yes / No\tEvidence\n"
        + "1.2\tA complaint is any expression of dissatisfaction.\tYes\tPolicy part 2\n"

    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        var hints: [String]
        var text: String
        var key: String
        var testDescription: String { label }
    }

    static func fill(_ template: String, place: String, name: String = "") -> String {
        template.replacingOccurrences(of: "{N}", with: name).replacingOccurrences(of: "{P}", with: place)
            .replacingOccurrences(of: "{U}", with: place.uppercased())
    }

    /// Every spelling × placement × chrome for one place, with the key it must be read as.
    static func cases() -> [Case] {
        var out: [Case] = []
        for (p, place) in places.enumerated() {
            let core = LandlordName.words(place).joined(separator: " ")
            let spellings = councilSpellings.map { ($0, core + " council") }
                + organisationSpellings.map { ($0.0, core + " " + $0.1) }
            for (s, (spelling, key)) in spellings.enumerated() {
                // Every spelling in every placement; the chrome rotates so each meets every kind across places.
                for (k, placement) in placements.enumerated() {
                    let (chromeLabel, chromeLines) = chrome[(p + s + k) % chrome.count]
                    let name = fill(spelling, place: place)
                    let lines = chromeLines + placement.2.map { fill($0, place: place, name: name) }
                    out.append(Case(label: "\(name) / \(placement.0) / \(chromeLabel)",
                                    hints: placement.1.map { fill($0, place: place, name: name) },
                                    text: lines.joined(separator: "\n") + "\n\n" + table, key: key))
                }
            }
        }
        return out
    }
}

@Suite struct LandlordVariantTests {
    @Test(arguments: LandlordVariants.cases())
    func everyVariantNamesTheSameLandlord(_ c: LandlordVariants.Case) throws {
        let lines = c.text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let title = lines.first(where: DocumentFacts.isTitle)
        let evidence = LandlordNaming.evidence(OpeningText(hints: c.hints, title: title, lines: lines), paths: ["document.txt"])
        let name = try #require(evidence.names.first, "no name in \(c.label)")
        #expect(LandlordName(name.text)?.key == c.key, "\(c.label): read '\(name.text)'")
    }

    @Test func theWholeNormaliserReadsAVariant() throws {
        let c = try #require(LandlordVariants.cases().first { $0.label.hasSuffix("/ letterhead after title / skip and cookies") })
        let a = try Support.normalise(text: c.text, path: "form-2024.txt")
        #expect(LandlordName(a.landlordName ?? "")?.key == c.key)
    }
}
