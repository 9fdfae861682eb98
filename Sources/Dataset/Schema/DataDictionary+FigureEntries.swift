import Assessment

extension DataDictionary {
    private static func column(_ name: String, _ description: String, unit: String? = nil) -> Column {
        Column(name: name, description: description, unit: unit)
    }

    private static let versions = CodeVersion.allCases.map(\.rawValue).joined(separator: ", ")
    private static let fraction = "fraction 0–1"

    /// The `StatusCounts` columns; `of` names what is counted ("responses" or "the landlord's responses").
    private static func countColumns(_ of: String) -> [Column] {
        [
            column("yes", "\(of.capitalizedFirst) answered yes.", unit: "responses"),
            column("partial", "\(of.capitalizedFirst) answered partial.", unit: "responses"),
            column("no", "\(of.capitalizedFirst) answered no.", unit: "responses"),
            column("na", "\(of.capitalizedFirst) answered not applicable (never in a denominator).", unit: "responses"),
            column("blank", "\(of.capitalizedFirst) with no answer (never in a denominator).", unit: "responses"),
            column("hedged_yes", "Of `yes`, answers whose own text admits a gap (0 until hedged answers are detected).",
                   unit: "responses"),
            column("answered", "yes + partial + no: the denominator of every rate.", unit: "responses"),
        ]
    }

    /// The `Rates` columns: strict, lenient and adjusted, each with its 95% Wilson interval.
    private static let rateColumns: [Column] = {
        let null = "NULL when `answered` = 0"
        var out: [Column] = []
        for (name, what) in [("rate", "Strict rate: yes / answered"),
                             ("lenient", "Lenient rate: (yes + 0.5 × partial) / answered"),
                             ("adjusted", "Adjusted rate: (yes − hedged_yes) / answered")] {
            out.append(column(name, "\(what); \(null).", unit: fraction))
            out.append(column("\(name)_low", "Lower bound of the 95% Wilson interval of `\(name)` (n = answered); \(null).",
                              unit: fraction))
            out.append(column("\(name)_high", "Upper bound of the 95% Wilson interval of `\(name)` (n = answered); \(null).",
                              unit: fraction))
        }
        return out
    }()

    private static let lowN = column("low_n", "1 when fewer than 5 landlords gave an answered response (the figure is shaky), else 0.",
                                     unit: "boolean")

    /// Columns of `provision_rates` and `provision_rates_pooled`.
    static func provisionRateColumns(pooled: Bool) -> [Column] {
        [
            column("code_version", pooled ? "Always 2024: 2022 answers are mapped onto the 2024 Code."
                                          : "Code version: \(versions)."),
            column("provision", "Provision number as text, e.g. 6.10 (`provisions.provision`)."),
            column("provision_key", "Zero-padded sortable form of `provision`, e.g. 06.10."),
            column("section", "Section number of the provision."),
        ] + countColumns("responses") + [
            column("landlords", "Landlords with any response to the provision (na and blank included).", unit: "landlords"),
            column("answering_landlords", "Landlords with an answered (yes, partial or no) response.", unit: "landlords"),
            column("yes_landlords", "Landlords whose answer is yes (a landlord with several responses to the provision "
                   + "counts by its least compliant one); `chc benchmark` compares a landlord's answer with it.",
                   unit: "landlords"),
        ] + rateColumns + [lowN]
    }

    /// A `SectionRate`'s columns after its section: counts, provisions, landlords, rates and `low_n` (also the
    /// figures of `trend_section_rates`).
    static let sectionRateFigures: [Column] = countColumns("responses") + [
        column("provisions", "Provisions of the section with at least one response.", unit: "provisions"),
        column("landlords", "Landlords with any response in the section.", unit: "landlords"),
        column("answering_landlords", "Landlords with an answered response in the section.", unit: "landlords"),
    ] + rateColumns + [lowN]

