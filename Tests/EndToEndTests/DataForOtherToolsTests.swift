import Dataset
import Foundation
import Testing

/// What `chc export` writes for other tools, checked by those tools themselves: the Frictionless `datapackage.json`
/// by the `frictionless` Python package, the Datasette metadata by real Datasette. Both come from `.build-python/`,
/// which `Scripts/setup` creates; when pip could not install them there, the reason is in
/// `.build-python/unavailable` and these tests are skipped, printing it.
@Suite(.serialized, .enabled(if: PythonTools.available)) struct DataForOtherToolsTests {
    /// The corpus dataset exported once.
    static let export: URL? = {
        guard let folder = try? CLI.temporaryDirectory() else { return nil }
        let out = folder.appendingPathComponent("export")
        guard (try? CorpusDataset.run(["export", out.path]))?.status == 0 else { return nil }
        return out
    }()

    @Test func frictionlessFindsTheDataPackageValid() throws {
        let export = try #require(Self.export)
        let run = try PythonTools.python("""
            import json, sys
            from frictionless import Package
            report = Package(sys.argv[1]).validate()
            print(json.dumps({"valid": report.valid, "errors": [e.message for task in report.tasks for e in task.errors][:5],
                              "resources": len(report.tasks)}))
            """, export.appendingPathComponent("datapackage.json").path)
        #expect(run.status == 0, "\(run.stderr)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(result["valid"] as? Bool == true, "frictionless: \(result["errors"] ?? "")")
        #expect(result["resources"] as? Int == DataDictionary.tables.count - 1, "every table and view but responses_fts")
    }

    /// The package types, describes and keys the tables: frictionless reads typed values and checks the keys.
    @Test func theTableSchemasCarryTypesKeysAndDescriptions() throws {
        let export = try #require(Self.export)
        let run = try PythonTools.python("""
            import json, sys
            from frictionless import Package
            package = Package(sys.argv[1])
            responses = package.get_resource("responses")
            schema = responses.schema
            row = next(iter(responses.read_rows()))
            print(json.dumps({
                "types": {f.name: f.type for f in schema.fields if f.name in ("line_start", "status", "page_start")},
                "line_start": type(row["line_start"]).__name__,
                "primary": schema.primary_key,
                "foreign": sorted(k["reference"]["resource"] for k in schema.foreign_keys),
                "described": all(f.description for r in package.resources for f in r.schema.fields),
                "boolean": package.get_resource("landlords").schema.get_field("named").type,
            }))
            """, export.appendingPathComponent("datapackage.json").path)
        #expect(run.status == 0, "\(run.stderr)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(result["types"] as? [String: String] == ["line_start": "integer", "status": "string", "page_start": "integer"])
        #expect(result["line_start"] as? String == "int")
        #expect(result["primary"] as? [String] == ["id"])
        #expect(result["foreign"] as? [String] == ["documents", "provisions"])
        #expect(result["described"] as? Bool == true)
        #expect(result["boolean"] as? String == "boolean")
    }

    /// A broken foreign key is caught: the validation is not a formality.
    @Test func frictionlessRejectsADanglingForeignKey() throws {
        let export = try #require(Self.export)
        let broken = try CLI.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: export.path) {
            try FileManager.default.copyItem(at: export.appendingPathComponent(name), to: broken.appendingPathComponent(name))
        }
        let file = broken.appendingPathComponent("document_files.csv")
        var lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let id = try #require(lines[1].split(separator: ",").first)
        lines[1] = lines[1].replacingOccurrences(of: String(id), with: "\"0000000000000000\"")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let run = try PythonTools.python("""
            import sys
            from frictionless import Package
            report = Package(sys.argv[1]).validate()
            print(sorted({e.type for task in report.tasks for e in task.errors}))
            """, broken.appendingPathComponent("datapackage.json").path)
        #expect(run.stdout == "['foreign-key']\n", "\(run.stdout) \(run.stderr)")
    }

    /// Real Datasette serves the dataset with the exported metadata, and its canned query answers what `chc query`
    /// answers for the same SQL.
    @Test func datasetteAnswersTheCannedQueries() throws {
        let export = try #require(Self.export)
        let metadata = export.appendingPathComponent(DatasetExporter.metadataFileName).path
        let served = try PythonTools.datasette([CorpusDataset.path, "-m", metadata, "--get", "/dataset/worst_provisions.json?_shape=array&_size=max"])
        #expect(served.status == 0, "\(served.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(served.stdout.utf8)) as? [[String: Any]])
        let sql = try #require(DatasetteMetadata.cannedQueries["worst_provisions"]?.sql)
        let direct = try DatasetReader.query(path: CorpusDataset.path, sql: sql)
        #expect(rows.count == direct.rows.count && rows.count > 100)
        for (row, expected) in zip(rows, direct.rows) {
            #expect(row["provision"] as? String == expected[1].text)
            #expect((row["rate"] as? Double).map { "\($0)" } == expected[8].text)
        }
        let croydon = try PythonTools.datasette([CorpusDataset.path, "-m", metadata, "--get",
                                                 "/dataset/landlord_responses.json?landlord=Croydon&_shape=array&_size=max"])
        let answers = try #require(try JSONSerialization.jsonObject(with: Data(croydon.stdout.utf8)) as? [[String: Any]])
        #expect(answers.count == 72)
        #expect(Set(answers.compactMap { $0["landlord_name"] as? String }) == ["London Borough of Croydon"])
        let described = try PythonTools.datasette([CorpusDataset.path, "-m", metadata, "--get", "/-/metadata.json"])
        #expect(described.stdout.contains("\"title\": \"Complaint Handling Code self-assessments\""))
    }
}

/// The Python tools of `.build-python/` (`Scripts/setup`).
enum PythonTools {
    static let folder = CLI.packageRoot.appendingPathComponent(".build-python")

    /// True when datasette and frictionless can be run; otherwise prints why the tests that need them are skipped.
    static let available: Bool = {
        let python = folder.appendingPathComponent("bin/python").path
        if FileManager.default.isExecutableFile(atPath: python),
           (try? run(python, ["-c", "import datasette, frictionless"]))?.status == 0 {
            return true
        }
        let reason = (try? String(contentsOf: folder.appendingPathComponent("unavailable"), encoding: .utf8))
            ?? "no .build-python with datasette and frictionless: run Scripts/setup"
        print("DataForOtherToolsTests skipped: \(reason)")
        return false
    }()

    static func python(_ script: String, _ arguments: String...) throws -> CLI.Run {
        try run(folder.appendingPathComponent("bin/python").path, ["-c", script] + arguments)
    }

    static func datasette(_ arguments: [String]) throws -> CLI.Run {
        try run(folder.appendingPathComponent("bin/datasette").path, arguments)
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> CLI.Run {
        try CLI.launch(URL(fileURLWithPath: executable), arguments)
    }
}
