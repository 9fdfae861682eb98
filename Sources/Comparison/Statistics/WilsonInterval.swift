/// A 95% Wilson score interval for a proportion.
///
/// For an observed proportion p̂ over n trials and z = 1.959963984540054:
/// centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z / (1 + z²/n) × √(p̂(1 − p̂)/n + z²/4n²),
/// interval = centre ± half-width, clamped to [0, 1] (exactly 0 when p̂ = 0 and exactly 1 when p̂ = 1).
///
/// ```swift
/// WilsonInterval(successes: 5, n: 10)   // low ≈ 0.2366, high ≈ 0.7634
/// WilsonInterval(successes: 10, n: 10)  // low ≈ 0.7225, high == 1
/// WilsonInterval(successes: 0, n: 0)    // nil
/// ```
public struct WilsonInterval: Sendable, Hashable, Codable {
    /// Lower bound, in [0, 1].
    public let low: Double
    /// Upper bound, in [0, 1].
    public let high: Double

    /// Creates an interval from its bounds as given.
    ///
    /// ```swift
    /// WilsonInterval(low: 0.2, high: 0.8)
    /// ```
    ///
    /// - Parameters:
    ///   - low: Lower bound.
    ///   - high: Upper bound.
    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// The Wilson interval for proportion `proportion` over `n` trials; nil when `n <= 0`.
    ///
    /// Used directly for the lenient rate, whose p̂ = (yes + 0.5 × partial) / answered need not be
    /// a whole number of successes over n. A proportion outside [0, 1] is clamped first.
    ///
    /// ```swift
    /// WilsonInterval(proportion: 0.75, n: 4)
    /// ```
    ///
    /// - Parameters:
    ///   - proportion: The observed proportion p̂.
    ///   - n: Number of trials (the answered count).
    ///   - z: Normal quantile; defaults to ``Comparison/z95``.
    public init?(proportion: Double, n: Int, z: Double = Comparison.z95) {
        guard n > 0, proportion.isFinite else { return nil }
        let p = min(max(proportion, 0), 1)
        let nd = Double(n)
        let z2 = z * z
        let denominator = 1 + z2 / nd
        let centre = (p + z2 / (2 * nd)) / denominator
        let half = z / denominator * (p * (1 - p) / nd + z2 / (4 * nd * nd)).squareRoot()
        self.low = p <= 0 ? 0 : min(max(centre - half, 0), 1)
        self.high = p >= 1 ? 1 : min(max(centre + half, 0), 1)
    }

    /// The Wilson interval for `successes` out of `n`; nil when `n <= 0`.
    ///
    /// ```swift
    /// WilsonInterval(successes: 0, n: 1) // low == 0, high ≈ 0.7935
    /// ```
    ///
    /// - Parameters:
    ///   - successes: Number of successes (may be fractional, e.g. half-counted partials).
    ///   - n: Number of trials.
    ///   - z: Normal quantile; defaults to ``Comparison/z95``.
    public init?(successes: Double, n: Int, z: Double = Comparison.z95) {
        guard n > 0 else { return nil }
        self.init(proportion: successes / Double(n), n: n, z: z)
    }
}
