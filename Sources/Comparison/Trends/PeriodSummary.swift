import Assessment

/// The assessments a sector trend counts in one period and Code version.
///
/// A period is the first four-digit year of a document's period ("2023-24" and "2023/24" are both 2023);
/// within it each landlord counts once per Code version, by its latest document of that year.
///
/// ```swift
/// let p = trend.periods.first
/// p?.label      // "2023-24": the period text most documents of the year print
/// p?.documents  // assessments counted on this Code version in that year
/// ```
public struct PeriodSummary: Sendable, Hashable, Codable {
    /// The period's year: the first four-digit year of the documents' period text.
    public let year: Int
    /// The Code version.
    public let codeVersion: CodeVersion
    /// The period text most of the year's counted documents print (ties: the first in text order).
    public let label: String
    /// Every distinct period text of the year's counted documents (any version), sorted.
    public let periodTexts: [String]
    /// Assessments counted (one per landlord on this version).
    public let documents: Int
    /// Landlords counted (equal to `documents`: one assessment each).
    public let landlords: Int

    /// Creates a period summary.
    ///
    /// ```swift
    /// PeriodSummary(year: 2024, codeVersion: .v2024, label: "2024-25", periodTexts: ["2024-25"], documents: 3, landlords: 3)
    /// ```
    ///
    /// - Parameters:
    ///   - year: The period's year.
    ///   - codeVersion: The Code version.
    ///   - label: The most common period text.
    ///   - periodTexts: Distinct period texts, sorted.
    ///   - documents: Assessments counted.
    ///   - landlords: Landlords counted.
    public init(year: Int, codeVersion: CodeVersion, label: String, periodTexts: [String], documents: Int, landlords: Int) {
        self.year = year
        self.codeVersion = codeVersion
        self.label = label
        self.periodTexts = periodTexts
        self.documents = documents
        self.landlords = landlords
    }

    enum CodingKeys: String, CodingKey {
        case year = "period_year", codeVersion = "code_version", label = "period_label", periodTexts = "period_texts"
        case documents, landlords
    }
}

/// How the 2022 answers of one period were put on the 2024 Code for the pooled trend (see ``PooledRows``).
///
/// ```swift
/// trend.pooling.first?.mapped // 2022 answers counted against a 2024 provision in that period
/// ```
public struct PeriodPooling: Sendable, Hashable, Codable {
    /// The period's year.
    public let year: Int
    /// 2022 answers mapped onto a 2024 provision through a `same` crosswalk entry.
    public let mapped: Int
    /// 2022 answers dropped: their provision has no `same` entry.
    public let unmapped: Int
    /// 2022 answers not used: the landlord has a 2024 assessment in the same period.
    public let superseded: Int
    /// 2022 answers dropped: another answer of the landlord already mapped to that 2024 provision.
    public let duplicates: Int

    /// Creates a pooling account.
    ///
    /// ```swift
    /// PeriodPooling(year: 2023, mapped: 40, unmapped: 31, superseded: 0, duplicates: 0)
    /// ```
    ///
    /// - Parameters:
    ///   - year: The period's year.
    ///   - mapped: Answers mapped.
    ///   - unmapped: Answers without a `same` entry.
    ///   - superseded: Answers of landlords with a 2024 assessment in the period.
    ///   - duplicates: Answers whose target was taken.
    public init(year: Int, mapped: Int, unmapped: Int, superseded: Int, duplicates: Int) {
        self.year = year
        self.mapped = mapped
        self.unmapped = unmapped
        self.superseded = superseded
        self.duplicates = duplicates
    }

    enum CodingKeys: String, CodingKey { case year = "period_year", mapped, unmapped, superseded, duplicates }
}
