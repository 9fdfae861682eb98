/// How a trend figure treats the two Code versions.
///
/// ```swift
/// trend.sectionRates.filter { $0.basis == .pooled } // 2024 sections, 2022 answers mapped through `same` pairs
/// ```
public enum TrendBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// Each Code version on its own: 2022 answers on 2022 provisions, 2024 answers on 2024 provisions.
    case version
    /// On the 2024 Code, with 2022 answers mapped through crosswalk entries whose relation is `same`
    /// (``Comparison/pool(_:crosswalk:)`` within the period).
    case pooled
}
