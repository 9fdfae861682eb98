import Assessment

/// Which way a landlord's answer departs from the majority of landlords.
///
/// ```swift
/// answer.direction == .behind // it says partial or no where most say yes
/// ```
public enum MinorityDirection: String, Sendable, Hashable, Codable, CaseIterable {
    /// The landlord answers partial or no where more than half of answering landlords say yes.
    case behind
    /// The landlord answers yes where more than half of answering landlords say partial or no.
    case ahead
}

/// A provision where a landlord's answer is in the minority.
///
/// The majority is more than half of the landlords answering the provision (yes, partial or no;
/// the landlord itself included), on the split "yes" against "partial or no". With an exact
/// 50/50 split there is no majority and no minority.
///
/// ```swift
/// for m in benchmark.minority where m.direction == .behind {
///     print(m.provision, m.status, "\(m.majorityLandlords) of \(m.answeringLandlords) say yes")
/// }
/// ```
public struct MinorityAnswer: Sendable, Hashable, Codable {
    /// The provision.
    public let provision: ProvisionID
    /// Its section.
    public let section: Int
    /// The landlord's answer.
    public let status: Status
    /// Whether the landlord's yes admits a gap.
    public let hedged: Bool
    /// Which way the answer departs from the majority.
    public let direction: MinorityDirection
    /// Landlords on the majority side (saying yes for `.behind`, partial or no for `.ahead`).
    public let majorityLandlords: Int
    /// Landlords answering the provision, the landlord included.
    public let answeringLandlords: Int
    /// The sector's answers to the provision by status.
    public let counts: StatusCounts

    /// Creates a minority finding.
    ///
    /// ```swift
    /// MinorityAnswer(provision: ProvisionID(section: 1, item: 2), section: 1, status: .no, hedged: false,
    ///                direction: .behind, majorityLandlords: 3, answeringLandlords: 4,
    ///                counts: StatusCounts(yes: 3, no: 1))
    /// ```
    ///
    /// - Parameters:
    ///   - provision: The provision.
    ///   - section: Its section.
    ///   - status: The landlord's answer.
    ///   - hedged: Whether its yes admits a gap.
    ///   - direction: Which way it departs.
    ///   - majorityLandlords: Landlords on the majority side.
    ///   - answeringLandlords: Landlords answering.
    ///   - counts: Sector answers by status.
    public init(provision: ProvisionID, section: Int, status: Status, hedged: Bool, direction: MinorityDirection,
                majorityLandlords: Int, answeringLandlords: Int, counts: StatusCounts) {
        self.provision = provision
        self.section = section
        self.status = status
        self.hedged = hedged
        self.direction = direction
        self.majorityLandlords = majorityLandlords
        self.answeringLandlords = answeringLandlords
        self.counts = counts
    }

    enum CodingKeys: String, CodingKey {
        case provision, section, status, hedged, direction, majorityLandlords = "majority_landlords"
        case answeringLandlords = "answering_landlords", counts
    }
}
