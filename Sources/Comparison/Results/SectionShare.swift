/// One landlord's answers in one section: counts and shares compliant.
///
/// Encoded flat: `section`, the ``StatusCounts`` keys, the ``Rates`` keys.
///
/// ```swift
/// let share = score.sections.first { $0.section == 6 }
/// share?.rates.strict // the landlord's yes / answered in section 6
/// ```
public struct SectionShare: Sendable, Hashable {
    /// The section number.
    public let section: Int
    /// The landlord's answers in the section, by status.
    public let counts: StatusCounts
    /// Strict, lenient and adjusted shares with intervals (n = `counts.answered`).
    public let rates: Rates

    /// Creates a section share; `rates` are derived from the counts.
    ///
    /// ```swift
    /// SectionShare(section: 6, counts: StatusCounts(yes: 8, partial: 2))
    /// ```
    ///
    /// - Parameters:
    ///   - section: The section.
    ///   - counts: The landlord's answers in it.
    public init(section: Int, counts: StatusCounts) {
        self.section = section
        self.counts = counts
        self.rates = Rates(counts)
    }
}

extension SectionShare: Codable {
    enum CodingKeys: String, CodingKey { case section }

    /// Decodes a section share from its flat keys.
    ///
    /// ```swift
    /// try JSONDecoder().decode(SectionShare.self, from: data)
    /// ```
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a key is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(section: try c.decode(Int.self, forKey: .section), counts: try StatusCounts(from: decoder))
    }

    /// Encodes the share as one flat object.
    ///
    /// ```swift
    /// try JSONEncoder().encode(share)
    /// ```
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        try counts.encode(to: encoder)
        try rates.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(section, forKey: .section)
    }
}
