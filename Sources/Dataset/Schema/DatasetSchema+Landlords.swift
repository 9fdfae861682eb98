import Assessment

extension DatasetSchema {
    /// `landlord_aliases`: every spelling of a landlord's name (and its domain) seen in the documents, and where.
    static let landlordAliasesSQL = """
        CREATE TABLE landlord_aliases (
          landlord_id TEXT NOT NULL REFERENCES landlords(id),
          alias TEXT NOT NULL CHECK (alias <> ''),
          source TEXT NOT NULL CHECK (source IN (\(quotedList(LandlordNameSource.allCases.map(\.rawValue))))),
          documents INTEGER NOT NULL CHECK (documents >= 1),
          PRIMARY KEY (landlord_id, alias, source)
        );
        CREATE INDEX landlord_aliases_alias ON landlord_aliases(alias);
        """
}
