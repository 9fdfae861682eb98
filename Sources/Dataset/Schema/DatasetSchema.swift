import Assessment
import GRDB

/// The dataset's schema: named GRDB migrations, applied in order to a fresh file by `DatasetWriter`.
///
/// Later tables are added by appending migrations to `migrator` (never by editing a released one), and by
/// describing their columns in `DataDictionary`. Allowed values in CHECK constraints come from the Swift
/// enums (`Status.allCases`, ...) so the two cannot drift apart.
///
/// ```swift
/// let queue = try DatabaseQueue(path: "dataset.sqlite")
/// try DatasetSchema.migrator.migrate(queue)
/// ```
public enum DatasetSchema {
    /// Names of the migrations, in the order they are applied.
    public static var migrationIDs: [String] { migrator.migrations }

    /// The migrator that creates every table, index and view of the dataset.
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-catalogue") { db in try db.execute(sql: catalogueSQL) }
        migrator.registerMigration("v1-documents") { db in try db.execute(sql: documentsSQL) }
        migrator.registerMigration("v1-responses") { db in try db.execute(sql: responsesSQL) }
        migrator.registerMigration("v1-build-info") { db in try db.execute(sql: buildInfoSQL) }
        migrator.registerMigration("v2-comparison") { db in try db.execute(sql: comparisonSQL) }
        migrator.registerMigration("v2-search") { db in try db.execute(sql: searchSQL) }
        migrator.registerMigration("v2-views") { db in try db.execute(sql: viewsSQL) }
        migrator.registerMigration("v3-signals") { db in try db.execute(sql: signalsSQL) }
        migrator.registerMigration("v4-landlord-aliases") { db in try db.execute(sql: landlordAliasesSQL) }
        migrator.registerMigration("v5-trends") { db in try db.execute(sql: trendsSQL) }
        return migrator
    }

    /// `'a','b','c'` for a CHECK (... IN (...)) list.
    static func quotedList(_ values: [String]) -> String {
        values.map { "'\($0)'" }.joined(separator: ",")
    }

    static let codeVersions = quotedList(CodeVersion.allCases.map(\.rawValue))
    static let obligations = quotedList(Obligation.allCases.map(\.rawValue))
    static let statuses = quotedList(Status.allCases.map(\.rawValue))
    static let provisionSources = quotedList(ProvisionSource.allCases.map(\.rawValue))
    static let relations = quotedList(CrosswalkRelation.allCases.map(\.rawValue))
    static let unparsedReasons = quotedList(UnparsedReason.allCases.map(\.rawValue))
    /// Landlord kinds: the manifest's values plus `unknown`.
    static let landlordKinds = quotedList(DocumentRecord.landlordKinds + ["unknown"])
    static let sha256Check = "length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'"

    static let catalogueSQL = """
        CREATE TABLE provisions (
          code_version TEXT NOT NULL CHECK (code_version IN (\(codeVersions))),
          provision TEXT NOT NULL,
          provision_key TEXT NOT NULL,
          section_number INTEGER NOT NULL,
          section_title TEXT NOT NULL,
          stage INTEGER,
          obligation TEXT NOT NULL CHECK (obligation IN (\(obligations))),
          summary TEXT NOT NULL,
          position INTEGER NOT NULL CHECK (position >= 1),
          PRIMARY KEY (code_version, provision),
          UNIQUE (code_version, position)
        );
        CREATE TABLE crosswalk (
          position INTEGER PRIMARY KEY NOT NULL CHECK (position >= 1),
          provision_2022 TEXT NOT NULL,
          provision_2024 TEXT,
          relation TEXT NOT NULL CHECK (relation IN (\(relations))),
          note TEXT NOT NULL,
          CHECK (relation = 'none' OR provision_2024 IS NOT NULL)
        );
        """

    static let documentsSQL = """
        CREATE TABLE landlords (
          id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
          name TEXT NOT NULL CHECK (name <> ''),
          kind TEXT NOT NULL CHECK (kind IN (\(landlordKinds))),
          named INTEGER NOT NULL CHECK (named IN (0, 1))
        );
        CREATE TABLE documents (
          id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 16),
          landlord_id TEXT NOT NULL REFERENCES landlords(id),
          source_path TEXT NOT NULL,
          sha256 TEXT NOT NULL UNIQUE CHECK (\(sha256Check)),
          part_count INTEGER NOT NULL CHECK (part_count >= 1),
          format TEXT NOT NULL,
          code_version TEXT NOT NULL CHECK (code_version IN (\(codeVersions))),
          version_reason TEXT NOT NULL,
          period TEXT,
          title TEXT,
          source_url TEXT,
          notes TEXT,
          line_count INTEGER NOT NULL CHECK (line_count >= 0),
          blank_lines INTEGER NOT NULL CHECK (blank_lines >= 0),
          response_lines INTEGER NOT NULL CHECK (response_lines >= 0),
          heading_lines INTEGER NOT NULL CHECK (heading_lines >= 0),
          boilerplate_lines INTEGER NOT NULL CHECK (boilerplate_lines >= 0),
          unparsed_lines INTEGER NOT NULL CHECK (unparsed_lines >= 0)
        );
        CREATE INDEX documents_landlord_id ON documents(landlord_id);
        CREATE TABLE document_files (
          document_id TEXT NOT NULL REFERENCES documents(id),
          part INTEGER NOT NULL CHECK (part >= 1),
          source_path TEXT NOT NULL,
          sha256 TEXT NOT NULL UNIQUE CHECK (\(sha256Check)),
          byte_count INTEGER NOT NULL CHECK (byte_count >= 0),
          line_count INTEGER NOT NULL CHECK (line_count >= 0),
          encoding TEXT NOT NULL,
          PRIMARY KEY (document_id, part)
        );
        """

    static let responsesSQL = """
        CREATE TABLE responses (
          id TEXT PRIMARY KEY NOT NULL,
          document_id TEXT NOT NULL REFERENCES documents(id),
          code_version TEXT NOT NULL CHECK (code_version IN (\(codeVersions))),
          provision TEXT NOT NULL,
          provision_key TEXT NOT NULL,
          provision_source TEXT NOT NULL CHECK (provision_source IN (\(provisionSources))),
          provision_note TEXT,
          section INTEGER NOT NULL,
          stage INTEGER,
          obligation TEXT CHECK (obligation IS NULL OR obligation IN (\(obligations))),
          obligation_source TEXT,
          requirement TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN (\(statuses))),
          status_text TEXT,
          status_rule TEXT NOT NULL,
          evidence TEXT NOT NULL,
          commentary TEXT NOT NULL,
          action TEXT NOT NULL,
          source_path TEXT NOT NULL,
          line_start INTEGER NOT NULL CHECK (line_start >= 1),
          line_end INTEGER NOT NULL CHECK (line_end >= line_start OR page_end > page_start),
          page_start INTEGER CHECK (page_start IS NULL OR page_start >= 1),
          page_end INTEGER CHECK (page_end IS NULL OR page_end >= page_start),
          locator TEXT,
          UNIQUE (document_id, provision),
          FOREIGN KEY (code_version, provision) REFERENCES provisions(code_version, provision)
        );
        CREATE INDEX responses_document_id ON responses(document_id);
        CREATE INDEX responses_code_version_provision ON responses(code_version, provision);
        CREATE INDEX responses_status ON responses(status);
        CREATE TABLE unparsed_lines (
          document_id TEXT NOT NULL REFERENCES documents(id),
          source_path TEXT NOT NULL,
          line INTEGER NOT NULL CHECK (line >= 1),
          page INTEGER CHECK (page IS NULL OR page >= 1),
          text TEXT NOT NULL,
          reason TEXT NOT NULL CHECK (reason IN (\(unparsedReasons))),
          detail TEXT NOT NULL
        );
        CREATE INDEX unparsed_lines_document_id ON unparsed_lines(document_id);
        """

    static let buildInfoSQL = """
        CREATE TABLE build_info (
          key TEXT PRIMARY KEY NOT NULL,
          value TEXT NOT NULL
        );
        CREATE TABLE columns (
          table_name TEXT NOT NULL,
          column_name TEXT NOT NULL,
          description TEXT NOT NULL CHECK (description <> ''),
          unit TEXT,
          PRIMARY KEY (table_name, column_name)
        );
        """
}
