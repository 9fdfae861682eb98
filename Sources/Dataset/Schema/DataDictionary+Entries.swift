import Assessment

extension DataDictionary {
    private static func column(_ name: String, _ description: String, unit: String? = nil) -> Column {
        Column(name: name, description: description, unit: unit)
    }

    private static let versions = CodeVersion.allCases.map(\.rawValue).joined(separator: ", ")
    private static let obligationValues = Obligation.allCases.map(\.rawValue).joined(separator: ", ")
    private static let statusValues = Status.allCases.map(\.rawValue).joined(separator: ", ")
    private static let sourceValues = ProvisionSource.allCases.map(\.rawValue).joined(separator: ", ")
    private static let reasonValues = UnparsedReason.allCases.map(\.rawValue).joined(separator: ", ")
    private static let relationValues = CrosswalkRelation.allCases.map(\.rawValue).joined(separator: ", ")
    private static let sourceNames = "manifest (the `landlord` column), title (title hints, the title line or a line "
        + "holding only the name), text (a header line or the organisation a sentence opens with), url (the domain of "
        + "`source_url` or of an address standing alone in the opening), file_name (the last resort)"

    /// Documents' and responses' shared provenance wording.
    private static let sourcePath = "File the row was read from, relative to the corpus folder."

    static let entries: [Table] = [
        Table(name: "landlords", description: "One landlord (a council, housing association or other social landlord). "
              + "Documents are joined into one landlord when their names spell it ('Acme', 'Acme Council', 'Acme Borough Council', "
              + "'London Borough of Acme') and nothing contradicts it (a different `source_url` domain, a different kind of "
              + "organisation such as 'Acme Homes', a different manifest `landlord_kind`); every spelling is in `landlord_aliases`.", columns: [
            column("id", "Slug of the normalised name (`acme-council` for every spelling of Acme's council, `acme-homes`), with "
                   + "`-<domain>` or `-<kind>` added only when one name belongs to several landlords; `unnamed-<12 hex of the "
                   + "document's sha256>` (or `unnamed-<domain>`) when no document names it. Stable across rebuilds."),
            column("name", "The manifest's name if it gives one, else the most complete official form found in the documents' titles, "
                   + "headers or opening text ('Acme Borough Council' over 'Acme'), else the file name without years and versions; "
                   + "an honest placeholder such as `Unnamed landlord (file.txt)` when unknown."),
            column("kind", "local_authority, housing_association, other, or unknown (not stated in the manifest)."),
            column("named", "1 if the landlord's name is known, 0 for an unnamed landlord.", unit: "boolean"),
        ]),
        Table(name: "landlord_aliases", description: "One spelling of a landlord's name, or its web domain, as seen in the corpus: "
              + "how `chc` tied documents to `landlords`.", columns: [
            column("landlord_id", "The landlord (`landlords.id`)."),
            column("alias", "The name as written (whitespace collapsed), or the registrable domain ('acme.gov.uk' for "
                   + "'https://www.acme.gov.uk/…')."),
            column("source", "Where it was seen: \(sourceNames)."),
            column("documents", "Documents in which it was seen.", unit: "documents"),
        ]),
        Table(name: "documents", description: "One published self-assessment (possibly in several files).", columns: [
            column("id", "First 16 hex characters of `sha256`: stable across rebuilds."),
            column("landlord_id", "The landlord that published it (`landlords.id`)."),
            column("source_path", "First file of the document, relative to the corpus folder."),
            column("sha256", "Lowercase hex SHA-256 of the first file's raw bytes (every part is in `document_files`)."),
            column("part_count", "Number of files the document was read from.", unit: "files"),
            column("format", "Input layout recognised: text/tab-table, text/pipe-table, text/key-value, text/paragraphs or text/glued (multi-part documents: the first file's)."),
            column("code_version", "Complaint Handling Code version the form follows: \(versions)."),
            column("version_reason", "Evidence for `code_version` (cues found in the text, or manifest)."),
            column("period", "Period covered, e.g. 2024-25 (manifest first, else detected); NULL if unknown."),
            column("title", "Title line recognised in the document; NULL if none."),
            column("source_url", "Where the document was published (from the manifest); NULL if not given."),
            column("notes", "Notes from the manifest; NULL if none."),
            column("line_count", "Lines in all the document's files.", unit: "lines"),
            column("blank_lines", "Blank lines.", unit: "lines"),
            column("response_lines", "Lines that are part of a response.", unit: "lines"),
            column("heading_lines", "Lines recognised as form headings.", unit: "lines"),
            column("boilerplate_lines", "Lines recognised as boilerplate (page furniture, instructions).", unit: "lines"),
            column("unparsed_lines", "Non-blank lines in no response, heading or boilerplate (each is in `unparsed_lines`).", unit: "lines"),
        ]),
        Table(name: "document_files", description: "One file of a document, in reading order.", columns: [
            column("document_id", "The document (`documents.id`)."),
            column("part", "1-based position of the file within the document."),
            column("source_path", sourcePath),
            column("sha256", "Lowercase hex SHA-256 of the file's raw bytes."),
            column("byte_count", "Size of the file.", unit: "bytes"),
            column("line_count", "Lines in the file.", unit: "lines"),
            column("encoding", "Text encoding detected: utf-8 or windows-1252."),
        ]),
        Table(name: "responses", description: "One landlord's answer to one provision of the Code, with its provenance.", columns: [
            column("id", "`<document_id>:<provision>`."),
            column("document_id", "The document (`documents.id`)."),
            column("code_version", "Code version of the provision: \(versions)."),
            column("provision", "Provision number as text in the document's Code version, e.g. 6.10 (never the decimal 6.1)."),
            column("provision_key", "Zero-padded sortable form of `provision`, e.g. 06.10; ORDER BY it for form order."),
            column("provision_source", "How the provision was identified: \(sourceValues)."),
            column("provision_note", "Why it was identified that way, when not simply printed; NULL otherwise."),
            column("section", "Section number of the Code."),
            column("stage", "Complaint stage the provision applies to, where the form has stages; NULL elsewhere."),
            column("obligation", "Strength of duty: \(obligationValues); NULL if unknown."),
            column("obligation_source", "Where `obligation` came from: heading (the form's must/should group) or catalogue."),
            column("requirement", "The requirement as printed (HTML removed); empty if the row printed none."),
            column("status", "Normalised answer: \(statusValues) (blank = no answer given)."),
            column("status_text", "The raw answer as printed (e.g. 'Yes – in part'); NULL when no answer was given."),
            column("status_rule", "Which rule turned `status_text` into `status`."),
            column("evidence", "Evidence the landlord cited; empty if none."),
            column("commentary", "The landlord's commentary or explanation; empty if none."),
            column("action", "Action the landlord says it will take; empty if none."),
            column("source_path", sourcePath),
            column("line_start", "First line of the response in `source_path` (1-based; for PDF, the line on `page_start`).", unit: "line"),
            column("line_end", "Last line of the response in `source_path` (1-based; for PDF, the line on `page_end`).", unit: "line"),
            column("page_start", "First page of the response, for PDF; NULL for other formats.", unit: "page"),
            column("page_end", "Last page of the response, for PDF; NULL for other formats.", unit: "page"),
            column("locator", "Element path (HTML, e.g. body/table[2]/tr[5]) or table and row (Word, e.g. table 3, row 5) of the response's first line; NULL for text files."),
        ]),
        Table(name: "unparsed_lines", description: "One non-blank input line that is in no response, heading or boilerplate.", columns: [
            column("document_id", "The document (`documents.id`)."),
            column("source_path", sourcePath),
            column("line", "Line number in `source_path` (1-based; for PDF, the line on `page`).", unit: "line"),
            column("page", "Page of the line, for PDF; NULL for other formats.", unit: "page"),
            column("text", "The line's text."),
            column("reason", "Why it was not used: \(reasonValues)."),
            column("detail", "Human-readable detail, e.g. 'after provision 2.2'."),
        ]),
        Table(name: "provisions", description: "One provision of a Code version's self-assessment form (the bundled catalogue).", columns: [
            column("code_version", "Code version: \(versions)."),
            column("provision", "Provision number as text, e.g. 6.10."),
            column("provision_key", "Zero-padded sortable form of `provision`, e.g. 06.10."),
            column("section_number", "Section number."),
            column("section_title", "Section title."),
            column("stage", "Complaint stage (2024 section 6: 1–2; 2022 section 5: 1–3); NULL elsewhere."),
            column("obligation", "Strength of duty: \(obligationValues)."),
            column("summary", "Our own short paraphrase of the requirement (not the Code's wording)."),
            column("position", "1-based position on the version's form."),
        ]),
        Table(name: "crosswalk", description: "How one 2022 provision relates to a 2024 provision.", columns: [
            column("position", "1-based row number in the bundled crosswalk."),
            column("provision_2022", "Provision number in the 2022 Code."),
            column("provision_2024", "Provision number in the 2024 Code; NULL when `relation` is none."),
            column("relation", "\(relationValues): how the 2024 provision compares with the 2022 one."),
            column("note", "What changed."),
        ]),
    ] + analysisEntries + figureEntries + trendEntries + signalEntries + [
        Table(name: "build_info", description: "One fact about how the dataset was built. No timestamps: rebuilding the same inputs gives the same rows.", columns: [
            column("key", "tool_version, catalogue_version, sqlite_version, schema_version, document_count, landlord_count, response_count, unparsed_line_count; pooled_2022_mapped, pooled_2022_unmapped, pooled_2022_superseded, pooled_2022_duplicates (how the latest 2022 answers were treated for `provision_rates_pooled`: mapped through a `same` crosswalk entry, dropped for want of one, not used because the landlord has a 2024 assessment, or dropped because another answer already mapped to that 2024 provision); trend_undated_documents (documents whose period has no four-digit year: in no `trend_*` figure); or `input:<path>` for each input file."),
            column("value", "The value as text (for `input:<path>`: the file's sha256)."),
        ]),
        Table(name: "columns", description: "The data dictionary: one column of a table or view (this page, as a table).", columns: [
            column("table_name", "Table or view name."),
            column("column_name", "Column name."),
            column("description", "What the value means."),
            column("unit", "Unit of measure; NULL when the value is not a quantity."),
        ]),
    ]
}
