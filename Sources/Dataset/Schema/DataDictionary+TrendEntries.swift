import Assessment

extension DataDictionary {
    private static func column(_ name: String, _ description: String, unit: String? = nil) -> Column {
        Column(name: name, description: description, unit: unit)
    }

    private static let periodYear = column("period_year", "The period: the first four-digit year of the documents' "
        + "period text (2023-24, 2023/24 and April 2023 are all 2023).")
    private static let basis = column("basis", "version: each Code version on its own; pooled: the 2024 Code with the "
        + "period's 2022 answers mapped only through crosswalk entries whose relation is `same` (see `trend_pooling`).")
    private static let trendVersion = column("code_version", "Code version of the figure (always 2024 when `basis` is pooled).")

    /// The sector trend tables (`Comparison.sectorTrend`; `chc trends` prints them).
    static let trendEntries: [Table] = [
        Table(name: "trend_periods", description: "What the sector trend counts in one period and Code version: every "
              + "landlord's latest assessment of that period (older assessments included, unlike the other figures).",
              columns: [
                  periodYear,
                  column("code_version", "Code version of the assessments counted."),
                  column("period_label", "The period text most of the period's counted documents print."),
                  column("period_texts", "Every distinct period text of the period's counted documents, sorted, joined with '; '."),
                  column("documents", "Assessments counted on this version in the period (one per landlord).", unit: "documents"),
                  column("landlords", "Landlords counted (equal to `documents`).", unit: "landlords"),
              ]),
        Table(name: "trend_provision_rates", description: "Compliance with one provision over all landlords' assessments "
              + "of one period: `Comparison.provisionRates` over that period's assessments.", columns: [
                  periodYear, basis, trendVersion,
              ] + provisionRateColumns(pooled: false).dropFirst()),  // as provision_rates, after its code_version
        Table(name: "trend_section_rates", description: "Compliance with one section over all landlords' assessments of "
              + "one period, pooling every answered response to its provisions: `Comparison.sectionRates`.", columns: [
                  periodYear, basis, trendVersion,
                  column("section", "Section number."),
              ] + sectionRateFigures),
        Table(name: "trend_pooling", description: "How one period's 2022 answers were put on the 2024 Code for the pooled "
              + "trend (`Comparison.pool` within the period).", columns: [
                  periodYear,
                  column("mapped", "2022 answers mapped onto a 2024 provision through a `same` crosswalk entry.", unit: "responses"),
                  column("unmapped", "2022 answers dropped: their provision has no `same` entry.", unit: "responses"),
                  column("superseded", "2022 answers not used: the landlord has a 2024 assessment in the period.", unit: "responses"),
                  column("duplicates", "2022 answers dropped: another answer of the landlord already mapped to that 2024 provision.",
                         unit: "responses"),
              ]),
    ]
}
