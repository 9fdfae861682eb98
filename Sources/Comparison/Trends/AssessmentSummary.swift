import Assessment

/// One of a landlord's assessments in its trend: overall and per-section shares, stated and adjusted.
///
/// For the landlord's latest assessment on a Code version (`counted`), the counts are those of its
/// ``LandlordScore`` (`chc benchmark`); older ones are in the dataset's `excluded_documents`.
///
/// ```swift
/// for a in trend.assessments {
///     print(a.period ?? "no period", a.codeVersion.rawValue, a.rates.strict ?? .nan, a.rates.adjusted ?? .nan)
/// }
/// ```
public struct AssessmentSummary: Sendable, Hashable, Codable {
    /// The document.
    public let documentID: String
    /// Its period as printed, or nil.
    public let period: String?
    /// The Code version it answers.
    public let codeVersion: CodeVersion
    /// True for the landlord's latest assessment on this version: the one in the sector figures.
    public let counted: Bool
    /// The file its first answer was read from.
    public let sourcePath: String
    /// Its answers by status.
    public let counts: StatusCounts
    /// Shares compliant (strict = stated, adjusted = hedged yes counted as partial), with intervals.
    public let rates: Rates
    /// Shares per section, ascending.
    public let sections: [SectionShare]

    /// Creates a summary; `rates` are derived from the counts.
    ///
    /// ```swift
    /// AssessmentSummary(documentID: "d1", period: "2024-25", codeVersion: .v2024, counted: true,
    ///                   sourcePath: "a.txt", counts: StatusCounts(yes: 60, no: 2), sections: [])
    /// ```
    ///
    /// - Parameters:
    ///   - documentID: The document.
    ///   - period: Its period.
    ///   - codeVersion: Its Code version.
    ///   - counted: Whether it is the landlord's latest on the version.
    ///   - sourcePath: Its first file.
    ///   - counts: Answers by status.
    ///   - sections: Per-section shares.
    public init(documentID: String, period: String?, codeVersion: CodeVersion, counted: Bool, sourcePath: String,
                counts: StatusCounts, sections: [SectionShare]) {
        self.documentID = documentID
        self.period = period
        self.codeVersion = codeVersion
        self.counted = counted
        self.sourcePath = sourcePath
        self.counts = counts
        self.rates = Rates(counts)
        self.sections = sections
    }

    enum CodingKeys: String, CodingKey {
        case documentID = "document_id", period, codeVersion = "code_version", counted, sourcePath = "source_path"
        case counts, rates, sections
    }

    /// Decodes a summary (rates are recomputed from the counts).
    ///
    /// ```swift
    /// try JSONDecoder().decode(AssessmentSummary.self, from: data)
    /// ```
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a key is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(documentID: try c.decode(String.self, forKey: .documentID),
                  period: try c.decodeIfPresent(String.self, forKey: .period),
                  codeVersion: try c.decode(CodeVersion.self, forKey: .codeVersion),
                  counted: try c.decode(Bool.self, forKey: .counted),
                  sourcePath: try c.decode(String.self, forKey: .sourcePath),
                  counts: try c.decode(StatusCounts.self, forKey: .counts),
                  sections: try c.decode([SectionShare].self, forKey: .sections))
    }

    /// Encodes the summary (null for a missing period).
    ///
    /// ```swift
    /// try JSONEncoder().encode(summary)
    /// ```
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(documentID, forKey: .documentID)
        if let period { try c.encode(period, forKey: .period) } else { try c.encodeNil(forKey: .period) }
        try c.encode(codeVersion, forKey: .codeVersion)
        try c.encode(counted, forKey: .counted)
        try c.encode(sourcePath, forKey: .sourcePath)
        try c.encode(counts, forKey: .counts)
        try c.encode(rates, forKey: .rates)
        try c.encode(sections, forKey: .sections)
    }
}
