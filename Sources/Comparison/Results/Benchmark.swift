import Assessment

/// One landlord measured against the sector on one Code version.
///
/// Sector figures include every landlord's latest assessment on the version, this landlord
/// included: they are the published sector figures, not "everyone else".
///
/// ```swift
/// if let b = Comparison.benchmark(landlordID: "acme", version: .v2024, rows: rows) {
///     print(b.score.rank ?? 0, "of", b.score.rankedLandlords)
///     b.sections   // section shares beside sector section rates
///     b.minority   // provisions where it answers against the majority
/// }
/// ```
public struct Benchmark: Sendable, Hashable, Codable {
    /// The landlord's score, rank and percentile on the version.
    public let score: LandlordScore
    /// The sector's answers on the version by status (all sections pooled).
    public let sectorCounts: StatusCounts
    /// The sector's overall rates (all answered responses on the version pooled).
    public let sectorRates: Rates
    /// Every section the sector has answers in, ascending.
    public let sections: [SectionBenchmark]
    /// Provisions where the landlord's answer is in the minority, in provision order.
    public let minority: [MinorityAnswer]

    /// Creates a benchmark; `sectorRates` is derived from `sectorCounts`.
    ///
    /// ```swift
    /// Benchmark(score: score, sectorCounts: counts, sections: [], minority: [])
    /// ```
    ///
    /// - Parameters:
    ///   - score: The landlord's score.
    ///   - sectorCounts: The sector's answers by status.
    ///   - sections: Section comparisons.
    ///   - minority: Minority answers.
    public init(score: LandlordScore, sectorCounts: StatusCounts, sections: [SectionBenchmark], minority: [MinorityAnswer]) {
        self.score = score
        self.sectorCounts = sectorCounts
        self.sectorRates = Rates(sectorCounts)
        self.sections = sections
        self.minority = minority
    }

    enum CodingKeys: String, CodingKey {
        case score, sectorCounts = "sector_counts", sectorRates = "sector_rates", sections, minority
    }

    /// Decodes a benchmark (`sector_rates` is recomputed from `sector_counts`).
    ///
    /// ```swift
    /// try JSONDecoder().decode(Benchmark.self, from: data)
    /// ```
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a key is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(score: try c.decode(LandlordScore.self, forKey: .score),
                  sectorCounts: try c.decode(StatusCounts.self, forKey: .sectorCounts),
                  sections: try c.decode([SectionBenchmark].self, forKey: .sections),
                  minority: try c.decode([MinorityAnswer].self, forKey: .minority))
    }

    /// Encodes the benchmark.
    ///
    /// ```swift
    /// try JSONEncoder().encode(benchmark)
    /// ```
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(score, forKey: .score)
        try c.encode(sectorCounts, forKey: .sectorCounts)
        try c.encode(sectorRates, forKey: .sectorRates)
        try c.encode(sections, forKey: .sections)
        try c.encode(minority, forKey: .minority)
    }
}
