import Assessment

/// Benchmarking statistics for landlords' self-assessments against the Housing Ombudsman's
/// Complaint Handling Code: pure functions over ``AnswerRow`` values, with no I/O and nothing printed.
///
/// ```swift
/// let rates = Comparison.provisionRates(rows, version: .v2024)
/// let worst = Comparison.worstFirst(rates).prefix(10)
/// let scores = Comparison.landlordScores(rows, version: .v2024)
/// ```
///
/// ## Method
///
/// - **Counts.** Every group (provision, section, landlord) reports how many answers were `yes`,
///   `partial`, `no`, `na` and `blank`, and how many `yes` answers were *hedged* (a yes whose
///   text admits a gap). `answered = yes + partial + no`; `na` and `blank` are always reported
///   but never enter a denominator.
/// - **Rates.** `strict = yes / answered`; `lenient = (yes + 0.5 × partial) / answered`;
///   `adjusted = (yes − hedged yes) / answered`, the strict rate after counting each hedged yes
///   as a partial. Every rate is nil (not zero) when `answered == 0`.
/// - **Intervals.** Each rate carries a 95% Wilson score interval with z = 1.959963984540054
///   and n = answered; for the lenient rate the same formula is applied with p̂ = lenient.
///   Bounds are clamped to [0, 1]; the interval is nil when n = 0.
/// - **Low n.** A provision or section figure is flagged `low_n` when fewer than 5 landlords
///   gave an answered response to it; a landlord's own score is flagged when it has fewer than
///   5 answered responses. Low-n figures are still reported.
/// - **One assessment per landlord per Code version.** Every sector figure first keeps, for each
///   landlord and version, only the latest document (``latestPerLandlord(_:)``): the greatest
///   period by first four-digit year, then by the full period text; a document without a period
///   is the oldest; ties go to the greater document id.
/// - **Versions are never silently pooled.** Results are grouped by Code version. Answers to the
///   2022 Code reach 2024 figures only through ``pool(_:crosswalk:)``, which maps a 2022 answer
///   only where the crosswalk says the provisions are the `same`, and never uses a landlord's 2022
///   answers when it has a native 2024 assessment.
/// - **Provision and section rates.** One row per (version, provision) and per (version,
///   section). `landlords` counts landlords with any row, `answering_landlords` those with an
///   answered response. A section rate pools every answered response to the section's provisions:
///   its denominator is answered responses, not landlords. "Worst first" orders provisions by
///   strict rate ascending (no rate last), then by provision number.
/// - **Pooling counts.** Each 2022 answer of a landlord's latest 2022 document is exactly one of:
///   `mapped` (a `same` entry exists), `unmapped` (none does), `superseded` (the landlord has a
///   native 2024 assessment) or `duplicates` (another of its 2022 answers already mapped to that
///   2024 provision; the lower 2022 number is kept).
/// - **Common non-compliance.** Per provision, landlords *not fully compliant* are those answering
///   no or partial (the adjusted variant adds a hedged yes); share = that number / landlords
///   answering. Ranked by share, then number, descending, then provision number; provisions with
///   no such landlord, or fewer answering landlords than `minLandlords`, are left out.
/// - **Benchmark.** A landlord's section shares are set beside the sector section rates, which
///   include the landlord itself (they are the sector figures). It is *in the minority* on a
///   provision when more than half of the landlords answering it (itself included) are on the
///   other side of "yes" against "partial or no": *behind* when it says partial or no and most
///   say yes, *ahead* when it says yes and most say partial or no.
/// - **Ranking.** Landlords on one version are ranked by strict share, highest first, with
///   competition ranking ("1224"). Percentile = 100 × (others with a strictly lower share +
///   ½ × others with an equal share) / (number of other ranked landlords). Landlords with no
///   answered response have no rank and no percentile; a landlord ranked alone has rank 1 and
///   no percentile.
public enum Comparison {
    /// The normal quantile used for every interval: z for a two-sided 95% interval.
    ///
    /// ```swift
    /// WilsonInterval(proportion: 0.5, n: 10, z: Comparison.z95) // same as the default
    /// ```
    public static let z95: Double = 1.959963984540054

    /// Figures resting on fewer answering landlords (or, for a landlord's score, fewer answered
    /// responses) than this are flagged `low_n`.
    ///
    /// ```swift
    /// rate.answeringLandlords < Comparison.lowNThreshold // == rate.lowN
    /// ```
    public static let lowNThreshold = 5
}
