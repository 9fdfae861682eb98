import Build
import Assessment
import Foundation
import GRDB
import Testing
@testable import Dataset

/// A built dataset damaged one way at a time - each table dropped, each column of each table dropped, one row's
/// value of each column set to NULL and to text - and every read the command line makes run on it. No read may
/// trap; every error is a `DatasetError` naming the table (and the column) and asking for a rebuild; and a
/// structural or numeric damage either is reported or leaves the read's output exactly as it was.
@Suite struct DamagedDatasetTests {
    /// The corpus dataset, built once, as an in-memory copy to restore from.
    static let pristine: DatabaseQueue? = {
        guard let folder = try? makeTemporaryFolder("damaged"), let catalogue = try? Catalogue.bundled() else { return nil }
        let path = folder + "/dataset.sqlite"
        guard (try? CorpusBuilder(corpus: corpusFolder(), catalogue: catalogue, toolVersion: "test").build(to: path)) != nil,
              let file = try? DatabaseQueue(path: path) else { return nil }
        let memory = try? DatabaseQueue()
        if let memory { try? file.backup(to: memory) }
        return memory
    }()

    /// Every table of the dataset and its columns (name, declared type, NOT NULL), views left out.
    static let tables: [(name: String, columns: [(name: String, type: String, notNull: Bool)], virtual: Bool)] = {
        guard let pristine else { return [] }
        return (try? pristine.read { db in
            try Row.fetchAll(db, sql: "SELECT name, type FROM pragma_table_list WHERE schema = 'main' ORDER BY name").compactMap { row in
                let name: String = row["name"], type: String = row["type"]
                guard type == "table" || type == "virtual", !name.hasPrefix("sqlite_"), !name.hasPrefix("grdb_"),
                      !name.hasPrefix("responses_fts_") else { return nil }
                let columns = try Row.fetchAll(db, sql: "SELECT name, type, \"notnull\" FROM pragma_table_info(?)", arguments: [name])
                    .map { (name: $0["name"] as String, type: ($0["type"] as String).uppercased(), notNull: ($0["notnull"] as Int) == 1) }
                return (name, columns, type == "virtual")
            }
        }) ?? []
    }()

    /// One damage.
    enum Damage: CustomStringConvertible {
        case dropTable(String)
        case dropColumn(String, String)
        case setNull(String, String)
        case setText(String, String)

        var description: String {
            switch self {
            case .dropTable(let t): return "drop table \(t)"
            case .dropColumn(let t, let c): return "drop column \(t).\(c)"
            case .setNull(let t, let c): return "NULL in \(t).\(c)"
            case .setText(let t, let c): return "text in \(t).\(c)"
            }
        }
        var table: String {
            switch self { case .dropTable(let t), .dropColumn(let t, _), .setNull(let t, _), .setText(let t, _): return t }
        }
        var column: String? {
            switch self { case .dropTable: return nil; case .dropColumn(_, let c), .setNull(_, let c), .setText(_, let c): return c }
        }
    }

    /// Applies `damage` to `db`: a table is rebuilt without its constraints (as SQLite's own DROP COLUMN cannot drop a
    /// key or checked column) and one row's value replaced.
    static func apply(_ damage: Damage, _ db: Database) throws {
        try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON")
        let table = damage.table.quotedDatabaseIdentifier
        func rebuild(_ columns: [String]) throws {
            let list = columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
            try db.execute(sql: "CREATE TABLE chc_damaged AS SELECT \(list) FROM \(table); DROP TABLE \(table); ALTER TABLE chc_damaged RENAME TO \(table)")
        }
        let columns = try db.columns(in: damage.table).map(\.name)
        switch damage {
        case .dropTable: try db.execute(sql: "DROP TABLE \(table)")
        case .dropColumn(_, let c): try rebuild(columns.filter { $0 != c })
        case .setNull(_, let c), .setText(_, let c):
            try rebuild(columns)
            let value = { if case .setNull = damage { return "NULL" } else { return "'x~'" } }()
            try db.execute(sql: "UPDATE \(table) SET \(c.quotedDatabaseIdentifier) = \(value) WHERE rowid = (SELECT MIN(rowid) FROM \(table))")
        }
    }

