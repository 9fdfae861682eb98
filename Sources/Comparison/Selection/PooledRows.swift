import Assessment

/// 2024-Code rows built by ``Comparison/pool(_:crosswalk:)``, with an account of every 2022 answer considered.
///
/// Every 2022 answer of a kept (latest) 2022 document lands in exactly one of `mapped`,
/// `unmapped`, `superseded` or `duplicates`.
///
/// ```swift
/// let pooled = Comparison.pool(rows, crosswalk: catalogue.crosswalk)
/// pooled.mapped    // 2022 answers now counted against a 2024 provision
/// pooled.unmapped  // 2022 answers dropped: no `same` crosswalk entry
/// ```
public struct PooledRows: Sendable, Hashable, Codable {
    /// All rows on the 2024 Code: native 2024 rows and mapped 2022 rows, sorted like ``Comparison/latestPerLandlord(_:)``.
    public let rows: [AnswerRow]
    /// 2022 answers mapped onto a 2024 provision through a `same` crosswalk entry.
    public let mapped: Int
    /// 2022 answers dropped because their provision has no `same` crosswalk entry.
    public let unmapped: Int
    /// 2022 answers not used because their landlord has a native 2024 assessment.
    public let superseded: Int
    /// 2022 answers dropped because another 2022 answer of the same landlord already mapped to the
    /// same 2024 provision (the lower 2022 provision number is kept).
    public let duplicates: Int
    /// The distinct 2022 provisions whose answers were dropped for want of a `same` entry, ascending.
    public let unmappedProvisions: [ProvisionID]
    /// Documents (of either version) left out because the landlord has a later one of the same version.
    public let excludedDocuments: [ExcludedDocument]

    /// Creates a pooling result from its parts.
    ///
    /// ```swift
    /// PooledRows(rows: [], mapped: 0, unmapped: 0, superseded: 0, duplicates: 0,
    ///            unmappedProvisions: [], excludedDocuments: [])
    /// ```
    ///
    /// - Parameters:
    ///   - rows: Rows on the 2024 Code.
    ///   - mapped: 2022 answers mapped.
    ///   - unmapped: 2022 answers without a `same` entry.
    ///   - superseded: 2022 answers of landlords with a native 2024 assessment.
    ///   - duplicates: 2022 answers whose target was already taken.
    ///   - unmappedProvisions: Distinct unmapped 2022 provisions.
    ///   - excludedDocuments: Documents replaced by a later one.
    public init(rows: [AnswerRow], mapped: Int, unmapped: Int, superseded: Int, duplicates: Int,
                unmappedProvisions: [ProvisionID], excludedDocuments: [ExcludedDocument]) {
        self.rows = rows
        self.mapped = mapped
        self.unmapped = unmapped
        self.superseded = superseded
        self.duplicates = duplicates
        self.unmappedProvisions = unmappedProvisions
        self.excludedDocuments = excludedDocuments
    }

    enum CodingKeys: String, CodingKey {
        case rows, mapped, unmapped, superseded, duplicates
        case unmappedProvisions = "unmapped_provisions", excludedDocuments = "excluded_documents"
    }
}
