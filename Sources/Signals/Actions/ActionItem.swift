/// One improvement action a response commits to, with its target date and owner when given.
///
/// ```swift
/// ActionItem(description: "Surveying guidelines to be drafted", targetDate: "2022-07-31", precision: .day,
///            owner: "Customer Voice Lead", overdue: true)
/// ```
public struct ActionItem: Sendable, Hashable, Codable {
    /// What will be done, as written.
    public var description: String
    /// The target as ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (see `precision`); nil when none is given.
    public var targetDate: String?
    /// How precisely the target was given; nil when there is no target.
    public var precision: DatePrecision?
    /// Who owns the action ("Customer Voice Lead"), when the form names one.
    public var owner: String?
    /// True when the target's period had ended before the assessment date; nil when either date is unknown.
    public var overdue: Bool?

    /// Creates an action.
    public init(description: String, targetDate: String? = nil, precision: DatePrecision? = nil,
                owner: String? = nil, overdue: Bool? = nil) {
        self.description = description
        self.targetDate = targetDate
        self.precision = precision
        self.owner = owner
        self.overdue = overdue
    }
}
