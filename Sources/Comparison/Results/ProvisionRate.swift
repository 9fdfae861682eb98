import Assessment

/// Compliance with one provision of one Code version across landlords (one assessment each).
///
/// Encoded flat: `code_version`, `provision`, `section`, the ``StatusCounts`` keys, `landlords`,
/// `answering_landlords`, the ``Rates`` keys (`rate`, `rate_low`, ...), `low_n`.
///
/// ```swift
/// let r = Comparison.provisionRates(rows, version: .v2024).first
/// r?.rates.strict          // yes / answered
/// r?.rates.strictInterval  // 95% Wilson interval
/// r?.lowN                  // fewer than 5 landlords answered
/// ```
public struct ProvisionRate: Sendable, Hashable {
    /// The Code version.
    public let codeVersion: CodeVersion
    /// The provision, numbered in `codeVersion`.
    public let provision: ProvisionID
    /// The provision's section.
    public let section: Int
    /// Answers by status.
    public let counts: StatusCounts
    /// Distinct landlords contributing any row (na and blank included).
    public let landlords: Int
    /// Distinct landlords contributing an answered (yes, partial or no) response.
    public let answeringLandlords: Int
    /// Landlords whose answer is yes, taking each landlord's least compliant response when it gave several
    /// (the count a landlord's answer is compared with in `Comparison.benchmark`).
    public let yesLandlords: Int
    /// Strict, lenient and adjusted rates with intervals (n = `counts.answered`).
    public let rates: Rates
    /// True when `answeringLandlords < Comparison.lowNThreshold` (5).
    public let lowN: Bool

    /// Creates a provision rate; `rates` and `lowN` are derived from the counts.
    ///
    /// ```swift
    /// ProvisionRate(codeVersion: .v2024, provision: ProvisionID(section: 1, item: 2), section: 1,
    ///               counts: StatusCounts(yes: 4, no: 1), landlords: 5, answeringLandlords: 5, yesLandlords: 4)
    /// ```
    ///
    /// - Parameters:
    ///   - codeVersion: The Code version.
    ///   - provision: The provision.
    ///   - section: Its section.
    ///   - counts: Answers by status.
    ///   - landlords: Landlords with any row.
    ///   - answeringLandlords: Landlords with an answered response.
    ///   - yesLandlords: Landlords whose (least compliant) answer is yes.
    public init(codeVersion: CodeVersion, provision: ProvisionID, section: Int, counts: StatusCounts,
                landlords: Int, answeringLandlords: Int, yesLandlords: Int) {
        self.codeVersion = codeVersion
        self.provision = provision
        self.section = section
        self.counts = counts
        self.landlords = landlords
        self.answeringLandlords = answeringLandlords
        self.yesLandlords = yesLandlords
        self.rates = Rates(counts)
        self.lowN = answeringLandlords < Comparison.lowNThreshold
    }
}

extension ProvisionRate: Codable {
    enum CodingKeys: String, CodingKey {
        case codeVersion = "code_version", provision, section, landlords
        case answeringLandlords = "answering_landlords", yesLandlords = "yes_landlords", lowN = "low_n"
    }

    /// Decodes a provision rate from its flat keys (rates are recomputed from the counts).
    ///
    /// ```swift
    /// try JSONDecoder().decode(ProvisionRate.self, from: data)
    /// ```
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a key is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(codeVersion: try c.decode(CodeVersion.self, forKey: .codeVersion),
                  provision: try c.decode(ProvisionID.self, forKey: .provision),
                  section: try c.decode(Int.self, forKey: .section),
                  counts: try StatusCounts(from: decoder),
                  landlords: try c.decode(Int.self, forKey: .landlords),
                  answeringLandlords: try c.decode(Int.self, forKey: .answeringLandlords),
                  yesLandlords: try c.decode(Int.self, forKey: .yesLandlords))
    }

    /// Encodes the rate as one flat object.
    ///
    /// ```swift
    /// try JSONEncoder().encode(rate) // {"answered":5,...,"provision":"1.2","rate":0.8,...}
    /// ```
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        try counts.encode(to: encoder)
        try rates.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(codeVersion, forKey: .codeVersion)
        try c.encode(provision, forKey: .provision)
        try c.encode(section, forKey: .section)
        try c.encode(landlords, forKey: .landlords)
        try c.encode(answeringLandlords, forKey: .answeringLandlords)
        try c.encode(yesLandlords, forKey: .yesLandlords)
        try c.encode(lowN, forKey: .lowN)
    }
}
