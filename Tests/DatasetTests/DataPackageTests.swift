import Foundation
import GRDB
import Testing
@testable import Dataset

/// `datapackage.json` describes each exported CSV as Table Schema: fields in header order with types from the
/// declared SQLite types, descriptions from the data dictionary, and the keys SQLite enforces. (Frictionless itself
/// validates the package in EndToEndTests' DataForOtherToolsTests.)
@Suite struct DataPackageTests {
    static func package() throws -> (root: [String: Any], resources: [String: [String: Any]], folder: String) {
        let path = try makeComparisonDataset()
        let out = try makeTemporaryFolder("package")
        try DatasetExporter.exportTables(dataset: path, to: out)
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/" + DataPackage.fileName))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let list = try #require(root["resources"] as? [[String: Any]])
        return (root, Dictionary(uniqueKeysWithValues: list.compactMap { r in (r["name"] as? String).map { ($0, r) } }), out)
    }

    static func fields(_ resource: [String: Any]?) -> [[String: Any]] {
        ((resource?["schema"] as? [String: Any])?["fields"] as? [[String: Any]]) ?? []
    }

    @Test func everyExportedFileIsAResourceWithItsHeaderAsFields() throws {
        let (root, resources, folder) = try Self.package()
        #expect(root["profile"] as? String == "tabular-data-package")
        #expect(Set(resources.keys) == Set(DataDictionary.tables.map(\.name)).subtracting(["responses_fts"]))
        for (name, resource) in resources {
            #expect(resource["path"] as? String == "\(name).csv")
            let header = try String(contentsOfFile: folder + "/\(name).csv", encoding: .utf8).split(separator: "\n").first ?? ""
            let names = Self.fields(resource).compactMap { $0["name"] as? String }
            #expect(header == names.map { "\"\($0)\"" }.joined(separator: ","), "\(name)")
            let documented = DataDictionary.table(name)?.columns ?? []
            #expect(Self.fields(resource).compactMap { $0["description"] as? String }
                    == documented.map { c in c.unit.map { "\(c.description) (\($0))" } ?? c.description }, "\(name)")
        }
    }

    @Test func typesComeFromTheDeclaredColumns() throws {
        let (_, resources, _) = try Self.package()
        func type(_ table: String, _ column: String) -> String? {
            Self.fields(resources[table]).first { $0["name"] as? String == column }?["type"] as? String
        }
        #expect(type("responses", "line_start") == "integer")
        #expect(type("responses", "evidence") == "string")
        #expect(type("provision_rates", "rate") == "number")
        #expect(type("provision_rates", "low_n") == "boolean")
        #expect(type("landlords", "named") == "boolean")
        let named = Self.fields(resources["landlords"]).first { $0["name"] as? String == "named" }
        #expect(named?["trueValues"] as? [String] == ["1"] && named?["falseValues"] as? [String] == ["0"])
        // NOT NULL numbers and key columns are required; text that may be empty is not.
        let responses = Self.fields(resources["responses"])
        func required(_ column: String) -> Bool {
            (responses.first { $0["name"] as? String == column }?["constraints"] as? [String: Bool])?["required"] == true
        }
        #expect(required("line_start") && required("id") && required("document_id"))
        #expect(!required("evidence") && !required("page_start"))
    }

    @Test func keysAreTheOnesSQLiteEnforces() throws {
        let (_, resources, _) = try Self.package()
        func schema(_ name: String) -> [String: Any] { resources[name]?["schema"] as? [String: Any] ?? [:] }
        #expect(schema("responses")["primaryKey"] as? [String] == ["id"])
        #expect(schema("provisions")["primaryKey"] as? [String] == ["code_version", "provision"])
        #expect(schema("crosswalk")["primaryKey"] as? [String] == ["position"])
        #expect(schema("unparsed_lines")["primaryKey"] == nil, "a rowid table has no key of its own")
        #expect(schema("responses_full")["primaryKey"] == nil && schema("responses_full")["foreignKeys"] == nil)
        let keys = schema("documents")["foreignKeys"] as? [[String: Any]]
        #expect(keys?.count == 1)
        #expect(keys?.first?["fields"] as? [String] == ["landlord_id"])
        let reference = keys?.first?["reference"] as? [String: Any]
        #expect(reference?["resource"] as? String == "landlords" && reference?["fields"] as? [String] == ["id"])
        #expect(schema("responses")["missingValues"] as? [String] == [""])
    }
}