    /// Tables of figures computed at build time by the `Comparison` functions (the numbers `chc` prints).
    static let figureEntries: [Table] = [
        Table(name: "provision_rates", description: "Compliance with one provision across landlords, one row per (Code version, "
              + "provision): each landlord's latest assessment of that version only (see `excluded_documents`). "
              + "Computed by `Comparison.provisionRates`.", columns: provisionRateColumns(pooled: false)),
        Table(name: "provision_rates_pooled", description: "Like `provision_rates` for the 2024 Code, with 2022 answers of "
              + "landlords that have no 2024 assessment mapped onto 2024 provisions through crosswalk entries whose relation "
              + "is `same` (`Comparison.pool`); `build_info` records how many 2022 answers were mapped, unmapped, "
              + "superseded or duplicates.", columns: provisionRateColumns(pooled: true)),
        Table(name: "section_rates", description: "Compliance with one section of a Code version, pooling every answered "
              + "response to its provisions (the denominator is responses, not landlords). `Comparison.sectionRates`.",
              columns: [
                  column("code_version", "Code version: \(versions)."),
                  column("section", "Section number."),
                  column("section_title", "Section title from the catalogue; NULL if the catalogue has no such section."),
              ] + sectionRateFigures),
        Table(name: "landlord_scores", description: "One landlord's share compliant on one Code version, from its latest "
              + "assessment of that version, ranked among landlords. `Comparison.landlordScores`.", columns: [
                  column("code_version", "Code version: \(versions)."),
                  column("landlord_id", "The landlord (`landlords.id`)."),
                  column("landlord_name", "The landlord's name."),
                  column("landlord_kind", "The landlord's kind (`landlords.kind`)."),
                  column("document_id", "The assessment scored: the landlord's latest for this version (`documents.id`)."),
                  column("period", "That assessment's period; NULL if unknown."),
              ] + countColumns("the landlord's responses") + rateColumns + [
                  column("low_n", "1 when the landlord has fewer than 5 answered responses, else 0.", unit: "boolean"),
                  column("rank", "Competition rank by strict share (`rate`), highest first; ties share the best rank (1, 2, 2, 4); "
                         + "NULL when nothing was answered."),
                  column("percentile", "100 × (other ranked landlords with a lower share + ½ × those with an equal share) / "
                         + "other ranked landlords; NULL when unranked or ranked alone.", unit: "percent 0–100"),
                  column("ranked_landlords", "Landlords ranked on this version (with at least one answered response).",
                         unit: "landlords"),
              ]),
        Table(name: "landlord_section_scores", description: "One landlord's answers and share compliant in one section "
              + "(its latest assessment of the version).", columns: [
                  column("code_version", "Code version: \(versions)."),
                  column("landlord_id", "The landlord (`landlords.id`; the row of `landlord_scores` it belongs to)."),
                  column("section", "Section number."),
              ] + countColumns("the landlord's responses") + rateColumns),
        Table(name: "common_noncompliance", description: "A provision that landlords do not fully comply with (no or partial), "
              + "most common first: each landlord's latest assessment per version; provisions with no such landlord are "
              + "left out. `Comparison.commonNonCompliance`, no minimum of landlords; two rankings, by `basis`.", columns: [
                  column("basis", "stated: landlords answering no or partial; adjusted: also a yes whose own text admits a gap "
                         + "(a hedged_yes signal). `chc gaps` shows adjusted, `chc gaps --stated` stated."),
                  column("code_version", "Code version: \(versions)."),
                  column("provision", "Provision number as text, e.g. 6.10."),
                  column("provision_key", "Zero-padded sortable form of `provision`, e.g. 06.10."),
                  column("section", "Section number of the provision."),
                  column("rank", "1-based position within the Code version: by `share`, then `not_fully_compliant`, "
                         + "descending, then provision order. Filter on `answering_landlords` for a minimum."),
                  column("not_fully_compliant", "Landlords answering no or partial.", unit: "landlords"),
                  column("answering_landlords", "Landlords with an answered (yes, partial or no) response.", unit: "landlords"),
                  column("share", "not_fully_compliant / answering_landlords.", unit: fraction),
                  column("share_low", "Lower bound of the 95% Wilson interval of `share` (n = answering_landlords).",
                         unit: fraction),
                  column("share_high", "Upper bound of the 95% Wilson interval of `share` (n = answering_landlords).",
                         unit: fraction),
                  lowN,
                  column("landlords_not_compliant", "Names of the landlords counted in `not_fully_compliant`, sorted, joined "
                         + "with '; ' (one row each in `common_noncompliance_landlords`)."),
              ]),
        Table(name: "common_noncompliance_landlords", description: "One landlord counted as not fully compliant with a "
              + "provision of `common_noncompliance`.", columns: [
                  column("basis", "The ranking the row belongs to (`common_noncompliance.basis`): stated or adjusted."),
                  column("code_version", "Code version: \(versions)."),
                  column("provision", "Provision number as text (`common_noncompliance.provision`)."),
                  column("landlord_id", "The landlord (`landlords.id`)."),
                  column("landlord_name", "The landlord's name."),
                  column("status", "Its answer: no or partial (or yes, when a hedged yes is counted)."),
                  column("hedged", "1 when a yes answer admits a gap, else 0.", unit: "boolean"),
                  column("document_id", "The assessment the answer comes from (`documents.id`)."),
              ]),
    ]
}

extension String {
    /// The string with its first character uppercased.
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
