import Assessment

/// Which way an answer moved between two assessments, on the order no < partial < hedged yes < yes.
///
/// ```swift
/// change.direction == .worse // e.g. yes → partial
/// ```
public enum ChangeDirection: String, Sendable, Hashable, Codable, CaseIterable {
    /// Towards yes (no → partial, partial → yes, hedged yes → yes, ...).
    case better
    /// Away from yes.
    case worse
    /// To or from not applicable or blank: neither better nor worse.
    case other
}

/// A provision whose answer differs between two consecutive assessments of one landlord.
///
/// ```swift
/// for c in step.changes {
///     print(c.provision, "\(c.from) → \(c.to)", c.earlier, c.later) // 6.3 no → yes a.txt:40 b.txt:52
/// }
/// ```
public struct AnswerChange: Sendable, Hashable, Codable {
    /// The provision compared, in the later assessment's numbering (the 2024 numbering across versions).
    public let provision: ProvisionID
    /// Its section in that numbering.
    public let section: Int
    /// The provision as numbered in the earlier assessment (a 2022 number when crossing versions).
    public let earlierProvision: ProvisionID
    /// The earlier answer.
    public let from: Status
    /// Whether the earlier yes admitted a gap.
    public let fromHedged: Bool
    /// The later answer.
    public let to: Status
    /// Whether the later yes admits a gap.
    public let toHedged: Bool
    /// Which way it moved.
    public let direction: ChangeDirection
    /// Where the earlier answer was printed.
    public let earlier: AnswerLocation
    /// Where the later answer was printed.
    public let later: AnswerLocation

    /// Creates a change from the two answers; `direction` is derived.
    ///
    /// ```swift
    /// AnswerChange(provision: p, section: 6, earlierProvision: p, earlier: oldAnswer, later: newAnswer)
    /// ```
    ///
    /// - Parameters:
    ///   - provision: The provision in the later numbering.
    ///   - section: Its section.
    ///   - earlierProvision: The earlier numbering.
    ///   - earlier: The earlier answer.
    ///   - later: The later answer.
    public init(provision: ProvisionID, section: Int, earlierProvision: ProvisionID, earlier: LocatedAnswer,
                later: LocatedAnswer) {
        self.provision = provision
        self.section = section
        self.earlierProvision = earlierProvision
        self.from = earlier.row.status
        self.fromHedged = earlier.row.isHedgedYes
        self.to = later.row.status
        self.toHedged = later.row.isHedgedYes
        self.earlier = earlier.location
        self.later = later.location
        switch (Self.level(from, fromHedged), Self.level(to, toHedged)) {
        case let (a?, b?): direction = b > a ? .better : .worse
        default: direction = .other
        }
    }

    /// 3 yes, 2 hedged yes, 1 partial, 0 no; nil for na and blank.
    static func level(_ status: Status, _ hedged: Bool) -> Int? {
        switch status {
        case .yes: hedged ? 2 : 3
        case .partial: 1
        case .no: 0
        case .na, .blank: nil
        }
    }

    /// True when two answers differ: another status, or a yes that gained or lost its hedge.
    static func differs(_ a: AnswerRow, _ b: AnswerRow) -> Bool {
        a.status != b.status || a.isHedgedYes != b.isHedgedYes
    }

    enum CodingKeys: String, CodingKey {
        case provision, section, earlierProvision = "earlier_provision", from, fromHedged = "from_hedged", to
        case toHedged = "to_hedged", direction, earlier, later
    }
}
