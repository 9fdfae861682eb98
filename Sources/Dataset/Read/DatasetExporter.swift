import Foundation
import GRDB

/// Writes every table and view of a dataset as `<name>.csv` (header row, UTF-8, LF, libcsv quoting), and a
/// `datasette-metadata.json` describing them (see `DatasetteMetadata`).
///
/// Rows are ordered by primary key (rowid for tables without one; all columns for views), so exporting the
/// same dataset twice gives the same files. SQL NULL is an empty unquoted cell; the empty string is `""`.
/// The full-text index (`responses_fts`) is not exported: it repeats `responses`.
///
/// ```swift
/// let files = try DatasetExporter.exportTables(dataset: "dataset.sqlite", to: "export")
/// // ["export/build_info.csv", "export/columns.csv", ..., "export/datasette-metadata.json"]
/// ```
public enum DatasetExporter {
    /// Name of the Datasette metadata file written into the export folder.
    public static let metadataFileName = "datasette-metadata.json"

    /// Exports each table and view to `<directory>/<name>.csv`, creating the folder if needed, then writes
    /// `<directory>/datasette-metadata.json`.
    ///
    /// ```swift
    /// try DatasetExporter.exportTables(dataset: "dataset.sqlite", to: "export",
    ///                                  metadata: DatasetteMetadata(license: "CC0"))
    /// ```
    ///
    /// - Parameters:
    ///   - dataset: The dataset file, opened read-only.
    ///   - directory: The export folder.
    ///   - metadata: Title, description, source and licence for the Datasette metadata (defaults describe chc's
    ///     dataset under "Source documents: as published by each landlord; dataset: CC BY 4.0").
    /// - Returns: The CSV paths written, sorted by table name, then the metadata file's path.
    /// - Throws: `DatasetError`, e.g. `no dataset at PATH - run 'chc build' first or pass --dataset`, or
    ///   `export/responses.csv: cannot create file - check the folder exists and is writable`.
    public static func exportTables(dataset: String, to directory: String,
                                    metadata: DatasetteMetadata = DatasetteMetadata()) throws(DatasetError) -> [String] {
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
                let file = URL(fileURLWithPath: directory).appendingPathComponent(metadataFileName)
                do {
                    try metadata.json(db).write(to: file)
                } catch let error as DatabaseError {
                    throw error
                } catch {
                    throw DatasetError(.io, file: file.path, message: "cannot write the Datasette metadata",
                                       hint: "check the folder is writable")
                }
                written.append(file.path)
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
