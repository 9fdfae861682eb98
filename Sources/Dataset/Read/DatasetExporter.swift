import Foundation
import GRDB

/// Writes every documented table and view of a dataset as `<name>.csv` (header row, UTF-8, LF, libcsv quoting),
/// and a `datasette-metadata.json` describing them (see `DatasetteMetadata`).
///
/// File names come from the data dictionary, never from the file: a table the dictionary does not know (a
/// foreign or tampered dataset, `../../x`) is skipped and listed in `ExportResult.skipped`, and a documented table
/// or column the file lacks is a damaged-dataset error. Each file is written under a temporary name and renamed
/// into place, so a failed export never leaves half a file. Rows are ordered by primary key (rowid for tables
/// without one; all columns for views), so exporting the same dataset twice gives the same files. SQL NULL is an
/// empty unquoted cell; the empty string is `""`. The full-text index (`responses_fts`) is not exported: it
/// repeats `responses`.
///
/// ```swift
/// let files = try DatasetExporter.exportTables(dataset: "dataset.sqlite", to: "export")
/// // ["export/actions.csv", "export/build_info.csv", ..., "export/datasette-metadata.json"]
/// ```
public enum DatasetExporter {
    /// Name of the Datasette metadata file written into the export folder.
    public static let metadataFileName = "datasette-metadata.json"

    /// What an export wrote, and the tables it left out.
    public struct ExportResult: Sendable, Hashable {
        /// The files written, sorted by table name, then the metadata file.
        public var files: [String] = []
        /// Relations in the file that the data dictionary does not describe (not exported).
        public var skipped: [String] = []
    }

    /// Exports each table and view to `<directory>/<name>.csv`, creating the folder if needed, then writes
    /// `<directory>/datasette-metadata.json`. See `export(_:to:metadata:spreadsheetSafe:)`.
    ///
    /// - Returns: The paths written.
    /// - Throws: `DatasetError`, e.g. `no dataset at PATH - run 'chc build' first or pass --dataset`.
    @discardableResult
    public static func exportTables(dataset: String, to directory: String,
                                    metadata: DatasetteMetadata = DatasetteMetadata()) throws(DatasetError) -> [String] {
        try export(DatasetFile(path: dataset), to: directory, metadata: metadata).files
    }

    /// Exports the dataset's documented tables and views into `directory`.
    ///
    /// ```swift
    /// let result = try DatasetExporter.export(try DatasetFile(path: "dataset.sqlite"), to: "export", spreadsheetSafe: true)
    /// ```
    ///
    /// - Parameters:
    ///   - dataset: The open dataset.
    ///   - directory: The export folder (created if missing).
    ///   - metadata: Title, description, source and licence for the Datasette metadata.
    ///   - spreadsheetSafe: Prefix text starting with `= + - @` with `'` (see `CSVWriter`).
    /// - Throws: `DatasetError`, e.g. `export: cannot create the export folder - check the path and its
    ///   permissions`, `export/responses.csv: cannot write: the disk is full (No space left on device) - ...`, or
    ///   `dataset.sqlite: table responses has no column status - the dataset is damaged ...`.
    public static func export(_ dataset: DatasetFile, to directory: String, metadata: DatasetteMetadata = DatasetteMetadata(),
                              spreadsheetSafe: Bool = false) throws(DatasetError) -> ExportResult {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw DatasetError(.io, file: directory, message: "cannot create the export folder",
                               hint: "check the path and its permissions")
        }
        return try dataset.read { db in
            var result = ExportResult()
            let present = try DatasetRelations.all(db)
            let known = Set(DataDictionary.tables.map(\.name))
            result.skipped = present.map(\.name).filter { !known.contains($0) }
            // Every documented table first, so a damaged one is named (not the view that reads it).
            for table in DataDictionary.tables where present.first(where: { $0.name == table.name })?.type != "view" {
                try StoredTable.require(table.name, table.columns.map(\.name), db)
            }
            for table in DataDictionary.tables.sorted(by: { $0.name < $1.name }) where table.name != "responses_fts" {
                let file = URL(fileURLWithPath: directory).appendingPathComponent("\(table.name).csv").path
                try export(table, isView: present.first { $0.name == table.name }?.type == "view", db, to: file,
                           spreadsheetSafe: spreadsheetSafe)
                result.files.append(file)
            }
            let file = URL(fileURLWithPath: directory).appendingPathComponent(metadataFileName).path
            let output = try CheckedOutput(file: file)
            try output.write(Array(try metadata.json(db)))
            try output.commit()
            result.files.append(file)
            return result
        }
    }

    private static func export(_ table: DataDictionary.Table, isView: Bool, _ db: Database, to file: String,
                               spreadsheetSafe: Bool) throws {
        let columns = table.columns.map(\.name)
        try StoredTable.require(table.name, columns, db)
        let order = isView ? columns.indices.map { String($0 + 1) }.joined(separator: ", ")
            : try db.primaryKey(table.name).columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        var writer = try CSVWriter(path: file, spreadsheetSafe: spreadsheetSafe)
        writer.write(row: columns)
        let list = columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        let rows = try Row.fetchCursor(db, sql: "SELECT \(list) FROM \(table.name.quotedDatabaseIdentifier)"
                                           + (order.isEmpty ? "" : " ORDER BY \(order)"))
        while let row = try rows.next() {
            writer.write(row: row.databaseValues.map { QueryValue($0).csvText })
        }
        try writer.close()
    }
}

extension QueryValue {
    /// The value as a CSV cell: like `text`, but an infinite or NaN REAL is written as `Infinity`, `-Infinity` or
    /// `NaN` (the spellings pandas and R read) rather than as an empty cell that would look like NULL.
    var csvText: String? {
        if case .real(let d) = self, !d.isFinite { return d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity") }
        return text
    }
}
