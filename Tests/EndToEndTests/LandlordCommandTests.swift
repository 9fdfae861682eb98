import Dataset
import Foundation
import Testing

/// A corpus written here: one council spelled four ways (a web page with its furniture above the title, the
/// Code's title, an opening sentence, a bare file name tied by its web domain), an association sharing the
/// council's place name, and a landlord named only by a file name with a year and a version.
enum LandlordCorpus {
    static let header = "Code provision\tCode requirement\tComply: Yes / No\tEvidence\n"
    static let rows = "1.2\tA complaint is any expression of dissatisfaction.\tYes\tPolicy part 2\n"
        + "1.3\tResidents need not use the word complaint.\tNo\tTo be added\n"

    static let files: [(String, String)] = [
        ("assessments/chc-page.txt", """
            Skip to main content
            Cookies on this site: we use cookies to make the site work. Accept all
            Search
            Menu
            Home  Residents  Council and democracy  Bins and recycling  Contact us
            Home > Housing > Complaints
            https://www.northmere.gov.uk/housing/complaints
            Complaint handling self-assessment 2024-25
            Northmere Borough Council

            \(header)\(rows)
            """),
        ("assessments/code-2023.txt", """
            Housing Ombudsman Complaint Handling Code: London Borough of Northmere Self-assessment (2023-24)

            \(header)\(rows)
            """),
        ("assessments/opening.txt", """
            1. Introduction
            Northmere Council always aims to put things right at the first contact.

            \(header)\(rows)
            """),
        ("assessments/Northmere 2022code-final.txt", "\(header)\(rows)"),
        ("assessments/homes.txt", """
            Northmere Homes Self-assessment 2024

            \(header)\(rows)
            """),
        ("assessments/Westfold Trust 2024-25 v2.txt", "\(header)1.2\tA complaint is any expression of dissatisfaction.\tYes\tLeaflet\n"),
    ]

    static let manifest = """
        file,landlord,landlord_kind,period,code_version,source_url
        assessments/chc-page.txt,,,,,
        assessments/code-2023.txt,,,,,
        assessments/opening.txt,,,,2022,
        assessments/Northmere 2022code-final.txt,,,2022,2022,https://northmere.gov.uk/files/2022.txt
        assessments/homes.txt,,housing_association,,,https://www.northmerehomes.org.uk/complaints
        assessments/Westfold Trust 2024-25 v2.txt,,,,,

        """

