import Assessment

/// The answer an implicit-answer phrase implies, in order of precedence (checked first to last).
enum ImpliedAnswer: Int, Sendable, Comparable, CaseIterable {
    /// "not applicable", "this request has not been made", "there was no restructure".
    case notApplicable
    /// "partly", "in part".
    case partial
    /// "we do not", "not in place", "no policy".
    case negative
    /// "we do", "this is in place", "our policy sets out".
    case positive

    /// The status this answer corresponds to.
    var status: Status {
        switch self {
        case .notApplicable: .na
        case .partial: .partial
        case .negative: .no
        case .positive: .yes
        }
    }

    static func < (lhs: ImpliedAnswer, rhs: ImpliedAnswer) -> Bool { lhs.rawValue < rhs.rawValue }
}
