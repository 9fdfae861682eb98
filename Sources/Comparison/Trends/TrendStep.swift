import Assessment

/// What changed between two consecutive assessments of one landlord.
///
/// Within one Code version every provision is compared with itself. Across versions (a 2022 assessment and a
/// 2024 one) a provision is compared only through a crosswalk entry whose relation is `same`
/// (`viaCrosswalk`); provisions with no such entry are counted in `notComparable`, never guessed.
///
/// ```swift
/// let step = trend.steps[0]
/// "\(step.compared) compared, \(step.changes.count) changed, \(step.notComparable) not comparable"
/// ```
public struct TrendStep: Sendable, Hashable, Codable {
    /// The earlier assessment.
    public let earlierDocumentID: String
    /// Its period, or nil.
    public let earlierPeriod: String?
    /// Its Code version.
    public let earlierVersion: CodeVersion
    /// The later assessment.
    public let laterDocumentID: String
    /// Its period, or nil.
    public let laterPeriod: String?
    /// Its Code version.
    public let laterVersion: CodeVersion
    /// True when the versions differ and provisions were paired through the crosswalk's `same` entries.
    public let viaCrosswalk: Bool
    /// Provisions answered in both (after pairing).
    public let compared: Int
    /// Of `compared`, those with the same answer.
    public let unchanged: Int
    /// Provisions of either assessment left out because no `same` crosswalk entry pairs them (0 within a version).
    public let notComparable: Int
    /// Comparable provisions answered only in the earlier assessment.
    public let onlyEarlier: Int
    /// Comparable provisions answered only in the later assessment.
    public let onlyLater: Int
    /// The provisions whose answer changed, in provision order (`compared - unchanged` of them).
    public let changes: [AnswerChange]

    /// Creates a step from its parts.
    ///
    /// ```swift
    /// TrendStep(earlierDocumentID: "d1", earlierPeriod: "2023-24", earlierVersion: .v2024, laterDocumentID: "d2",
    ///           laterPeriod: "2024-25", laterVersion: .v2024, viaCrosswalk: false, compared: 72, unchanged: 70,
    ///           notComparable: 0, onlyEarlier: 0, onlyLater: 0, changes: changes)
    /// ```
    ///
    /// - Parameters:
    ///   - earlierDocumentID: The earlier assessment.
    ///   - earlierPeriod: Its period.
    ///   - earlierVersion: Its Code version.
    ///   - laterDocumentID: The later assessment.
    ///   - laterPeriod: Its period.
    ///   - laterVersion: Its Code version.
    ///   - viaCrosswalk: Whether provisions were paired through `same` entries.
    ///   - compared: Provisions in both.
    ///   - unchanged: Of those, with the same answer.
    ///   - notComparable: Provisions without a `same` pair.
    ///   - onlyEarlier: Comparable provisions only in the earlier one.
    ///   - onlyLater: Comparable provisions only in the later one.
    ///   - changes: The changed provisions.
    public init(earlierDocumentID: String, earlierPeriod: String?, earlierVersion: CodeVersion, laterDocumentID: String,
                laterPeriod: String?, laterVersion: CodeVersion, viaCrosswalk: Bool, compared: Int, unchanged: Int,
                notComparable: Int, onlyEarlier: Int, onlyLater: Int, changes: [AnswerChange]) {
        self.earlierDocumentID = earlierDocumentID
        self.earlierPeriod = earlierPeriod
        self.earlierVersion = earlierVersion
        self.laterDocumentID = laterDocumentID
        self.laterPeriod = laterPeriod
        self.laterVersion = laterVersion
        self.viaCrosswalk = viaCrosswalk
        self.compared = compared
        self.unchanged = unchanged
        self.notComparable = notComparable
        self.onlyEarlier = onlyEarlier
        self.onlyLater = onlyLater
        self.changes = changes
    }

    /// Changes towards yes.
    public var better: Int { changes.filter { $0.direction == .better }.count }
    /// Changes away from yes.
    public var worse: Int { changes.filter { $0.direction == .worse }.count }

    enum CodingKeys: String, CodingKey {
        case earlierDocumentID = "earlier_document_id", earlierPeriod = "earlier_period"
        case earlierVersion = "earlier_version", laterDocumentID = "later_document_id", laterPeriod = "later_period"
        case laterVersion = "later_version", viaCrosswalk = "via_crosswalk", compared, unchanged
        case notComparable = "not_comparable", onlyEarlier = "only_earlier", onlyLater = "only_later", changes
    }
}
