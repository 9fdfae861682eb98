import Foundation
import GRDB

/// The `datapackage.json` written beside a CSV export: a Frictionless Tabular Data Package
/// (https://specs.frictionlessdata.io) describing every CSV file, so R, pandas, frictionless or any Table Schema
/// reader gets types instead of strings.
///
/// Each resource's Table Schema comes from the dataset itself and the data dictionary: fields in CSV column order,
/// typed from the declared SQLite type (`INTEGER` → integer, `REAL` → number, `TEXT` → string; a column whose unit
/// is `boolean` → boolean written `1`/`0`; a view column computed by an expression → any), described by
/// `DataDictionary`, `required` for NOT NULL numbers and key columns, the primary key and every foreign key
/// SQLite enforces. Missing values: the empty cell. (CSV keeps SQL NULL and the empty string apart - NULL is
/// unquoted, `""` is quoted - but Table Schema readers see both as missing, so text columns that may be empty
/// are not `required`.)
///
/// ```swift
/// let json = try dataset.read { db in try DataPackage().json(db, files: ["responses": "responses.csv"]) }
/// ```
public struct DataPackage: Sendable, Hashable {
    /// Name of the file written into the export folder.
    public static let fileName = "datapackage.json"

    /// The package's title and description (shared with the Datasette metadata).
    public var metadata: DatasetteMetadata

    /// A package described by `metadata`.
    public init(metadata: DatasetteMetadata = DatasetteMetadata()) { self.metadata = metadata }

    /// The package JSON for the documented tables of the dataset on `db` that were exported, keys sorted, ending
    /// in a newline.
    ///
    /// - Parameters:
    ///   - db: The dataset.
    ///   - files: Table or view name → CSV file name (relative to the package), for the tables exported.
    /// - Throws: GRDB's `DatabaseError` when the schema cannot be read.
    public func json(_ db: Database, files: [String: String]) throws -> Data {
        var resources: [[String: Any]] = []
        for table in DataDictionary.tables.sorted(by: { $0.name < $1.name }) {
            guard let file = files[table.name] else { continue }
            resources.append([
                "name": table.name, "path": file, "profile": "tabular-data-resource", "format": "csv",
                "mediatype": "text/csv", "encoding": "utf-8", "description": table.description,
                "schema": try schema(table, db),
            ])
        }
        let root: [String: Any] = [
            "name": "chc-dataset", "profile": "tabular-data-package", "title": metadata.title,
            "description": metadata.description + " Licence: " + metadata.license + ".",
            "sources": [["title": metadata.source]], "resources": resources,
        ]
        var data = try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }

    /// The Table Schema of one documented table or view.
    func schema(_ table: DataDictionary.Table, _ db: Database) throws -> [String: Any] {
        let declared = Dictionary(try db.columns(in: table.name).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let isTable = try db.tableExists(table.name)
        let key = isTable ? try db.primaryKey(table.name) : nil
        let primaryKey = key.map { $0.isRowID && $0.rowIDColumn == nil ? [] : $0.columns } ?? []
        let foreignKeys = isTable ? try db.foreignKeys(on: table.name) : []
        let keyColumns = Set(primaryKey + foreignKeys.flatMap { $0.mapping.map(\.origin) })
        let fields: [[String: Any]] = table.columns.map { column in
            let info = declared[column.name]
            var field: [String: Any] = ["name": column.name, "description": column.unit.map { "\(column.description) (\($0))" } ?? column.description]
            let type = Self.fieldType(declared: info?.type ?? "", unit: column.unit)
            field["type"] = type
            if type == "boolean" { field["trueValues"] = ["1"]; field["falseValues"] = ["0"] }
            if let info, info.isNotNull, type != "string" || keyColumns.contains(column.name) {
                field["constraints"] = ["required": true]
            }
            return field
        }
        var schema: [String: Any] = ["fields": fields, "missingValues": [""]]
        if !primaryKey.isEmpty { schema["primaryKey"] = primaryKey }
        let references = foreignKeys.map { key -> [String: Any] in
            ["fields": key.mapping.map(\.origin),
             "reference": ["resource": key.destinationTable, "fields": key.mapping.map(\.destination)]]
        }
        if !references.isEmpty { schema["foreignKeys"] = references }
        return schema
    }

    /// The Table Schema type for a declared SQLite type.
    static func fieldType(declared: String, unit: String?) -> String {
        if unit == "boolean" { return "boolean" }
        switch declared.uppercased() {
        case "INTEGER", "INT": return "integer"
        case "REAL", "DOUBLE", "FLOAT", "NUMERIC": return "number"
        case "TEXT": return "string"
        default: return "any"
        }
    }
}
