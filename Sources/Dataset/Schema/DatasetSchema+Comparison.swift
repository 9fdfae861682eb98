extension DatasetSchema {
    /// Status count columns shared by every figure table (`StatusCounts` keys), with `answered = yes + partial + no`.
    static let countColumns = """
          yes INTEGER NOT NULL CHECK (yes >= 0),
          partial INTEGER NOT NULL CHECK (partial >= 0),
          no INTEGER NOT NULL CHECK (no >= 0),
          na INTEGER NOT NULL CHECK (na >= 0),
          blank INTEGER NOT NULL CHECK (blank >= 0),
          hedged_yes INTEGER NOT NULL CHECK (hedged_yes BETWEEN 0 AND yes),
          answered INTEGER NOT NULL CHECK (answered = yes + partial + no),
        """

    /// One rate and its Wilson bounds: fractions in [0, 1], all NULL exactly when nothing was answered
    /// (checked on the `_high` column: SQLite wants table constraints after every column).
    static func rateColumns(_ name: String) -> String {
        """
          \(name) REAL CHECK (\(name) BETWEEN 0 AND 1),
          \(name)_low REAL CHECK (\(name)_low BETWEEN 0 AND 1),
          \(name)_high REAL CHECK (\(name)_high BETWEEN 0 AND 1)
            CHECK ((answered = 0) = (\(name) IS NULL) AND (\(name) IS NULL) = (\(name)_low IS NULL)
                   AND (\(name) IS NULL) = (\(name)_high IS NULL)),

        """
    }

    /// The `Rates` keys: rate (strict), lenient and adjusted, each with `_low` and `_high`.
    static let allRateColumns = rateColumns("rate") + rateColumns("lenient") + rateColumns("adjusted")

    /// Columns of `provision_rates` and `provision_rates_pooled` (`ProvisionRate` keys).
    static func provisionRateColumns(versions: String) -> String {
        """
          code_version TEXT NOT NULL CHECK (code_version IN (\(versions))),
        \(provisionRateFigures)
          PRIMARY KEY (code_version, provision)
        """
    }

    /// A `ProvisionRate`'s columns after its code version: the provision, counts, landlords, rates and `low_n`
    /// (also the figures of `trend_provision_rates`).
    static let provisionRateFigures = """
          provision TEXT NOT NULL,
          provision_key TEXT NOT NULL,
          section INTEGER NOT NULL,
        \(countColumns)
          landlords INTEGER NOT NULL CHECK (landlords >= 1),
          answering_landlords INTEGER NOT NULL CHECK (answering_landlords BETWEEN 0 AND landlords),
          yes_landlords INTEGER NOT NULL CHECK (yes_landlords BETWEEN 0 AND answering_landlords),
        \(allRateColumns)
          low_n INTEGER NOT NULL CHECK (low_n IN (0, 1)),
        """

    /// Tables of figures computed at build time by the `Comparison` functions over `DatasetAnswers`.
    static let comparisonSQL = """
        CREATE TABLE excluded_documents (
          document_id TEXT PRIMARY KEY NOT NULL REFERENCES documents(id),
          landlord_id TEXT NOT NULL REFERENCES landlords(id),
          code_version TEXT NOT NULL CHECK (code_version IN (\(codeVersions))),
          period TEXT,
          kept_document_id TEXT NOT NULL REFERENCES documents(id) CHECK (kept_document_id <> document_id),
          kept_period TEXT,
          row_count INTEGER NOT NULL CHECK (row_count >= 1)
        );
        CREATE TABLE provision_rates (
        \(provisionRateColumns(versions: codeVersions)),
          FOREIGN KEY (code_version, provision) REFERENCES provisions(code_version, provision)
        );
        CREATE TABLE provision_rates_pooled (
        \(provisionRateColumns(versions: "'2024'"))
        );
        CREATE TABLE section_rates (
          code_version TEXT NOT NULL CHECK (code_version IN (\(codeVersions))),
          section INTEGER NOT NULL,
          section_title TEXT,
        \(countColumns)
          provisions INTEGER NOT NULL CHECK (provisions >= 1),
          landlords INTEGER NOT NULL CHECK (landlords >= 1),
          answering_landlords INTEGER NOT NULL CHECK (answering_landlords BETWEEN 0 AND landlords),
        \(allRateColumns)
          low_n INTEGER NOT NULL CHECK (low_n IN (0, 1)),
          PRIMARY KEY (code_version, section)
        );
        CREATE TABLE landlord_scores (
          code_version TEXT NOT NULL CHECK (code_version IN (\(codeVersions))),
          landlord_id TEXT NOT NULL REFERENCES landlords(id),
          landlord_name TEXT NOT NULL,
          landlord_kind TEXT NOT NULL,
          document_id TEXT NOT NULL REFERENCES documents(id),
          period TEXT,
        \(countColumns)
        \(allRateColumns)
          low_n INTEGER NOT NULL CHECK (low_n IN (0, 1)),
          rank INTEGER CHECK (rank BETWEEN 1 AND ranked_landlords),
          percentile REAL CHECK (percentile BETWEEN 0 AND 100),
          ranked_landlords INTEGER NOT NULL CHECK (ranked_landlords >= 0),
          CHECK ((answered = 0) = (rank IS NULL)),
          PRIMARY KEY (code_version, landlord_id)
        );
        CREATE TABLE landlord_section_scores (
          code_version TEXT NOT NULL CHECK (code_version IN (\(codeVersions))),
          landlord_id TEXT NOT NULL REFERENCES landlords(id),
          section INTEGER NOT NULL,
        \(countColumns)
        \(allRateColumns)
          PRIMARY KEY (code_version, landlord_id, section),
          FOREIGN KEY (code_version, landlord_id) REFERENCES landlord_scores(code_version, landlord_id)
        );
        CREATE TABLE common_noncompliance (
          basis TEXT NOT NULL CHECK (basis IN ('stated', 'adjusted')),
          code_version TEXT NOT NULL CHECK (code_version IN (\(codeVersions))),
          provision TEXT NOT NULL,
          provision_key TEXT NOT NULL,
          section INTEGER NOT NULL,
          rank INTEGER NOT NULL CHECK (rank >= 1),
          not_fully_compliant INTEGER NOT NULL CHECK (not_fully_compliant >= 1),
          answering_landlords INTEGER NOT NULL CHECK (answering_landlords >= not_fully_compliant),
          share REAL NOT NULL CHECK (share > 0 AND share <= 1),
          share_low REAL NOT NULL CHECK (share_low BETWEEN 0 AND 1),
          share_high REAL NOT NULL CHECK (share_high BETWEEN 0 AND 1),
          low_n INTEGER NOT NULL CHECK (low_n IN (0, 1)),
          landlords_not_compliant TEXT NOT NULL,
          PRIMARY KEY (basis, code_version, provision),
          UNIQUE (basis, code_version, rank),
          FOREIGN KEY (code_version, provision) REFERENCES provisions(code_version, provision)
        );
        CREATE TABLE common_noncompliance_landlords (
          basis TEXT NOT NULL,
          code_version TEXT NOT NULL,
          provision TEXT NOT NULL,
          landlord_id TEXT NOT NULL REFERENCES landlords(id),
          landlord_name TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('no', 'partial', 'yes')),
          hedged INTEGER NOT NULL CHECK (hedged IN (0, 1)),
          document_id TEXT NOT NULL REFERENCES documents(id),
          PRIMARY KEY (basis, code_version, provision, landlord_id),
          FOREIGN KEY (basis, code_version, provision) REFERENCES common_noncompliance(basis, code_version, provision)
        );
        """

    /// The full-text index over the responses' free text (a plain FTS5 table keyed by `responses.id`,
    /// so it survives VACUUM, which may renumber implicit rowids).
    static let searchSQL = """
        CREATE VIRTUAL TABLE responses_fts USING fts5(
          response_id UNINDEXED, requirement, evidence, commentary, action,
          tokenize = 'unicode61 remove_diacritics 2'
        );
        """

    /// Columns of `responses_full` and `latest_responses`.
    static let responsesFullSelect = """
        SELECT r.id AS id, r.document_id AS document_id, d.landlord_id AS landlord_id, l.name AS landlord_name,
               l.kind AS landlord_kind, l.named AS landlord_named, d.period AS period, r.code_version AS code_version,
               r.provision AS provision, r.provision_key AS provision_key, p.summary AS provision_summary,
               r.provision_source AS provision_source, r.section AS section, p.section_title AS section_title,
               r.stage AS stage, r.obligation AS obligation, r.requirement AS requirement, r.status AS status,
               r.status_text AS status_text, r.evidence AS evidence, r.commentary AS commentary, r.action AS action,
               r.source_path AS source_path, r.line_start AS line_start, r.line_end AS line_end
        FROM responses r
        JOIN documents d ON d.id = r.document_id
        JOIN landlords l ON l.id = d.landlord_id
        LEFT JOIN provisions p ON p.code_version = r.code_version AND p.provision = r.provision
        """

    /// Views for analysts: every response with its landlord and period, and only the responses used in sector figures.
    static let viewsSQL = """
        CREATE VIEW responses_full AS
        \(responsesFullSelect);
        CREATE VIEW latest_responses AS
        \(responsesFullSelect)
        WHERE r.document_id NOT IN (SELECT document_id FROM excluded_documents);
        """
}
