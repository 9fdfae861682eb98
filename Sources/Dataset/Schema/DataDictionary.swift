import GRDB

/// The dataset's data dictionary: the ONE place where every table, view and column is described.
///
/// The writer copies it into the `columns` table, `markdown()` renders `docs/dataset.md` from it, and a test
/// fails if a column of the built dataset is missing here (or described here but missing from the schema).
///
/// ```swift
/// DataDictionary.table("responses")?.columns.first?.name // "id"
/// ```
public enum DataDictionary {
    /// A documented table or view.
    public struct Table: Sendable, Hashable {
        /// Table or view name, as in SQL.
        public var name: String
        /// What one row is, in a sentence or two.
        public var description: String
        /// Columns in schema order.
        public var columns: [Column]
    }

    /// A documented column.
    public struct Column: Sendable, Hashable {
        /// Column name, as in SQL.
        public var name: String
        /// What the value means, and its allowed values.
        public var description: String
        /// Unit of measure (e.g. `lines`, `bytes`), or nil when the value is not a quantity.
        public var unit: String?
    }

    /// Every documented table and view, in the order they are presented.
    public static var tables: [Table] { entries }

    /// The documented table or view called `name`, if any.
    public static func table(_ name: String) -> Table? { entries.first { $0.name == name } }

    /// Columns of the built dataset's tables and views that the dictionary does not describe,
    /// and described columns the dataset lacks, as `table.column` strings (empty when in sync).
    ///
    /// - Throws: GRDB's `DatabaseError` if the schema cannot be read.
    public static func mismatches(_ db: Database) throws -> (undocumented: [String], missing: [String]) {
        var actual: Set<String> = []
        for relation in try DatasetRelations.all(db) {
            for column in try db.columns(in: relation.name) { actual.insert("\(relation.name).\(column.name)") }
        }
        let documented = Set(entries.flatMap { table in table.columns.map { "\(table.name).\($0.name)" } })
        return (actual.subtracting(documented).sorted(), documented.subtracting(actual).sorted())
    }

    /// The dictionary as Markdown (`docs/dataset.md`): one section per table with a column table.
    public static func markdown() -> String {
        var out = """
            # The dataset

            `chc build` writes one SQLite file. Every table and view is described below; the same text is in the
            dataset's own `columns` table (`chc query "SELECT * FROM columns"`). This page is generated from
            `Sources/Dataset/Schema/DataDictionary+Entries.swift`: edit that file, then run
            `RECORD_SNAPSHOTS=1 swift test --filter DataDictionaryTests` to regenerate it.

            Ids are derived from source facts (file hashes, provision numbers), so rebuilding the same corpus gives
            the same rows. Text is UTF-8. Empty cells in CSV exports are SQL NULL; `""` is an empty string.

            `chc export DIR` writes every table and view below as `DIR/<table>.csv`, with `DIR/datapackage.json`
            (a Frictionless Tabular Data Package: each file's fields with their types, these descriptions and units,
            primary and foreign keys, the empty cell as the missing value) and `DIR/datasette-metadata.json` (these
            descriptions for Datasette, with facets and canned queries). See README, "Data for other tools".

            | table | what one row is |
            | --- | --- |

            """
        for table in entries { out += "| [`\(table.name)`](#\(table.name)) | \(table.description) |\n" }
        for table in entries {
            out += "\n## \(table.name)\n\n\(table.description)\n\n| column | unit | description |\n| --- | --- | --- |\n"
            for column in table.columns {
                out += "| `\(column.name)` | \(column.unit ?? "") | \(column.description.replacingPipes()) |\n"
            }
        }
        return out
    }
}

extension String {
    fileprivate func replacingPipes() -> String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
