import Assessment
import Dataset
import Foundation
import GRDB

/// Mutation fuzzing of the dataset readers: `chc-dataset-fuzz DATASET ITERATIONS [SEED]`.
///
/// Each iteration restores an in-memory copy of DATASET, damages it one to three ways at random (a table or
/// column dropped; one row's or every row's value set to NULL, text, a blob, or an extreme number: 2^63-1, -2^63,
/// -1, 1e308, -1e308, 2^31), and runs every read the command line makes on it. A read may return or throw a
/// `DatasetError`; a trap ends the process, and is the bug this looks for. Prints how many reads returned and
/// how many threw, by kind. Exit status: 0 when every iteration ran; 2 on a usage error.
@main
struct DatasetFuzz {
    static func main() throws {
        let args = CommandLine.arguments
        guard args.count >= 3, let iterations = Int(args[2]) else {
            FileHandle.standardError.write(Data("usage: chc-dataset-fuzz DATASET ITERATIONS [SEED]\n".utf8))
            exit(2)
        }
        var rng = SplitMix(seed: args.count > 3 ? UInt64(args[3]) ?? 1 : 1)
        let pristine = try DatabaseQueue()
        try DatabaseQueue(path: args[1]).backup(to: pristine)
        let tables = try pristine.read { db in
            try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
                AND name NOT LIKE 'responses_fts_%' ORDER BY name
                """).map { name in (name, try db.columns(in: name).map(\.name)) }
        }
        var returned = 0, threw: [String: Int] = [:]
        let started = Date()
        for i in 1...max(1, iterations) {
            let work = try DatabaseQueue()
            try pristine.backup(to: work)
            var touched: Set<String> = []
            try work.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON; PRAGMA legacy_alter_table = ON")
                for _ in 0..<(1 + Int(rng.next() % 3)) {
                    let (table, columns) = tables[Int(rng.next() % UInt64(tables.count))]
                    touched.insert(table)
                    try? Mutation.random(&rng, table: table, columns: columns).apply(db)
                }
            }
            for outcome in Reads.all(DatasetFile(reader: work, path: "dataset.sqlite"), touching: touched) {
                switch outcome {
                case .success: returned += 1
                case .failure(let error): threw[error.kind.rawValue, default: 0] += 1
                }
            }
            if i % 10_000 == 0 {
                print("\(i) iterations, \(Int(Date().timeIntervalSince(started))) s", to: &StandardError.shared)
            }
        }
        print("iterations: \(iterations); reads returned: \(returned); reads threw: "
              + threw.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
              + "; no crash (\(Int(Date().timeIntervalSince(started))) s)")
    }
}

/// One random damage to a table.
enum Mutation {
    case dropTable(String)
    case dropColumn(String, String, [String])
    case set(String, String, [String], value: String, oneRow: Bool)

    static let values = ["NULL", "'x~'", "X'00ff'", "9223372036854775807", "-9223372036854775808", "-1", "1e308", "-1e308",
                         "2147483648", "0", "''", "'2024'", "'6.10'", "'yes'"]

    static func random(_ rng: inout SplitMix, table: String, columns: [String]) -> Mutation {
        let column = columns.isEmpty ? "" : columns[Int(rng.next() % UInt64(columns.count))]
        switch rng.next() % 8 {
        case 0: return .dropTable(table)
        case 1: return .dropColumn(table, column, columns)
        default:
            return .set(table, column, columns, value: values[Int(rng.next() % UInt64(values.count))], oneRow: rng.next() % 2 == 0)
        }
    }

    func apply(_ db: Database) throws {
        func rebuild(_ table: String, _ keep: [String]) throws {
            let list = keep.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
            try db.execute(sql: """
                CREATE TABLE chc_fuzz AS SELECT \(list) FROM \(table.quotedDatabaseIdentifier);
                DROP TABLE \(table.quotedDatabaseIdentifier); ALTER TABLE chc_fuzz RENAME TO \(table.quotedDatabaseIdentifier)
                """)
        }
        switch self {
        case .dropTable(let t): try db.execute(sql: "DROP TABLE \(t.quotedDatabaseIdentifier)")
        case .dropColumn(let t, let c, let all): try rebuild(t, all.filter { $0 != c })
        case .set(let t, let c, let all, let value, let oneRow):
            try rebuild(t, all)
            let q = t.quotedDatabaseIdentifier
            try db.execute(sql: "UPDATE \(q) SET \(c.quotedDatabaseIdentifier) = \(value)"
                           + (oneRow ? " WHERE rowid = (SELECT rowid FROM \(q) ORDER BY random() LIMIT 1)" : ""))
        }
    }
}

/// Every read the command line makes (the library functions behind rates, gaps, benchmark, signals, actions,
/// search, export and LANDLORD matching).
enum Reads {
    static func all(_ d: DatasetFile, touching: Set<String>) -> [Result<Void, DatasetError>] {
        func run(_ body: () throws(DatasetError) -> Void) -> Result<Void, DatasetError> {
            do { try body(); return .success(()) } catch { return .failure(error) }
        }
        var out = [
            run { () throws(DatasetError) in _ = try d.answers() },
            run { () throws(DatasetError) in _ = try d.provisionRates() },
            run { () throws(DatasetError) in _ = try d.provisionRates(version: .v2024, pooled: true) },
            run { () throws(DatasetError) in _ = try d.sectionRates() },
            run { () throws(DatasetError) in _ = try d.poolCounts() },
            run { () throws(DatasetError) in _ = try d.commonNonCompliance(adjusted: true) },
            run { () throws(DatasetError) in _ = try d.commonNonCompliance(version: .v2024, adjusted: false, minLandlords: 2) },
            run { () throws(DatasetError) in _ = try d.landlordWords(adjusted: true) },
            run { () throws(DatasetError) in _ = try d.signals() },
            run { () throws(DatasetError) in _ = try d.actions(overdueOnly: true) },
            run { () throws(DatasetError) in _ = try d.search("complaint policy", fields: SearchField.allCases) },
        ]
        let ids = (try? d.landlords().map(\.id)) ?? []
        out.append(run { () throws(DatasetError) in _ = try d.landlords() })
        for id in ids.prefix(3) {
            for version in CodeVersion.allCases {
                out.append(run { () throws(DatasetError) in _ = try d.versions(of: id); _ = try d.benchmark(landlordID: id, version: version) })
            }
        }
        if touching.contains(where: { $0 != "responses_fts" }) && Int.random(in: 0..<20) == 0 {
            out.append(run { () throws(DatasetError) in
                let folder = NSTemporaryDirectory() + "chc-dataset-fuzz-\(getpid())"
                defer { try? FileManager.default.removeItem(atPath: folder) }
                _ = try DatasetExporter.export(d, to: folder)
            })
        }
        return out
    }
}

/// A small seeded generator (SplitMix64), so a run can be repeated.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Standard error as a `TextOutputStream`.
struct StandardError: TextOutputStream {
    nonisolated(unsafe) static var shared = StandardError()
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}
