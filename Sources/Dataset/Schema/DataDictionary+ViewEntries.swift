import Assessment

extension DataDictionary {
    private static func column(_ name: String, _ description: String, unit: String? = nil) -> Column {
        Column(name: name, description: description, unit: unit)
    }

    private static let versions = CodeVersion.allCases.map(\.rawValue).joined(separator: ", ")

    /// Columns of `responses_full` and `latest_responses`, in view order.
    private static let fullResponseColumns: [Column] = [
        column("id", "The response (`responses.id`, `<document_id>:<provision>`)."),
        column("document_id", "The document (`documents.id`)."),
        column("landlord_id", "The landlord (`landlords.id`)."),
        column("landlord_name", "The landlord's name (`landlords.name`)."),
        column("landlord_kind", "The landlord's kind (`landlords.kind`)."),
        column("landlord_named", "1 if the landlord's name is known, 0 for an unnamed landlord.", unit: "boolean"),
        column("period", "Period the document covers (`documents.period`); NULL if unknown."),
        column("code_version", "Code version of the provision: \(versions)."),
        column("provision", "Provision number as text, e.g. 6.10."),
        column("provision_key", "Zero-padded sortable form of `provision`, e.g. 06.10; ORDER BY it for form order."),
        column("provision_summary", "Our own short paraphrase of the provision (`provisions.summary`)."),
        column("provision_source", "How the provision was identified (`responses.provision_source`)."),
        column("section", "Section number of the Code."),
        column("section_title", "Section title (`provisions.section_title`)."),
        column("stage", "Complaint stage the provision applies to; NULL where the form has none."),
        column("obligation", "Strength of duty (`responses.obligation`); NULL if unknown."),
        column("requirement", "The requirement as printed."),
        column("status", "Normalised answer: \(Status.allCases.map(\.rawValue).joined(separator: ", "))."),
        column("status_text", "The raw answer as printed; NULL when no answer was given."),
        column("evidence", "Evidence the landlord cited; empty if none."),
        column("commentary", "The landlord's commentary; empty if none."),
        column("action", "Action the landlord says it will take; empty if none."),
        column("source_path", "File the response was read from, relative to the corpus folder."),
        column("line_start", "First line of the response in `source_path` (1-based).", unit: "line"),
        column("line_end", "Last line of the response in `source_path` (1-based).", unit: "line"),
    ]

    /// The views for analysts, the superseded documents and the full-text index.
    static let analysisEntries: [Table] = [
        Table(name: "responses_full", description: "View: every response with its landlord, period, provision summary and "
              + "section title, ready to filter without joins.", columns: fullResponseColumns),
        Table(name: "latest_responses", description: "View: `responses_full` restricted to the documents used in sector "
              + "figures (every document not in `excluded_documents`).", columns: fullResponseColumns),
        Table(name: "excluded_documents", description: "A document left out of sector figures because the same landlord "
              + "has a later assessment of the same Code version; it stays in the dataset for trends. "
              + "`Comparison.latestSelection`: latest by period (first four-digit year, then text; no period is oldest), "
              + "ties to the greater document id.", columns: [
                  column("document_id", "The superseded document (`documents.id`)."),
                  column("landlord_id", "The landlord (`landlords.id`)."),
                  column("code_version", "Code version both documents answer: \(versions)."),
                  column("period", "The superseded document's period; NULL if unknown."),
                  column("kept_document_id", "The later document used instead (`documents.id`)."),
                  column("kept_period", "The kept document's period; NULL if unknown."),
                  column("row_count", "Responses in the superseded document.", unit: "responses"),
              ]),
        Table(name: "responses_fts", description: "Full-text index (SQLite FTS5, unicode61 tokenizer, case and accents "
              + "ignored) of each response's free text; `DatasetReader.search` queries it. Example: "
              + "`SELECT response_id FROM responses_fts WHERE responses_fts MATCH '\"learning\"'`.", columns: [
                  column("response_id", "The response (`responses.id`); not indexed."),
                  column("requirement", "Copy of `responses.requirement`, indexed."),
                  column("evidence", "Copy of `responses.evidence`, indexed."),
                  column("commentary", "Copy of `responses.commentary`, indexed."),
                  column("action", "Copy of `responses.action`, indexed."),
              ]),
    ]
}
