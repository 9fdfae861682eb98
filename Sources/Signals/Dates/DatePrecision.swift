/// How precisely a target date was given.
public enum DatePrecision: String, Sendable, Hashable, Codable, CaseIterable {
    /// A day: "31/07/22", "1 April 2025" (ISO `YYYY-MM-DD`).
    case day
    /// A month: "September 2025", "end of March 2025", a quarter or a financial year (ISO `YYYY-MM`).
    case month
    /// A year: "by 2026" (ISO `YYYY`).
    case year
}