    /// Every read the command line makes that touches `table` (all of them when nil), each as text to compare, or
    /// the error it threw. Reads that do not touch a table cannot be affected by its damage and are not rerun.
    static func reads(_ dataset: DatasetFile, touching table: String?, export: Bool) -> [(String, Result<String, DatasetError>)] {
        func run(_ name: String, _ tables: [String], _ body: () throws(DatasetError) -> Any) -> (String, Result<String, DatasetError>)? {
            if let table, !tables.contains(table) { return nil }
            do { return (name, .success(String(describing: try body()))) } catch { return (name, .failure(error)) }
        }
        let answers = ["responses", "documents", "landlords", "signals"]
        var out = [
            run("answers", answers) { () throws(DatasetError) in try dataset.answers() },
            run("rates", ["provision_rates"]) { () throws(DatasetError) in try dataset.provisionRates() },
            run("rates 2024", ["provision_rates"]) { () throws(DatasetError) in try dataset.provisionRates(version: .v2024) },
            run("rates pooled", ["provision_rates_pooled"]) { () throws(DatasetError) in try dataset.provisionRates(pooled: true) },
            run("section rates", ["section_rates"]) { () throws(DatasetError) in try dataset.sectionRates().map { "\($0.rate) \($0.title ?? "-")" } },
            run("pool counts", ["build_info"]) { () throws(DatasetError) in "\(try dataset.poolCounts())" },
            run("landlords", ["landlords"]) { () throws(DatasetError) in try dataset.landlords() },
            run("gaps adjusted", ["common_noncompliance", "common_noncompliance_landlords"]) { () throws(DatasetError) in
                try dataset.rankedNonCompliance(adjusted: true).map { "\($0.rank) \($0.entry)" }
            },
            run("provision summaries", ["provisions"]) { () throws(DatasetError) in
                try dataset.provisionSummaries().sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.sorted { $0.key < $1.key })" }
            },
            run("gaps stated", ["common_noncompliance", "common_noncompliance_landlords"]) { () throws(DatasetError) in
                try dataset.commonNonCompliance(adjusted: false, minLandlords: 2)
            },
            run("gap words", ["common_noncompliance_landlords", "responses"]) { () throws(DatasetError) in try dataset.landlordWords(adjusted: true) },
            run("gaps with words", ["common_noncompliance", "common_noncompliance_landlords", "responses"]) { () throws(DatasetError) in
                try dataset.rankedGaps(adjusted: true, top: 3).map { "\($0.rank) \($0.entry) \($0.words)" }
            },
            run("landlord candidates", ["landlords", "landlord_aliases"]) { () throws(DatasetError) in
                try dataset.landlordCandidates().map { "\($0.id) \($0.name) \($0.aliases.sorted())" }
            },
            run("signals", answers) { () throws(DatasetError) in try dataset.signals() },
            run("signals hedged", answers) { () throws(DatasetError) in try dataset.signals(kind: "hedged_yes") },
            run("actions", answers + ["actions"]) { () throws(DatasetError) in try dataset.actions() },
            run("actions overdue", answers + ["actions"]) { () throws(DatasetError) in try dataset.actions(overdueOnly: true) },
            run("search", answers + ["responses_fts"]) { () throws(DatasetError) in try dataset.search("complaint", fields: SearchField.allCases) },
        ]
        let benchmark = answers + ["landlord_scores", "landlord_section_scores", "section_rates", "provision_rates"]
        for (id, version) in benchmarked {
            out.append(run("versions \(id)", ["landlord_scores"]) { () throws(DatasetError) in try dataset.versions(of: id) })
            out.append(run("benchmark \(id) \(version.rawValue)", benchmark) { () throws(DatasetError) in
                try dataset.benchmark(landlordID: id, version: version) as Any
            })
        }
        if export {
            out.append(run("export", [table ?? ""]) { () throws(DatasetError) in
                let folder = NSTemporaryDirectory() + "damaged-export-\(UUID().uuidString.prefix(8))"
                defer { try? FileManager.default.removeItem(atPath: folder) }
                return try DatasetExporter.export(dataset, to: folder).files.count
            })
        }
        return out.compactMap { $0 }
    }

    /// One landlord scored on each Code version (the first by id).
    static let benchmarked: [(String, CodeVersion)] = {
        guard let pristine else { return [] }
        let dataset = DatasetFile(reader: pristine, path: "dataset.sqlite")
        let ids = (try? dataset.landlords().map(\.id)) ?? []
        return CodeVersion.allCases.compactMap { version in
            ids.first { ((try? dataset.versions(of: $0)) ?? []).contains(version) }.map { ($0, version) }
        }
    }()

    static let baseline: [String: Result<String, DatasetError>] = {
        guard let pristine else { return [:] }
        return Dictionary(uniqueKeysWithValues: reads(DatasetFile(reader: pristine, path: "dataset.sqlite"), touching: nil, export: true))
    }()

    static func damages(of table: (name: String, columns: [(name: String, type: String, notNull: Bool)], virtual: Bool)) -> [Damage] {
        var list: [Damage] = [.dropTable(table.name)]
        guard !table.virtual else { return list }
        for c in table.columns {
            list += [.dropColumn(table.name, c.name), .setNull(table.name, c.name), .setText(table.name, c.name)]
        }
        return list
    }

    /// A damage the reads must report (or be unaffected by): a missing table or column, a NULL where a number is
    /// required, text where a number is stored. A NULL where NULL is allowed, or text changed to other text (names,
    /// ids), can be valid data and is only required not to trap and to give well-formed errors.
    static func isStrict(_ damage: Damage, column: (name: String, type: String, notNull: Bool)?) -> Bool {
        let numeric = column?.type == "INTEGER" || column?.type == "REAL"
        switch damage {
        case .dropTable, .dropColumn: return true
        case .setNull: return numeric && column?.notNull == true
        case .setText: return numeric
        }
    }

    @Test func theDatasetBuilt() throws {
        #expect(Self.pristine != nil)
        #expect(Self.tables.count >= 20)
        #expect(Self.benchmarked.count == 2)
        for (name, result) in Self.baseline {
            if case .failure(let error) = result { Issue.record("\(name) fails on the intact dataset: \(error)") }
        }
    }

    @Test(arguments: Self.tables.map(\.name))
    func everyReadReportsDamageToTable(_ tableName: String) throws {
        let pristine = try #require(Self.pristine)
        let table = try #require(Self.tables.first { $0.name == tableName })
        var reported = 0
        for damage in Self.damages(of: table) {
            let work = try DatabaseQueue()
            try pristine.backup(to: work)
            try work.writeWithoutTransaction { db in try Self.apply(damage, db) }
            let column = table.columns.first { $0.name == damage.column }
            let structural: Bool = { if case .dropTable = damage { return true }; if case .dropColumn = damage { return true }; return false }()
            for (name, result) in Self.reads(DatasetFile(reader: work, path: "dataset.sqlite"), touching: damage.table, export: structural) {
                switch result {
                case .failure(let error):
                    reported += 1
                    let text = error.description
                    #expect(text.hasPrefix("dataset.sqlite: "), "\(damage), \(name): \(text)")
                    #expect(text.contains(damage.table), "\(damage), \(name): \(text)")
                    #expect(text.hasSuffix("rebuild it with 'chc build'") || text.hasSuffix(DatasetReader.notChcHint),
                            "\(damage), \(name): \(text)")
                    if Self.isStrict(damage, column: column), let column = damage.column, error.kind == .damagedDataset {
                        #expect(text.contains(column), "\(damage), \(name): \(text)")
                    }
                case .success(let output):
                    if Self.isStrict(damage, column: column), case .success(let expected)? = Self.baseline[name] {
                        #expect(output == expected, "\(damage): \(name) printed different output without an error")
                    }
                }
            }
        }
        #expect(reported > 0, "no read noticed any damage to \(tableName)")
    }
}
