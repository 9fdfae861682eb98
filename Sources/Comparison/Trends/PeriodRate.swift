/// One figure of a sector trend: a provision or section rate computed over one period's assessments.
///
/// `Rate` is ``ProvisionRate`` or ``SectionRate``; the rate is exactly what
/// ``Comparison/provisionRates(_:version:)`` or ``Comparison/sectionRates(_:version:)`` gives over the period's
/// assessments (one per landlord and version). Encoded flat: `period_year`, `basis`, then the rate's own keys.
///
/// ```swift
/// for p in trend.sectionRates where p.basis == .version && p.rate.section == 6 {
///     print(p.year, p.rate.rates.strict ?? .nan, p.rate.counts.answered)
/// }
/// ```
public struct PeriodRate<Rate: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// The period's year.
    public let year: Int
    /// Per Code version, or pooled onto the 2024 Code through `same` pairs.
    public let basis: TrendBasis
    /// The figure.
    public let rate: Rate

    /// Creates a period figure.
    ///
    /// ```swift
    /// PeriodRate(year: 2024, basis: .version, rate: sectionRate)
    /// ```
    ///
    /// - Parameters:
    ///   - year: The period's year.
    ///   - basis: How versions are treated.
    ///   - rate: The figure.
    public init(year: Int, basis: TrendBasis, rate: Rate) {
        self.year = year
        self.basis = basis
        self.rate = rate
    }

    enum CodingKeys: String, CodingKey { case year = "period_year", basis }

    /// Decodes the flat form.
    ///
    /// ```swift
    /// try JSONDecoder().decode(PeriodRate<SectionRate>.self, from: data)
    /// ```
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a key is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(year: try c.decode(Int.self, forKey: .year), basis: try c.decode(TrendBasis.self, forKey: .basis),
                  rate: try Rate(from: decoder))
    }

    /// Encodes the flat form.
    ///
    /// ```swift
    /// try JSONEncoder().encode(periodRate) // {"adjusted":…,"basis":"version","period_year":2024,…}
    /// ```
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        try rate.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(year, forKey: .year)
        try c.encode(basis, forKey: .basis)
    }
}
