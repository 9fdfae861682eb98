extension Catalogue {
    /// The Code catalogue shipped with the package: the rows of `CatalogueData` (generated from the reference CSV
    /// files by `Scripts/update-catalogue`), validated by `init(rows2022:rows2024:crosswalkRows:version:)`.
    ///
    /// ```swift
    /// let catalogue = try Catalogue.bundled()
    /// catalogue.all(.v2024).count // 72
    /// ```
    ///
    /// - Throws: `CatalogueError` if a row is invalid, e.g. `provisions-2024.csv:7: 'obligation' is 'sometimes',
    ///   expected must|expected|should|may`; fix the CSV and rerun `Scripts/update-catalogue`.
    public static func bundled() throws -> Catalogue {
        try Catalogue(rows2022: CatalogueData.provisions2022, rows2024: CatalogueData.provisions2024,
                      crosswalkRows: CatalogueData.crosswalk, version: CatalogueData.version)
    }
}
