/// One landlord's share compliant in a section beside the sector's figure for that section.
///
/// ```swift
/// for s in benchmark.sections {
///     print(s.section, s.landlord.rates.strict ?? .nan, s.sector.rates.strict ?? .nan, s.difference ?? .nan)
/// }
/// ```
public struct SectionBenchmark: Sendable, Hashable, Codable {
    /// The section number.
    public let section: Int
    /// The landlord's answers and shares in the section (zero counts and nil rates if it has none).
    public let landlord: SectionShare
    /// The sector's section rate: every landlord's latest assessment, this landlord included.
    public let sector: SectionRate
    /// Landlord strict share minus sector strict rate; nil when either is nil.
    public let difference: Double?

    /// Creates a section comparison; `difference` is derived.
    ///
    /// ```swift
    /// SectionBenchmark(section: 6, landlord: share, sector: sectorRate)
    /// ```
    ///
    /// - Parameters:
    ///   - section: The section.
    ///   - landlord: The landlord's share.
    ///   - sector: The sector's rate.
    public init(section: Int, landlord: SectionShare, sector: SectionRate) {
        self.section = section
        self.landlord = landlord
        self.sector = sector
        if let own = landlord.rates.strict, let all = sector.rates.strict {
            self.difference = own - all
        } else {
            self.difference = nil
        }
    }

    enum CodingKeys: String, CodingKey { case section, landlord, sector, difference }

    /// Decodes a section comparison (`difference` is recomputed).
    ///
    /// ```swift
    /// try JSONDecoder().decode(SectionBenchmark.self, from: data)
    /// ```
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a key is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(section: try c.decode(Int.self, forKey: .section),
                  landlord: try c.decode(SectionShare.self, forKey: .landlord),
                  sector: try c.decode(SectionRate.self, forKey: .sector))
    }

    /// Encodes the comparison, writing null for a nil difference.
    ///
    /// ```swift
    /// try JSONEncoder().encode(sectionBenchmark)
    /// ```
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(section, forKey: .section)
        try c.encode(landlord, forKey: .landlord)
        try c.encode(sector, forKey: .sector)
        if let difference { try c.encode(difference, forKey: .difference) } else { try c.encodeNil(forKey: .difference) }
    }
}
