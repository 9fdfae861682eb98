import Assessment
import Comparison
import Dataset

/// The figures a build stores, computed once from the latest assessments by the same `Comparison` functions whose
/// results the command line prints, so a number in the dataset and the number printed come from one function.
///
/// ```swift
/// let figures = BuildFigures.compute(Comparison.latestSelection(rows), catalogue: try .bundled())
/// figures.provisionRates.count
/// ```
public enum BuildFigures {
    /// Every stored figure over `selection` (each landlord's latest assessment per Code version; the documents left
    /// out become `excluded`).
    ///
    /// - Parameters:
    ///   - selection: The latest assessments (`Comparison.latestSelection(_:)`).
    ///   - catalogue: The crosswalk used to pool 2022 answers onto 2024 provisions.
    /// - Returns: Rates per provision (also pooled) and section, landlord scores, and common non-compliance on the
    ///   stated and adjusted bases.
    public static func compute(_ selection: LatestSelection, catalogue: Catalogue) -> StoredFigures {
        let rows = selection.rows
        let pooled = Comparison.pool(rows, crosswalk: catalogue.crosswalk)
        return StoredFigures(
            excluded: selection.excluded,
            provisionRates: Comparison.provisionRates(rows),
            pooledProvisionRates: Comparison.provisionRates(pooled.rows, version: .v2024),
            pooling: (pooled.mapped, pooled.unmapped, pooled.superseded, pooled.duplicates),
            sectionRates: Comparison.sectionRates(rows),
            landlordScores: Comparison.landlordScores(rows),
            nonComplianceStated: Comparison.commonNonCompliance(rows),
            nonComplianceAdjusted: Comparison.commonNonCompliance(rows, countHedgedYes: true))
    }
}
