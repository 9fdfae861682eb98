extension DatasetSchema {
    /// The sector trend computed at build time by `Comparison.sectorTrend` (`chc trends` reads it): per period
    /// (first four-digit year of a document's period), per Code version or pooled onto the 2024 Code.
    static let trendsSQL = """
        CREATE TABLE trend_periods (
          period_year INTEGER NOT NULL,
          code_version TEXT NOT NULL CHECK (code_version IN (\(codeVersions))),
          period_label TEXT NOT NULL,
          period_texts TEXT NOT NULL,
          documents INTEGER NOT NULL CHECK (documents >= 1),
          landlords INTEGER NOT NULL CHECK (landlords BETWEEN 1 AND documents),
          PRIMARY KEY (period_year, code_version)
        );
        CREATE TABLE trend_provision_rates (
          period_year INTEGER NOT NULL,
          basis TEXT NOT NULL CHECK (basis IN ('version', 'pooled')),
          code_version TEXT NOT NULL CHECK (code_version IN (\(codeVersions)) AND (basis = 'version' OR code_version = '2024')),
        \(provisionRateFigures)
          PRIMARY KEY (period_year, basis, code_version, provision)
        );
        CREATE TABLE trend_section_rates (
          period_year INTEGER NOT NULL,
          basis TEXT NOT NULL CHECK (basis IN ('version', 'pooled')),
          code_version TEXT NOT NULL CHECK (code_version IN (\(codeVersions)) AND (basis = 'version' OR code_version = '2024')),
          section INTEGER NOT NULL,
        \(countColumns)
          provisions INTEGER NOT NULL CHECK (provisions >= 1),
          landlords INTEGER NOT NULL CHECK (landlords >= 1),
          answering_landlords INTEGER NOT NULL CHECK (answering_landlords BETWEEN 0 AND landlords),
        \(allRateColumns)
          low_n INTEGER NOT NULL CHECK (low_n IN (0, 1)),
          PRIMARY KEY (period_year, basis, code_version, section)
        );
        CREATE TABLE trend_pooling (
          period_year INTEGER PRIMARY KEY NOT NULL,
          mapped INTEGER NOT NULL CHECK (mapped >= 0),
          unmapped INTEGER NOT NULL CHECK (unmapped >= 0),
          superseded INTEGER NOT NULL CHECK (superseded >= 0),
          duplicates INTEGER NOT NULL CHECK (duplicates >= 0)
        );
        """
}
