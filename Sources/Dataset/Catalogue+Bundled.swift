import Assessment

extension Catalogue {
    /// The Code catalogue shipped with the package (`CatalogueData`), parsed with libcsv.
    ///
    /// ```swift
    /// let catalogue = try Catalogue.bundled()
    /// catalogue.all(.v2024).count // 72
    /// ```
    ///
    /// - Throws: `DatasetError` (`provisions-2024.csv:LINE: malformed CSV (...) - ...`) if the embedded text is
    ///   not valid CSV, or `CatalogueError` (`provisions-2024.csv:7: 'obligation' is 'sometimes', expected
    ///   must|expected|should|may`) if a row is invalid; rerun `Scripts/update-catalogue` after fixing the CSV.
    public static func bundled() throws -> Catalogue {
        try Catalogue(rows2022: CSV.parse(CatalogueData.provisions2022, file: "provisions-2022.csv"),
                      rows2024: CSV.parse(CatalogueData.provisions2024, file: "provisions-2024.csv"),
                      crosswalkRows: CSV.parse(CatalogueData.crosswalk, file: "crosswalk-2022-2024.csv"),
                      version: CatalogueData.version)
    }
}
