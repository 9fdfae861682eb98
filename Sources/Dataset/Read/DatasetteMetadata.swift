import Foundation
import GRDB

/// The `datasette-metadata.json` written beside a CSV export: title, licence and source of the dataset,
/// for every table and view its description, its columns' descriptions (with units) and default
/// facets, taken from `DataDictionary`, and the canned queries `cannedQueries`. Serve it with `datasette dataset.sqlite -m datasette-metadata.json`.
///
/// ```swift
/// let metadata = DatasetteMetadata(sourceURL: "https://example.org/chc")
/// try DatasetExporter.exportTables(dataset: "dataset.sqlite", to: "export", metadata: metadata)
/// ```
public struct DatasetteMetadata: Sendable, Hashable {
    /// The licence line used when none is given.
    public static let defaultLicense = "Source documents: as published by each landlord; dataset: CC BY 4.0"
    /// Columns offered as facets, where a table or view has them (`kind` and `landlord_kind` are landlord kinds).
    public static let facetColumns = ["code_version", "section", "status", "kind", "landlord_kind"]

    /// Queries Datasette offers by name (`/dataset/<name>`), for readers who do not write SQL.
    public static let cannedQueries: [String: (title: String, sql: String)] = [
        "worst_provisions": (
            "Provisions by compliance rate, lowest first, per Code version (stated answers; rate = yes / answered)",
            """
            SELECT r.code_version, r.provision, p.summary, r.yes, r.partial, r.no, r.answered, r.answering_landlords, \
            r.rate, r.rate_low, r.rate_high, r.adjusted, r.low_n FROM provision_rates r \
            JOIN provisions p ON p.code_version = r.code_version AND p.provision = r.provision \
            ORDER BY r.code_version DESC, r.rate IS NULL, r.rate, r.provision_key
            """),
        "landlord_responses": (
            "Every response of the landlords whose name contains the text given",
            """
            SELECT landlord_name, period, code_version, provision, provision_summary, status, status_text, evidence, \
            commentary, action, source_path, line_start FROM responses_full \
            WHERE landlord_name LIKE '%' || :landlord || '%' ORDER BY landlord_name, code_version, provision_key
            """),
    ]

    /// Title shown on the Datasette home page.
    public var title: String
    /// One-paragraph description of the dataset.
    public var description: String
    /// Where the data comes from.
    public var source: String
    /// Link for `source`, or nil to leave it out.
    public var sourceURL: String?
    /// Licence statement.
    public var license: String

    /// Creates metadata; every part has a default describing the chc dataset.
    ///
    /// ```swift
    /// DatasetteMetadata(license: "Open Government Licence v3.0")
    /// ```
    ///
    /// - Parameters:
    ///   - title: Title of the dataset.
    ///   - description: What it holds.
    ///   - source: Where the data comes from.
    ///   - sourceURL: A link for the source, or nil.
    ///   - license: The licence statement (default ``defaultLicense``).
    public init(title: String = "Complaint Handling Code self-assessments",
                description: String = "Social landlords' published self-assessments against the Housing Ombudsman's "
                    + "Complaint Handling Code (2022 and 2024), normalised by chc: one row per response, with "
                    + "provenance, and the compliance figures computed from them.",
                source: String = "Self-assessments published by each landlord",
                sourceURL: String? = nil, license: String = DatasetteMetadata.defaultLicense) {
        self.title = title
        self.description = description
        self.source = source
        self.sourceURL = sourceURL
        self.license = license
    }

    /// The metadata JSON for the dataset open on `db` (database name `dataset`), keys sorted, ending in a newline.
    ///
    /// ```swift
    /// let data = try queue.read { db in try DatasetteMetadata().json(db) }
    /// ```
    ///
    /// - Parameter db: The dataset.
    /// - Returns: UTF-8 JSON.
    /// - Throws: GRDB's `DatabaseError` when the schema cannot be read, or Foundation's error when encoding fails.
    public func json(_ db: Database) throws -> Data {
        var tables: [String: Any] = [:]
        for relation in try DatasetRelations.all(db) {
            let documented = DataDictionary.table(relation.name)
            var columns: [String: String] = [:]
            let names = try db.columns(in: relation.name).map(\.name)
            for name in names {
                let column = documented?.columns.first { $0.name == name }
                let text = column?.description ?? "Not described in the data dictionary."
                columns[name] = column?.unit.map { "\(text) (\($0))" } ?? text
            }
            var table: [String: Any] = [
                "description": documented?.description ?? "Not described in the data dictionary.",
                "columns": columns,
            ]
            let facets = Self.facetColumns.filter(names.contains)
            if !facets.isEmpty, relation.type != "virtual" { table["facets"] = facets }
            tables[relation.name] = table
        }
        var root: [String: Any] = [
            "title": title, "description": description, "source": source, "license": license,
            "databases": ["dataset": ["tables": tables,
                                      "queries": Self.cannedQueries.mapValues { ["title": $0.title, "sql": $0.sql] }]],
        ]
        if let sourceURL { root["source_url"] = sourceURL }
        var data = try JSONSerialization.data(withJSONObject: root,
                                              options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }
}
