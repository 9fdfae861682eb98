import Assessment

/// Compliance with one section of one Code version, pooling every answered response in the section.
///
/// The denominator is the number of answered responses (yes, partial or no) to all provisions of
/// the section across landlords, not the number of landlords; `low_n` still counts landlords.
/// Encoded flat: `code_version`, `section`, the ``StatusCounts`` keys, `provisions`, `landlords`,
/// `answering_landlords`, the ``Rates`` keys, `low_n`.
///
/// ```swift
/// let s = Comparison.sectionRates(rows, version: .v2024).first
/// s?.counts.answered  // denominator: answered responses in the section
/// s?.rates.strict
/// ```
public struct SectionRate: Sendable, Hashable {
    /// The Code version.
    public let codeVersion: CodeVersion
    /// The section number.
    public let section: Int
    /// Answers by status, over every provision of the section.
    public let counts: StatusCounts
    /// Distinct provisions with at least one row.
    public let provisions: Int
    /// Distinct landlords contributing any row.
    public let landlords: Int
    /// Distinct landlords contributing at least one answered response.
    public let answeringLandlords: Int
    /// Strict, lenient and adjusted rates with intervals (n = `counts.answered`).
    public let rates: Rates
    /// True when `answeringLandlords < Comparison.lowNThreshold` (5).
    public let lowN: Bool

    /// Creates a section rate; `rates` and `lowN` are derived.
    ///
    /// ```swift
    /// SectionRate(codeVersion: .v2024, section: 6, counts: StatusCounts(yes: 40, partial: 5, no: 5),
    ///             provisions: 10, landlords: 5, answeringLandlords: 5)
    /// ```
    ///
    /// - Parameters:
    ///   - codeVersion: The Code version.
    ///   - section: The section.
    ///   - counts: Answers by status.
    ///   - provisions: Provisions with a row.
    ///   - landlords: Landlords with any row.
    ///   - answeringLandlords: Landlords with an answered response.
    public init(codeVersion: CodeVersion, section: Int, counts: StatusCounts, provisions: Int,
                landlords: Int, answeringLandlords: Int) {
        self.codeVersion = codeVersion
        self.section = section
        self.counts = counts
        self.provisions = provisions
        self.landlords = landlords
        self.answeringLandlords = answeringLandlords
        self.rates = Rates(counts)
        self.lowN = answeringLandlords < Comparison.lowNThreshold
    }
}

extension SectionRate: Codable {
    enum CodingKeys: String, CodingKey {
        case codeVersion = "code_version", section, provisions, landlords
        case answeringLandlords = "answering_landlords", lowN = "low_n"
    }

    /// Decodes a section rate from its flat keys (rates are recomputed from the counts).
    ///
    /// ```swift
    /// try JSONDecoder().decode(SectionRate.self, from: data)
    /// ```
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a key is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(codeVersion: try c.decode(CodeVersion.self, forKey: .codeVersion),
                  section: try c.decode(Int.self, forKey: .section),
                  counts: try StatusCounts(from: decoder),
                  provisions: try c.decode(Int.self, forKey: .provisions),
                  landlords: try c.decode(Int.self, forKey: .landlords),
                  answeringLandlords: try c.decode(Int.self, forKey: .answeringLandlords))
    }

    /// Encodes the rate as one flat object.
    ///
    /// ```swift
    /// try JSONEncoder().encode(sectionRate)
    /// ```
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        try counts.encode(to: encoder)
        try rates.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(codeVersion, forKey: .codeVersion)
        try c.encode(section, forKey: .section)
        try c.encode(provisions, forKey: .provisions)
        try c.encode(landlords, forKey: .landlords)
        try c.encode(answeringLandlords, forKey: .answeringLandlords)
        try c.encode(lowN, forKey: .lowN)
    }
}
