import Assessment

/// A provision many landlords do not fully comply with.
///
/// ```swift
/// let top = Comparison.commonNonCompliance(rows, version: .v2024, minLandlords: 5).first
/// top?.notFullyCompliant   // landlords answering no or partial
/// top?.share               // notFullyCompliant / answeringLandlords
/// top?.landlords           // who, sorted by name
/// ```
public struct NonComplianceEntry: Sendable, Hashable, Codable {
    /// The Code version.
    public let codeVersion: CodeVersion
    /// The provision.
    public let provision: ProvisionID
    /// Its section.
    public let section: Int
    /// Landlords whose answer is `no` or `partial` (and hedged `yes` when `countsHedgedYes`).
    public let notFullyCompliant: Int
    /// Landlords with an answered (yes, partial or no) response to the provision.
    public let answeringLandlords: Int
    /// `notFullyCompliant / answeringLandlords`.
    public let share: Double
    /// 95% Wilson interval of `share` (n = answering landlords).
    public let shareInterval: WilsonInterval?
    /// True when `answeringLandlords < Comparison.lowNThreshold` (5).
    public let lowN: Bool
    /// Whether hedged `yes` answers were counted as not fully compliant (the adjusted ranking).
    public let countsHedgedYes: Bool
    /// The landlords counted in `notFullyCompliant`, sorted by name then id.
    public let landlords: [LandlordAnswer]

    /// Creates an entry; `share`, its interval and `lowN` are derived.
    ///
    /// ```swift
    /// NonComplianceEntry(codeVersion: .v2024, provision: ProvisionID(section: 6, item: 10), section: 6,
    ///                    answeringLandlords: 8, countsHedgedYes: false, landlords: answers)
    /// ```
    ///
    /// - Parameters:
    ///   - codeVersion: The Code version.
    ///   - provision: The provision.
    ///   - section: Its section.
    ///   - answeringLandlords: Landlords answering (must be at least 1).
    ///   - countsHedgedYes: Whether hedged yes counted as not fully compliant.
    ///   - landlords: The landlords not fully compliant.
    public init(codeVersion: CodeVersion, provision: ProvisionID, section: Int, answeringLandlords: Int,
                countsHedgedYes: Bool, landlords: [LandlordAnswer]) {
        self.codeVersion = codeVersion
        self.provision = provision
        self.section = section
        self.notFullyCompliant = landlords.count
        self.answeringLandlords = answeringLandlords
        self.share = answeringLandlords > 0 ? Double(landlords.count) / Double(answeringLandlords) : 0
        self.shareInterval = WilsonInterval(successes: Double(landlords.count), n: answeringLandlords)
        self.lowN = answeringLandlords < Comparison.lowNThreshold
        self.countsHedgedYes = countsHedgedYes
        self.landlords = landlords
    }

    enum CodingKeys: String, CodingKey {
        case codeVersion = "code_version", provision, section, notFullyCompliant = "not_fully_compliant"
        case answeringLandlords = "answering_landlords", share, shareInterval = "share_interval"
        case lowN = "low_n", countsHedgedYes = "counts_hedged_yes", landlords
    }
}
