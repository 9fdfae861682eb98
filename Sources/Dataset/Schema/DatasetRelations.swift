import GRDB

/// The user-facing tables and views of a dataset: everything except SQLite's and GRDB's own tables and
/// the shadow tables behind full-text indexes.
enum DatasetRelations {
    /// A table, view or virtual table.
    struct Relation: Hashable {
        var name: String
        /// `table`, `view` or `virtual`.
        var type: String
    }

    /// All user relations of the main schema, sorted by name.
    static func all(_ db: Database) throws -> [Relation] {
        try Row.fetchAll(db, sql: "SELECT name, type FROM pragma_table_list WHERE schema = 'main' ORDER BY name")
            .compactMap { row -> Relation? in
                guard let name: String = row["name"], let type: String = row["type"],
                      ["table", "view", "virtual"].contains(type),
                      !name.hasPrefix("sqlite_"), !name.hasPrefix("grdb_") else { return nil }
                return Relation(name: name, type: type)
            }
    }
}
