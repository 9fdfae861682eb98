import Assessment
import GRDB

/// Writes the `landlords` and `landlord_aliases` tables once every document is in.
///
/// Documents are written batch by batch before the build knows which of them share a landlord, so each
/// points at a placeholder landlord (`pendingID`) until `write(_:_:)` stores the resolved landlords,
/// points every document at its own and removes the placeholder.
enum DatasetLandlordRows {
    /// The placeholder landlord of documents not yet resolved (no resolved id has a `~`).
    static let pendingID = "~pending"

    /// Inserts the placeholder landlord.
    static func insertPending(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO landlords (id, name, kind, named) VALUES (?, ?, 'unknown', 0)",
                       arguments: [pendingID, "landlord not yet resolved"])
    }

    /// Stores `landlords`, points their documents at them, writes their aliases and removes the placeholder.
    static func write(_ landlords: [LandlordResolver.Landlord], _ db: Database) throws {
        let landlord = try db.cachedStatement(sql: "INSERT INTO landlords (id, name, kind, named) VALUES (?, ?, ?, ?)")
        let document = try db.cachedStatement(sql: "UPDATE documents SET landlord_id = ? WHERE id = ?")
        let alias = try db.cachedStatement(sql: """
            INSERT INTO landlord_aliases (landlord_id, alias, source, documents) VALUES (?, ?, ?, ?)
            """)
        for l in landlords {
            try landlord.execute(arguments: [l.id, l.name, l.kind, l.named ? 1 : 0])
            for id in l.documentIDs { try document.execute(arguments: [l.id, id]) }
            for a in l.aliases { try alias.execute(arguments: [l.id, a.text, a.source.rawValue, a.documents]) }
        }
        try db.execute(sql: "DELETE FROM landlords WHERE id = ?", arguments: [pendingID])
    }
}
