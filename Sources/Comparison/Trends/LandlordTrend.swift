/// One landlord's assessments in period order and what changed from each to the next.
///
/// ```swift
/// let trend = Comparison.landlordTrends(answers, crosswalk: catalogue.crosswalk).first
/// trend?.assessments.map(\.period) // ["2022-23", "2023-24"]
/// trend?.steps.first?.changes      // provisions whose answer changed, with both documents' file:line
/// ```
public struct LandlordTrend: Sendable, Hashable, Codable {
    /// The landlord's id.
    public let landlordID: String
    /// The landlord's name.
    public let landlordName: String
    /// Its assessments, oldest first (by period: first four-digit year, then the text; no period first).
    public let assessments: [AssessmentSummary]
    /// One step per consecutive pair of assessments.
    public let steps: [TrendStep]

    /// Creates a trend.
    ///
    /// ```swift
    /// LandlordTrend(landlordID: "acme", landlordName: "Acme Homes", assessments: [summary], steps: [])
    /// ```
    ///
    /// - Parameters:
    ///   - landlordID: The landlord's id.
    ///   - landlordName: Its name.
    ///   - assessments: Its assessments, oldest first.
    ///   - steps: The steps between them.
    public init(landlordID: String, landlordName: String, assessments: [AssessmentSummary], steps: [TrendStep]) {
        self.landlordID = landlordID
        self.landlordName = landlordName
        self.assessments = assessments
        self.steps = steps
    }

    enum CodingKeys: String, CodingKey {
        case landlordID = "landlord_id", landlordName = "landlord_name", assessments, steps
    }
}
