import Foundation
import GRDB

/// Writes every table and view of a dataset as `<name>.csv` (header row, UTF-8, LF, libcsv quoting).
///
/// Rows are ordered by primary key (rowid for tables without one; all columns for views), so exporting the
/// same dataset twice gives the same files. SQL NULL is an empty unquoted cell; the empty string is `""`.
///
/// ```swift
/// let files = try DatasetExporter.exportTables(dataset: "dataset.sqlite", to: "export")
/// // ["export/build_info.csv", "export/columns.csv", ...]
/// ```
public enum DatasetExporter {
    /// Exports each table and view to `<directory>/<name>.csv`, creating the folder if needed.
    ///
    /// - Returns: The paths written, sorted by table name.
    /// - Throws: `DatasetError`, e.g. `no dataset at PATH - run 'chc build' first or pass --dataset`, or
    ///   `export/responses.csv: cannot create file - check the folder exists and is writable`.
    public static func exportTables(dataset: String, to directory: String) throws(DatasetError) -> [String] {
        let queue = try DatasetReader.openReadOnly(path: dataset)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw DatasetError(.io, file: directory, message: "cannot create the export folder",
                               hint: "check the path and its permissions")
        }
        do {
            return try queue.read { db in
                var written: [String] = []
                for relation in try DatasetRelations.all(db) where relation.type != "virtual" {
                    let file = URL(fileURLWithPath: directory).appendingPathComponent("\(relation.name).csv").path
                    try export(relation, db, to: file)
                    written.append(file)
                }
                return written
            }
        } catch {
            throw DatasetError.wrapping(error, file: dataset, doing: "cannot export the dataset")
        }
    }

    private static func export(_ relation: DatasetRelations.Relation, _ db: Database, to file: String) throws {
        let name = relation.name.quotedDatabaseIdentifier
        let columns = try db.columns(in: relation.name).map(\.name)
        let order: String
        if relation.type == "view" {
            order = columns.indices.map { String($0 + 1) }.joined(separator: ", ")
        } else {
            order = try db.primaryKey(relation.name).columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        }
        var writer = try CSVWriter(path: file)
        writer.write(row: columns)
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(name)" + (order.isEmpty ? "" : " ORDER BY \(order)"))
        while let row = try rows.next() {
            writer.write(row: row.databaseValues.map { QueryValue($0).text })
        }
        try writer.close()
    }
}