    /// The dataset built from the corpus (once per test run).
    static let dataset: String = {
        guard let corpus = try? CLI.temporaryDirectory() else { return "" }
        for (path, text) in files {
            let url = corpus.appendingPathComponent(path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
        }
        try? manifest.write(to: corpus.appendingPathComponent("manifest.csv"), atomically: true, encoding: .utf8)
        guard let outFolder = try? CLI.temporaryDirectory() else { return "" }
        let out = outFolder.appendingPathComponent("d.sqlite").path
        _ = try? CLI.run(["build", corpus.path, "--out", out])
        corpusPath = corpus.path
        return out
    }()

    /// The corpus folder (set when `dataset` is first read).
    nonisolated(unsafe) static var corpusPath = ""

    static func run(_ arguments: [String]) throws -> CLI.Run { try CLI.run(arguments + ["--dataset", dataset]) }
}

@Suite struct LandlordCommandTests {
    @Test func landlordsListsOneCouncilForFourSpellings() throws {
        let run = try LandlordCorpus.run(["landlords"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            id                 name                         kind                 named  documents  periods                 code_versions  aliases
            -----------------  ---------------------------  -------------------  -----  ---------  ----------------------  -------------  ------------------------------------------------------------------------------------------
            northmere-council  London Borough of Northmere  unknown                  1          4  2022; 2023-24; 2024-25  2022; 2024     London Borough of Northmere (title); Northmere Borough Council (title); Northmere Council…
            northmere-homes    Northmere Homes              housing_association      1          1  2024                    2024           Northmere Homes (title); northmerehomes.org.uk (url)
            westfold-trust     Westfold Trust               unknown                  1          1  2024-25                 2024           Westfold Trust (file_name)

            """)
        #expect(run.stderr == "3 landlords; aliases: spelling (where seen ×documents when more than one)\n")
    }

    @Test func buildNamesEachDocumentByItsLandlord() throws {
        let out = URL(fileURLWithPath: LandlordCorpus.dataset).deletingLastPathComponent()
        let run = try CLI.run(["build", LandlordCorpus.corpusPath, "--out", out.appendingPathComponent("again.sqlite").path,
                               "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let landlords = try CSV.parse(run.stdout, file: "stdout").dropFirst().map { $0.prefix(2).joined(separator: " -> ") }
        #expect(landlords == [
            "assessments/Northmere 2022code-final.txt -> London Borough of Northmere",
            "assessments/Westfold Trust 2024-25 v2.txt -> Westfold Trust",
            "assessments/chc-page.txt -> London Borough of Northmere",
            "assessments/code-2023.txt -> London Borough of Northmere",
            "assessments/homes.txt -> Northmere Homes",
            "assessments/opening.txt -> London Borough of Northmere",
        ])
        #expect(run.stderr.hasSuffix("6 documents, 11 responses, 3 landlords\n"))
    }

    @Test func landlordsAsCSVCarriesEveryAlias() throws {
        let run = try LandlordCorpus.run(["landlords", "--format", "csv"])
        #expect(run.status == 0)
        let rows = try CSV.parse(run.stdout, file: "stdout")
        #expect(rows.first == ["id", "name", "kind", "named", "documents", "periods", "code_versions", "aliases"])
        #expect(rows.dropFirst().first == [
            "northmere-council", "London Borough of Northmere", "unknown", "1", "4", "2022; 2023-24; 2024-25", "2022; 2024",
            "London Borough of Northmere (title); Northmere Borough Council (title); Northmere Council (text); "
                + "Northmere (file_name); northmere.gov.uk (url ×2)",
        ])
    }

    @Test func landlordsAsJSONNestsTheAliases() throws {
        let run = try LandlordCorpus.run(["landlords", "--format", "json"])
        #expect(run.status == 0)
        let decoded = try JSONDecoder().decode([LandlordListing].self, from: Data(run.stdout.utf8))
        #expect(decoded.map(\.id) == ["northmere-council", "northmere-homes", "westfold-trust"])
        #expect(decoded.first?.aliases.last == LandlordListing.Alias(alias: "northmere.gov.uk", source: "url", documents: 2))
        #expect(run.stdout.contains("\"code_versions\" : ["))
    }

    @Test func benchmarkFindsTheCouncilByAnySpelling() throws {
        for query in ["Northmere Council", "northmere borough council", "LONDON BOROUGH OF NORTHMERE", "northmere-council"] {
            let run = try LandlordCorpus.run(["benchmark", query])
            #expect(run.status == 0, "\(query): \(run.stderr)")
            #expect(run.stdout.hasPrefix("London Borough of Northmere — 2022 Code, document "), "\(query)")
            #expect(run.stdout.contains("\nLondon Borough of Northmere — 2024 Code, document "), "\(query)")
        }
    }

    @Test func aBarePlaceNameIsAmbiguous() throws {
        let run = try LandlordCorpus.run(["benchmark", "northmere"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "Error: 'northmere' matches 2 landlords: London Borough of Northmere; Northmere Homes - give more of the name\n")
    }

    @Test func noMatchSuggestsTheClosest() throws {
        let run = try LandlordCorpus.run(["benchmark", "Westfeld"])
        #expect(run.status == 1)
        #expect(run.stderr == "Error: no landlord matches 'Westfeld' - did you mean Westfold Trust? ('chc landlords' lists them all)\n")
    }

    @Test func anOlderDatasetAsksForARebuild() throws {
        let run = try CLI.run(["landlords", "--dataset", "/nonexistent/d.sqlite"])
        #expect(run.status == 1)
        #expect(run.stderr == "Error: no dataset at /nonexistent/d.sqlite - run 'chc build' first or pass --dataset\n")
    }
}
