import Foundation
import Testing
@testable import Dataset

@Suite struct ManifestTests {
    /// A corpus with three single files and a folder of two parts.
    func makeCorpus() throws -> String {
        let corpus = try makeTemporaryFolder()
        try writeFile(corpus, "assessments/croydon-2024-25.txt", "Croydon\n")
        try writeFile(corpus, "assessments/winchester-2024-06.txt", "Winchester\n")
        try writeFile(corpus, "assessments/papworth-trust-2023-24.md", "Papworth\n")
        try writeFile(corpus, "assessments/lambeth/part-2.html", "<p>two</p>\n")
        try writeFile(corpus, "assessments/lambeth/part-1.html", "<p>one</p>\n")
        try writeFile(corpus, "assessments/notes.csv", "not,an,input\n")
        try writeFile(corpus, "assessments/.hidden.txt", "hidden\n")
        return corpus
    }

    @Test func readsEntriesAndIgnoresExtraColumns() throws {
        let corpus = try makeCorpus()
        try writeFile(corpus, "manifest.csv", """
            file,landlord,landlord_kind,period,source_url,notes,reviewer
            assessments/croydon-2024-25.txt,Croydon Council,local_authority,2024-25,https://example.org/c,"Board, 2024",ann

            assessments/winchester-2024-06.txt,Winchester City Council,,,,,

            """)
        let manifest = try Manifest.read(corpus: corpus)
        #expect(manifest.problems.isEmpty)
        #expect(manifest.entries == [
            ManifestEntry(files: ["assessments/croydon-2024-25.txt"], landlord: "Croydon Council",
                          landlordKind: "local_authority", period: "2024-25", sourceURL: "https://example.org/c",
                          notes: "Board, 2024", line: 2),
            ManifestEntry(files: ["assessments/winchester-2024-06.txt"], landlord: "Winchester City Council", line: 4),
        ])
    }

    @Test func folderAndSemicolonListsFormOneMultiPartEntry() throws {
        let corpus = try makeCorpus()
        try writeFile(corpus, "manifest.csv", """
            file,landlord
            assessments/lambeth/,Lambeth Council
            assessments/winchester-2024-06.txt; ./assessments/papworth-trust-2023-24.md,Two Part Homes
            """)
        let manifest = try Manifest.read(corpus: corpus)
        #expect(manifest.problems.isEmpty)
        #expect(manifest.entries.map(\.files) == [
            ["assessments/lambeth/part-1.html", "assessments/lambeth/part-2.html"],
            ["assessments/winchester-2024-06.txt", "assessments/papworth-trust-2023-24.md"],
        ])
    }

    @Test func badRowsBecomeProblemsAndTheRestGoesOn() throws {
        let corpus = try makeCorpus()
        let outside = try makeTemporaryFolder("outside")
        try writeFile(outside, "secret.txt", "secret\n")
        try FileManager.default.createSymbolicLink(atPath: corpus + "/assessments/link.txt",
                                                   withDestinationPath: outside + "/secret.txt")
        try writeFile(corpus, "manifest.csv", """
            file,landlord,landlord_kind,code_version
            assessments/missing.txt,Nobody Homes,
            ../outside/secret.txt,Escape Homes,
            /etc/passwd,Absolute Homes,
            assessments/link.txt,Symlink Homes,
            assessments/croydon-2024-25.txt,,
            assessments/winchester-2024-06.txt,Winchester City Council,council
            assessments/papworth-trust-2023-24.md,Papworth Trust,housing_association
            assessments/papworth-trust-2023-24.md,Papworth Again,
            assessments/lambeth,Lambeth Council,,2023
            assessments/lambeth,Lambeth Council,,2022
            """)
        let manifest = try Manifest.read(corpus: corpus)
        let path = corpus + "/manifest.csv"
        // An empty landlord is allowed (the document names none; the dataset records it as unnamed).
        #expect(manifest.entries.map(\.landlord) == [nil, "Papworth Trust", "Lambeth Council"])
        #expect(manifest.entries.map(\.codeVersion) == [nil, nil, "2022"])
        #expect(manifest.problems.map(\.description) == [
            "\(path):2: no file or folder 'assessments/missing.txt' in the corpus folder - check the name, or add the file to the corpus",
            "\(path):3: path '../outside/secret.txt' leaves the corpus folder - give a path inside the corpus folder, without '..'",
            "\(path):4: path '/etc/passwd' is absolute - give paths relative to the corpus folder",
            "\(path):5: path 'assessments/link.txt' is a symlink that leads outside the corpus folder - copy the file into the corpus folder instead",
            "\(path):7: 'landlord_kind' is 'council', expected local_authority, housing_association or other - fix the value or leave it empty",
            "\(path):9: 'assessments/papworth-trust-2023-24.md' is already listed on line 8 - list each file once",
            "\(path):10: 'code_version' is '2023', expected 2022 or 2024 - fix the value or leave it empty to have the version detected",
        ])
    }

    @Test func missingHeaderColumnThrows() throws {
        let corpus = try makeCorpus()
        try writeFile(corpus, "manifest.csv", "assessments/croydon-2024-25.txt,Croydon Council\n")
        #expect {
            try Manifest.read(corpus: corpus)
        } throws: { error in
            (error as? DatasetError)?.description == "\(corpus)/manifest.csv:1: missing column 'file' - the header row must "
                + "name file,landlord (and optionally landlord_kind,period,code_version,source_url,notes)"
        }
    }

    @Test func brokenQuotingThrowsWithTheLine() throws {
        let corpus = try makeCorpus()
        try writeFile(corpus, "manifest.csv", "file,landlord\nassessments/croydon-2024-25.txt,\"Croydon\n")
        #expect {
            try Manifest.read(corpus: corpus)
        } throws: { error in
            (error as? DatasetError)?.description
                == "\(corpus)/manifest.csv:2: malformed CSV (unterminated quoted field) - check the quotes on this row"
        }
    }

    @Test func discoverListsInputFilesUnderAssessmentsSorted() throws {
        let corpus = try makeCorpus()
        let manifest = try Manifest.discover(corpus)
        #expect(manifest.manifestPath == nil)
        #expect(manifest.entries.map(\.files) == [
            ["assessments/croydon-2024-25.txt"], ["assessments/lambeth/part-1.html"], ["assessments/lambeth/part-2.html"],
            ["assessments/papworth-trust-2023-24.md"], ["assessments/winchester-2024-06.txt"],
        ])
        #expect(manifest.entries.allSatisfy { $0.landlord == nil && $0.line == nil })
    }

    @Test func discoverUsesTheFolderItselfWithoutAssessments() throws {
        let corpus = try makeTemporaryFolder()
        try writeFile(corpus, "b.htm", "b\n")
        try writeFile(corpus, "a.TXT", "a\n")
        try writeFile(corpus, "c.pdf", "c\n")
        try writeFile(corpus, "d.csv", "d\n")
        let manifest = try Manifest.load(corpus: corpus)
        #expect(manifest.entries.map(\.files) == [["a.TXT"], ["b.htm"], ["c.pdf"]])
        #expect(manifest.skipped.map(\.path) == ["d.csv"])
    }

    @Test func loadPrefersTheManifest() throws {
        let corpus = try makeCorpus()
        try writeFile(corpus, "manifest.csv", "file,landlord\nassessments/croydon-2024-25.txt,Croydon Council\n")
        let manifest = try Manifest.load(corpus: corpus)
        #expect(manifest.entries.map(\.files) == [["assessments/croydon-2024-25.txt"]])
        #expect(manifest.manifestPath == corpus + "/manifest.csv")
    }

    @Test func missingCorpusFolderThrows() {
        #expect {
            try Manifest.load(corpus: "/no/such/corpus")
        } throws: { error in
            (error as? DatasetError)?.description == "/no/such/corpus: no corpus folder here - check the path, "
                + "or pass the folder that holds manifest.csv or assessments/"
        }
    }
}
