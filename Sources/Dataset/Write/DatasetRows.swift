import Assessment
import GRDB
import Signals

/// The INSERT statements of the writer, run through GRDB's cached prepared statements.
enum DatasetRows {
    /// Writes the catalogue's provisions and crosswalk.
    static func insertCatalogue(_ catalogue: Catalogue, _ db: Database) throws {
        let provision = try db.cachedStatement(sql: """
            INSERT INTO provisions (code_version, provision, provision_key, section_number, section_title, stage,
                                    obligation, summary, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for version in CodeVersion.allCases {
            for (i, p) in catalogue.all(version).enumerated() {
                try provision.execute(arguments: [version.rawValue, p.id.description, p.id.sortKey, p.sectionNumber,
                                                  p.sectionTitle, p.stage, p.obligation.rawValue, p.summary, i + 1])
            }
        }
        let crosswalk = try db.cachedStatement(sql: """
            INSERT INTO crosswalk (position, provision_2022, provision_2024, relation, note) VALUES (?, ?, ?, ?, ?)
            """)
        for (i, entry) in catalogue.crosswalk.enumerated() {
            try crosswalk.execute(arguments: [i + 1, entry.provision2022.description, entry.provision2024?.description,
                                              entry.relation.rawValue, entry.note])
        }
    }

    /// Writes one document, its files, responses and unparsed lines, pointing at the placeholder landlord until
    /// the build's landlords are resolved (`DatasetLandlordRows`). Returns the document id.
    static func insertDocument(_ record: DocumentRecord, first: SourceFile, _ db: Database) throws -> String {
        let a = record.assessment
        let sources = a.sources
        let sha = first.sha256
        let documentID = String(sha.prefix(16))
        let account = a.lineAccount
        try db.cachedStatement(sql: """
            INSERT INTO documents (id, landlord_id, source_path, sha256, part_count, format, code_version, version_reason,
                                   period, title, source_url, notes, line_count, blank_lines, response_lines,
                                   heading_lines, boilerplate_lines, unparsed_lines)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                documentID, DatasetLandlordRows.pendingID, first.path, sha, sources.count, a.format, a.codeVersion.rawValue,
                a.versionReason, record.period ?? a.period, a.title, record.sourceURL, record.notes,
                account.total, account.blank, account.response, account.heading, account.boilerplate, account.unparsed,
            ])
        let file = try db.cachedStatement(sql: """
            INSERT INTO document_files (document_id, part, source_path, sha256, byte_count, line_count, encoding)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, source) in sources.enumerated() {
            try file.execute(arguments: [documentID, i + 1, source.path, source.sha256, source.byteCount,
                                         source.lineCount, source.encoding])
        }
        let response = try db.cachedStatement(sql: """
            INSERT INTO responses (id, document_id, code_version, provision, provision_key, provision_source,
                                   provision_note, section, stage, obligation, obligation_source, requirement, status,
                                   status_text, status_rule, evidence, commentary, action, source_path, line_start, line_end,
                                   page_start, page_end, locator)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let assessedOn = record.assessedOn
        let derived = record.derived ?? DerivedFacts.of(record)
        for (k, r) in a.responses.enumerated() {
            let responseID = "\(documentID):\(r.provision)"
            try response.execute(arguments: [
                responseID, documentID, r.codeVersion.rawValue, r.provision.description,
                r.provision.sortKey, r.provisionSource.rawValue, r.provisionNote, r.section, r.stage,
                r.obligation?.rawValue, r.obligationSource, r.requirement, r.status.rawValue, r.statusText,
                r.statusRule, r.evidence, r.commentary, r.action, r.sourcePath, r.lineStart, r.lineEnd,
                r.pageStart, r.pageEnd, r.locator,
            ])
            if k < derived.count { try DatasetSignals.insert(derived[k], id: responseID, assessedOn: assessedOn, db) }
        }
        let unparsed = try db.cachedStatement(sql: """
            INSERT INTO unparsed_lines (document_id, source_path, line, page, text, reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for u in a.unparsed {
            try unparsed.execute(arguments: [documentID, u.sourcePath, u.line, u.page, u.text, u.reason.rawValue, u.detail])
        }
        return documentID
    }

    /// Writes `build_info` (derived from the tables written) and the data dictionary into `columns`.
    static func insertBuildInfo(catalogue: Catalogue, toolVersion: String, _ db: Database) throws {
        let info = try db.cachedStatement(sql: "INSERT INTO build_info (key, value) VALUES (?, ?)")
        let sqliteVersion = try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? ""
        var facts: [(String, String)] = [
            ("tool_version", toolVersion),
            ("catalogue_version", catalogue.version),
            ("sqlite_version", sqliteVersion),
            ("schema_version", DatasetSchema.migrationIDs.last ?? ""),
        ]
        for (key, table) in [("document_count", "documents"), ("landlord_count", "landlords"),
                             ("response_count", "responses"), ("unparsed_line_count", "unparsed_lines")] {
            facts.append((key, String(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0)))
        }
        for (key, value) in facts { try info.execute(arguments: [key, value]) }
        try db.execute(sql: "INSERT INTO build_info (key, value) SELECT 'input:' || source_path, sha256 FROM document_files")
        let column = try db.cachedStatement(sql: """
            INSERT INTO columns (table_name, column_name, description, unit) VALUES (?, ?, ?, ?)
            """)
        for table in DataDictionary.tables {
            for c in table.columns { try column.execute(arguments: [table.name, c.name, c.description, c.unit]) }
        }
    }
}
