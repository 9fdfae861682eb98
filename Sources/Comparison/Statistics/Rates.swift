/// The strict, lenient and adjusted compliance rates of a set of counts, each with its Wilson interval.
///
/// - strict = yes / answered
/// - lenient = (yes + 0.5 × partial) / answered
/// - adjusted = (yes − hedged yes) / answered (a hedged yes counts as partial)
///
/// Every rate and interval is nil when `answered == 0`. Encoded flat under the keys `rate`,
/// `rate_low`, `rate_high`, `lenient`, `lenient_low`, `lenient_high`, `adjusted`, `adjusted_low`,
/// `adjusted_high` (null when nil).
///
/// ```swift
/// let r = Rates(StatusCounts(yes: 3, partial: 1, no: 1, hedgedYes: 1))
/// r.strict   // 0.6
/// r.lenient  // 0.7
/// r.adjusted // 0.4
/// ```
public struct Rates: Sendable, Hashable {
    /// yes / answered.
    public let strict: Double?
    /// Wilson interval of `strict`.
    public let strictInterval: WilsonInterval?
    /// (yes + 0.5 × partial) / answered.
    public let lenient: Double?
    /// Wilson interval of `lenient` (p̂ = lenient, n = answered).
    public let lenientInterval: WilsonInterval?
    /// (yes − hedged yes) / answered.
    public let adjusted: Double?
    /// Wilson interval of `adjusted`.
    public let adjustedInterval: WilsonInterval?

    /// Computes the three rates and their intervals from counts.
    ///
    /// ```swift
    /// Rates(StatusCounts(na: 2)).strict // nil: nothing answered
    /// ```
    ///
    /// - Parameter counts: The counts of the group.
    public init(_ counts: StatusCounts) {
        let n = counts.answered
        guard n > 0 else {
            self.init(strict: nil, strictInterval: nil, lenient: nil, lenientInterval: nil,
                      adjusted: nil, adjustedInterval: nil)
            return
        }
        let nd = Double(n)
        let strict = Double(counts.yes) / nd
        let lenient = (Double(counts.yes) + 0.5 * Double(counts.partial)) / nd
        let adjusted = Double(counts.yes - counts.hedgedYes) / nd
        self.init(strict: strict, strictInterval: WilsonInterval(proportion: strict, n: n),
                  lenient: lenient, lenientInterval: WilsonInterval(proportion: lenient, n: n),
                  adjusted: adjusted, adjustedInterval: WilsonInterval(proportion: adjusted, n: n))
    }

    private init(strict: Double?, strictInterval: WilsonInterval?, lenient: Double?, lenientInterval: WilsonInterval?,
                 adjusted: Double?, adjustedInterval: WilsonInterval?) {
        self.strict = strict
        self.strictInterval = strictInterval
        self.lenient = lenient
        self.lenientInterval = lenientInterval
        self.adjusted = adjusted
        self.adjustedInterval = adjustedInterval
    }
}

extension Rates: Codable {
    enum CodingKeys: String, CodingKey {
        case rate, rateLow = "rate_low", rateHigh = "rate_high"
        case lenient, lenientLow = "lenient_low", lenientHigh = "lenient_high"
        case adjusted, adjustedLow = "adjusted_low", adjustedHigh = "adjusted_high"
    }

    /// Decodes rates from their flat keys (a missing or null key reads as nil).
    ///
    /// ```swift
    /// try JSONDecoder().decode(Rates.self, from: data)
    /// ```
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a present value is not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func interval(_ low: CodingKeys, _ high: CodingKeys) throws -> WilsonInterval? {
            guard let l = try c.decodeIfPresent(Double.self, forKey: low),
                  let h = try c.decodeIfPresent(Double.self, forKey: high) else { return nil }
            return WilsonInterval(low: l, high: h)
        }
        self.init(strict: try c.decodeIfPresent(Double.self, forKey: .rate),
                  strictInterval: try interval(.rateLow, .rateHigh),
                  lenient: try c.decodeIfPresent(Double.self, forKey: .lenient),
                  lenientInterval: try interval(.lenientLow, .lenientHigh),
                  adjusted: try c.decodeIfPresent(Double.self, forKey: .adjusted),
                  adjustedInterval: try interval(.adjustedLow, .adjustedHigh))
    }

    /// Encodes every rate and bound under its flat key, writing null for nil.
    ///
    /// ```swift
    /// try JSONEncoder().encode(rates) // {"adjusted":0.4,"adjusted_high":...}
    /// ```
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        func put(_ value: Double?, _ key: CodingKeys) throws {
            if let value { try c.encode(value, forKey: key) } else { try c.encodeNil(forKey: key) }
        }
        try put(strict, .rate)
        try put(strictInterval?.low, .rateLow)
        try put(strictInterval?.high, .rateHigh)
        try put(lenient, .lenient)
        try put(lenientInterval?.low, .lenientLow)
        try put(lenientInterval?.high, .lenientHigh)
        try put(adjusted, .adjusted)
        try put(adjustedInterval?.low, .adjustedLow)
        try put(adjustedInterval?.high, .adjustedHigh)
    }
}
