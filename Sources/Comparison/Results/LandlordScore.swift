import Assessment

/// One landlord's score on one Code version (its latest assessment), with rank and percentile.
///
/// Encoded flat: `landlord_id`, `landlord_name`, `landlord_kind`, `code_version`, `document_id`,
/// `period`, the ``StatusCounts`` keys, the ``Rates`` keys, `low_n`, `sections`, `rank`,
/// `percentile`, `ranked_landlords`.
///
/// ```swift
/// let score = Comparison.landlordScores(rows, version: .v2024).first
/// score?.rates.strict  // share compliant: yes / answered
/// score?.rank          // 1 = highest strict share; ties share the best rank ("1224")
/// score?.percentile    // 0–100, mid-rank
/// ```
public struct LandlordScore: Sendable, Hashable {
    /// The landlord's id.
    public let landlordID: String
    /// The landlord's name.
    public let landlordName: String
    /// The landlord's kind.
    public let landlordKind: String
    /// The Code version.
    public let codeVersion: CodeVersion
    /// The assessment scored (the landlord's latest for this version).
    public let documentID: String
    /// That assessment's period, or nil.
    public let period: String?
    /// The landlord's answers by status.
    public let counts: StatusCounts
    /// Strict, lenient and adjusted shares compliant, with intervals (n = `counts.answered`).
    public let rates: Rates
    /// True when `counts.answered < Comparison.lowNThreshold` (5).
    public let lowN: Bool
    /// Shares per section, ascending by section.
    public let sections: [SectionShare]
    /// Competition rank by strict share, highest first ("1224"); nil when nothing was answered.
    public let rank: Int?
    /// 100 × (others lower + ½ × others tied) / others ranked; nil when nothing was answered or no other landlord is ranked.
    public let percentile: Double?
    /// Landlords ranked on this version (those with at least one answered response).
    public let rankedLandlords: Int

    /// Creates a score; `rates` and `lowN` are derived from the counts.
    ///
    /// ```swift
    /// LandlordScore(landlordID: "a", landlordName: "A", landlordKind: "la", codeVersion: .v2024,
    ///               documentID: "d", period: "2024-25", counts: StatusCounts(yes: 5), sections: [],
    ///               rank: 1, percentile: nil, rankedLandlords: 1)
    /// ```
    ///
    /// - Parameters:
    ///   - landlordID: The landlord's id.
    ///   - landlordName: Its name.
    ///   - landlordKind: Its kind.
    ///   - codeVersion: The Code version.
    ///   - documentID: The assessment scored.
    ///   - period: Its period.
    ///   - counts: Answers by status.
    ///   - sections: Per-section shares.
    ///   - rank: Competition rank, or nil.
    ///   - percentile: Mid-rank percentile, or nil.
    ///   - rankedLandlords: Landlords ranked on the version.
    public init(landlordID: String, landlordName: String, landlordKind: String, codeVersion: CodeVersion,
                documentID: String, period: String?, counts: StatusCounts, sections: [SectionShare],
                rank: Int?, percentile: Double?, rankedLandlords: Int) {
        self.landlordID = landlordID
        self.landlordName = landlordName
        self.landlordKind = landlordKind
        self.codeVersion = codeVersion
        self.documentID = documentID
        self.period = period
        self.counts = counts
        self.rates = Rates(counts)
        self.lowN = counts.answered < Comparison.lowNThreshold
        self.sections = sections
        self.rank = rank
        self.percentile = percentile
        self.rankedLandlords = rankedLandlords
    }
}

extension LandlordScore: Codable {
    enum CodingKeys: String, CodingKey {
        case landlordID = "landlord_id", landlordName = "landlord_name", landlordKind = "landlord_kind"
        case codeVersion = "code_version", documentID = "document_id", period, lowN = "low_n", sections
        case rank, percentile, rankedLandlords = "ranked_landlords"
    }

    /// Decodes a score from its flat keys (rates are recomputed from the counts).
    ///
    /// ```swift
    /// try JSONDecoder().decode(LandlordScore.self, from: data)
    /// ```
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a key is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(landlordID: try c.decode(String.self, forKey: .landlordID),
                  landlordName: try c.decode(String.self, forKey: .landlordName),
                  landlordKind: try c.decode(String.self, forKey: .landlordKind),
                  codeVersion: try c.decode(CodeVersion.self, forKey: .codeVersion),
                  documentID: try c.decode(String.self, forKey: .documentID),
                  period: try c.decodeIfPresent(String.self, forKey: .period),
                  counts: try StatusCounts(from: decoder),
                  sections: try c.decode([SectionShare].self, forKey: .sections),
                  rank: try c.decodeIfPresent(Int.self, forKey: .rank),
                  percentile: try c.decodeIfPresent(Double.self, forKey: .percentile),
                  rankedLandlords: try c.decode(Int.self, forKey: .rankedLandlords))
    }

    /// Encodes the score as one flat object (null for a missing period, rank or percentile).
    ///
    /// ```swift
    /// try JSONEncoder().encode(score)
    /// ```
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        try counts.encode(to: encoder)
        try rates.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(landlordID, forKey: .landlordID)
        try c.encode(landlordName, forKey: .landlordName)
        try c.encode(landlordKind, forKey: .landlordKind)
        try c.encode(codeVersion, forKey: .codeVersion)
        try c.encode(documentID, forKey: .documentID)
        if let period { try c.encode(period, forKey: .period) } else { try c.encodeNil(forKey: .period) }
        try c.encode(lowN, forKey: .lowN)
        try c.encode(sections, forKey: .sections)
        if let rank { try c.encode(rank, forKey: .rank) } else { try c.encodeNil(forKey: .rank) }
        if let percentile { try c.encode(percentile, forKey: .percentile) } else { try c.encodeNil(forKey: .percentile) }
        try c.encode(rankedLandlords, forKey: .rankedLandlords)
    }
}
