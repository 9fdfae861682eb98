import Dataset
import Foundation
import Testing

/// The frictions a newcomer and an analyst met (issue 14), each through the built `chc`: the exact message and
/// exit code, or the output that was missing.
@Suite struct FrontDoorTests {
    // MARK: One meaning per option

    @Test func aMistypedSubcommandGetsASuggestion() throws {
        let run = try CLI.run(["rate"])
        #expect(run.status == 64)
        #expect(run.stderr == "Error: unknown command 'rate' - did you mean 'rates'? (chc --help lists the commands)\n")
        let prefix = try CLI.run(["bench", "croydon"])
        #expect(prefix.stderr == "Error: unknown command 'bench' - did you mean 'benchmark'? (chc --help lists the commands)\n")
        let far = try CLI.run(["xyzzy"])
        #expect(far.status == 64)
        #expect(far.stderr.hasPrefix("Error: unknown command 'xyzzy' - the commands are build, parse, rates, gaps, benchmark,"))
    }

    @Test func versionIsOnlyTheToolsVersion() throws {
        let tool = try CLI.run(["--version"])
        #expect(tool.status == 0 && tool.stdout == "0.1.0\n")
        for arguments in [["rates", "--version", "2020"], ["gaps", "--version", "2023"], ["benchmark", "x", "--version", "x"]] {
            let run = try CLI.run(arguments)
            let value = arguments[arguments.count - 1]
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr == "Error: --version prints chc's version and takes no value - for the Code version use --code-version \(value) (or --code \(value))\n")
        }
    }

    @Test(arguments: [["rates", "--code-version", "2020"], ["gaps", "--code", "2023"], ["benchmark", "croydon", "--code-version", "x"],
                      ["parse", "x.txt", "--code", "2020"]])
    func aBadCodeVersionIsAUsageErrorNamingTheValues(_ arguments: [String]) throws {
        let run = try CorpusDataset.run(arguments)
        #expect(run.status == 64)
        let (option, value) = (arguments[arguments.count - 2], arguments[arguments.count - 1])
        #expect(run.stderr.hasPrefix("Error: The value '\(value)' is invalid for '\(option) <code-version>'. Please provide one of '2022' and '2024'.\n"),
                "\(run.stderr)")
    }

    @Test func theCodeVersionOptionAndItsAliasAgree() throws {
        let long = try CorpusDataset.run(["rates", "--code-version", "2022", "--format", "csv"])
        let short = try CorpusDataset.run(["rates", "--code", "2022", "--format", "csv"])
        #expect(long.status == 0 && long.stdout == short.stdout)
        #expect(long.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("\"2022\",") })
    }

    @Test(arguments: ["rates", "gaps", "benchmark", "signals", "search", "parse", "build", "export", "query", "actions"])
    func helpListsEachOptionOnce(_ command: String) throws {
        let help = try CLI.run([command, "--help"]).stdout
        let options = help.split(separator: "\n").compactMap { line -> String? in
            let words = line.drop { $0 == " " }.split(separator: " ")
            guard line.hasPrefix("  "), let first = words.first, first.hasPrefix("--") || first.hasPrefix("-h") else { return nil }
            return first.trimmingCharacters(in: CharacterSet(charactersIn: ","))
        }
        #expect(!options.isEmpty)
        #expect(Set(options).count == options.count, "\(command) --help repeats an option: \(options)")
        #expect(options.filter { $0 == "--version" }.count <= 1)
    }

    // MARK: Analyst output

    /// Ranks run 1, 2, 3... within each Code version: each version's most common gap is rank 1.
    @Test func gapRanksStartAtOneInEachCodeVersion() throws {
        let run = try CorpusDataset.run(["gaps", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        for version in ["2022", "2024"] {
            let ranks = rows.filter { $0["code_version"] as? String == version }.compactMap { $0["rank"] as? Int }
            #expect(ranks.first == 1, "\(version): \(ranks.prefix(3))")
            #expect(ranks == ranks.sorted())
        }
        let only2024 = try CorpusDataset.run(["gaps", "--code-version", "2024", "--format", "json"])
        let filtered = try #require(try JSONSerialization.jsonObject(with: Data(only2024.stdout.utf8)) as? [[String: Any]])
        #expect(filtered.map { $0["rank"] as? Int } == rows.filter { $0["code_version"] as? String == "2024" }.map { $0["rank"] as? Int })
    }

    /// CSV and JSON carry the landlords' words in full; only the terminal table cuts them.
    @Test func theirWordsAreFullInCSVAndJSON() throws {
        let run = try CorpusDataset.run(["gaps", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let words = rows.compactMap { $0["their_words"] as? String }
        let longest = try #require(words.max { $0.count < $1.count })
        #expect(longest.count > 160, "the longest is \(longest.count) characters")
        #expect(!longest.hasSuffix("…"))
        let stored = try DatasetReader.query(path: CorpusDataset.path, sql: "SELECT commentary, action, evidence FROM responses")
        #expect(stored.rows.contains { $0.contains { $0.text == longest } }, "their_words is not a stored field in full")
        let table = try CorpusDataset.run(["gaps"])
        #expect(!table.stdout.contains(longest))
    }

    @Test func ratesAndGapsShowTheProvisionSummary() throws {
        let summaries = try DatasetReader.query(path: CorpusDataset.path,
                                                sql: "SELECT code_version || ' ' || provision, summary FROM provisions")
        var byProvision: [String: String] = [:]
        for row in summaries.rows { byProvision[row[0].text ?? ""] = row[1].text }
        for command in [["rates"], ["gaps"]] {
            let run = try CorpusDataset.run(command + ["--format", "json"])
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
            #expect(!rows.isEmpty)
            for row in rows {
                let key = "\(row["code_version"] as? String ?? "") \(row["provision"] as? String ?? "")"
                #expect(row["summary"] as? String == byProvision[key], "\(command) \(key)")
            }
        }
    }

    @Test func sectionRatesCarryTheirTitlesInCSV() throws {
        let run = try CorpusDataset.run(["rates", "--by-section", "--format", "csv"])
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("\"code_version\",\"section\",\"section_title\",\"provisions\",") == true)
        #expect(lines.contains { $0.hasPrefix("\"2024\",\"1\",\"Definition of a complaint\",") }, "\(lines.prefix(3))")
        let pooled = try CorpusDataset.run(["rates", "--by-section", "--pool", "--format", "csv"])
        #expect(pooled.stdout.contains("\"2024\",\"1\",\"Definition of a complaint\","))
    }

    /// The benchmark headline (overall shares, rank, percentile) is the first CSV row of each Code version.
    @Test func benchmarkCSVCarriesTheHeadline() throws {
        let run = try CorpusDataset.run(["benchmark", "croydon", "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "\"landlord\",\"landlord_id\",\"code_version\",\"document_id\",\"period\",\"row\",\"section\",\"provision\",\"yes_or_status\",\"answered\",\"share\",\"adjusted\",\"sector_rate\",\"sector_adjusted\",\"sector_low\",\"sector_high\",\"sector_answered\",\"difference\",\"note\",\"rank\",\"ranked_landlords\",\"percentile\"")
        #expect(lines.count > 2 && lines[1].hasPrefix("\"London Borough of Croydon\",\"croydon-council\",\"2024\","))
        #expect(lines[1].contains(",\"overall\",,\"\",\"66\",\"68\",\"0.9705882352941176\",\"0.9411764705882353\","))
        #expect(lines[1].hasSuffix(",\"2\",\"4\",\"66.66666666666667\""))
        let table = try CorpusDataset.run(["benchmark", "croydon"])
        #expect(table.stdout.contains("rank 2 of 4, percentile 66.7"))
    }

    @Test func searchSaysWhenNothingMatched() throws {
        let run = try CorpusDataset.run(["search", "zzzq"])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "nothing matched 'zzzq' in evidence, commentary, action (--field requirement also searches the requirement text)\n")
        let csv = try CorpusDataset.run(["search", "zzzq", "--format", "csv"])
        #expect(csv.stdout == "\"landlord\",\"code_version\",\"provision\",\"field\",\"snippet\",\"where\"\n")
    }

    /// By default the landlords' own words are searched, not the requirement text every landlord quotes.
    @Test func searchLooksInTheLandlordsOwnWordsUnlessToldOtherwise() throws {
        let own = try CorpusDataset.run(["search", "complaint", "--limit", "500", "--format", "json"])
        let ownFields = try #require(try JSONSerialization.jsonObject(with: Data(own.stdout.utf8)) as? [[String: Any]]).compactMap { $0["field"] as? String }
        #expect(!ownFields.isEmpty)
        #expect(Set(ownFields).isSubset(of: ["evidence", "commentary", "action"]))
        let requirement = try CorpusDataset.run(["search", "complaint", "--field", "requirement", "--limit", "5", "--format", "json"])
        let fields = try #require(try JSONSerialization.jsonObject(with: Data(requirement.stdout.utf8)) as? [[String: Any]]).compactMap { $0["field"] as? String }
        #expect(fields == Array(repeating: "requirement", count: 5))
        let two = try CorpusDataset.run(["search", "policy", "--field", "evidence", "--field", "action", "--limit", "500", "--format", "json"])
        let twoFields = try #require(try JSONSerialization.jsonObject(with: Data(two.stdout.utf8)) as? [[String: Any]]).compactMap { $0["field"] as? String }
        #expect(Set(twoFields).isSubset(of: ["evidence", "action"]) && twoFields.contains("evidence"))
        let bad = try CorpusDataset.run(["search", "policy", "--field", "title"])
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("Error: The value 'title' is invalid for '--field <field>'. Please provide one of 'requirement', 'evidence', 'commentary' or 'action'.\n"))
    }

    // MARK: Parse

    /// A folder is one assessment in several parts, as a manifest row naming a folder.
    @Test func parseReadsAFolderAsOneAssessment() throws {
        let folder = try CLI.temporaryDirectory().appendingPathComponent("acme-pages")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let header = "Code provision\tCode requirement\tComply: Yes / No\tEvidence\tCommentary / explanation\n"
        try ("Section 1: Definition of a complaint\n\n" + header + "1.2\tA complaint is any expression of dissatisfaction.\tYes\tPolicy part 2\t\n")
            .write(to: folder.appendingPathComponent("page-1.txt"), atomically: true, encoding: .utf8)
        try ("Section 9: Scrutiny & oversight\n\n" + header + "9.1\tLandlords look beyond the individual complaint.\tNo\t\tTo do\n")
            .write(to: folder.appendingPathComponent("page-9.txt"), atomically: true, encoding: .utf8)
        try "hidden".write(to: folder.appendingPathComponent(".DS_Store"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["parse", folder.path, "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("\"1.2\",\"printed\",\"yes\",\"Yes\",\"\(folder.path)/page-1.txt:4-4\""))
        #expect(lines[2].hasPrefix("\"9.1\",\"printed\",\"no\",\"No\",\"\(folder.path)/page-9.txt:4-4\""))
        let table = try CLI.run(["parse", folder.path])
        #expect(table.stderr.contains("; 2 files read as one assessment\n"))
        let empty = try CLI.temporaryDirectory()
        let none = try CLI.run(["parse", empty.path])
        #expect(none.status == 1)
        #expect(none.stderr == "Error: \(empty.path): the folder has no files - a folder is read as one assessment, one file per part in name order; add the parts\n")
    }

    /// `--blocks` shows the document model: blocks with their kind and place, table rows and cells.
    @Test func parseBlocksShowsTheDocumentModel() throws {
        let folder = try CLI.temporaryDirectory()
        let file = folder.appendingPathComponent("acme.txt")
        try ("Acme Homes self-assessment\n\nCode provision\tCode requirement\tComply: Yes / No\n"
             + "1.2\tA complaint is any expression of dissatisfaction.\tYes\n").write(to: file, atomically: true, encoding: .utf8)
        let run = try CLI.run(["parse", file.path, "--blocks", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            "\"block\",\"kind\",\"where\",\"row\",\"cell\",\"header\",\"span\",\"text\"",
            "\"1\",\"paragraph\",\"\(file.path):1\",,,,,\"Acme Homes self-assessment\"",
            "\"2\",\"table\",\"\(file.path):3\",\"1\",\"1\",\"0\",\"1\",\"Code provision\"",
            "\"2\",\"table\",\"\(file.path):3\",\"1\",\"2\",\"0\",\"1\",\"Code requirement\"",
            "\"2\",\"table\",\"\(file.path):3\",\"1\",\"3\",\"0\",\"1\",\"Comply: Yes / No\"",
            "\"2\",\"table\",\"\(file.path):4\",\"2\",\"1\",\"0\",\"1\",\"1.2\"",
            "\"2\",\"table\",\"\(file.path):4\",\"2\",\"2\",\"0\",\"1\",\"A complaint is any expression of dissatisfaction.\"",
            "\"2\",\"table\",\"\(file.path):4\",\"2\",\"3\",\"0\",\"1\",\"Yes\"",
        ])
        let both = try CLI.run(["parse", file.path, "--blocks", "--unparsed"])
        #expect(both.status == 64)
        #expect(both.stderr.hasPrefix("Error: --unparsed and --blocks show different things; give one of them\n"))
    }

    // MARK: Progress

    /// On a terminal `chc build` draws a progress bar on standard error; in a pipe it prints only its summary line.
    @Test func buildShowsProgressOnlyOnATerminal() throws {
        let folder = try CLI.temporaryDirectory()
        let piped = try CLI.run(["build", "Corpus", "--out", folder.appendingPathComponent("a.sqlite").path])
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("\r") && !piped.stderr.contains("\u{1B}"))
        #expect(piped.stderr == "wrote \(folder.path)/a.sqlite: 5 documents, 359 responses, 5 landlords\n")
        // `script` runs the build on a pseudo-terminal and copies what it wrote.
        let out = folder.appendingPathComponent("b.sqlite").path
        let command = "\(CLI.binary.path) build Corpus --out \(out) > /dev/null"
        let run = try ReadmeExamplesTests.shell("script -qec '\(command)' /dev/null", in: CLI.packageRoot)
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("\r[####################] 5/5 documents in 0:"), "\(run.stdout.debugDescription)")
        #expect(run.stdout.contains("/s  ETA "))
        #expect(run.stdout.contains(" (") && run.stdout.contains("/s), writing figures"))
        #expect(run.stdout.contains("wrote \(out): 5 documents, 359 responses, 5 landlords"))
    }
}
