/// A version of the Housing Ombudsman's Complaint Handling Code.
///
/// ```swift
/// CodeVersion(rawValue: "2024") // .v2024
/// ```
public enum CodeVersion: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The 2022 Code: sections 1–8, 'must' and 'should' groups (in force 1 April 2022 – 31 March 2024).
    case v2022 = "2022"
    /// The statutory 2024 Code: sections 1–9 (in force from 1 April 2024).
    case v2024 = "2024"

    /// Highest section number in this version's self-assessment form.
    public var highestSection: Int { self == .v2022 ? 8 : 9 }

    public static func < (lhs: CodeVersion, rhs: CodeVersion) -> Bool { lhs.rawValue < rhs.rawValue }
}
