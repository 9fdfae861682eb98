import Assessment

/// A calendar date without time zone or time of day, in the proleptic Gregorian calendar.
///
/// Encoded as an ISO string (`"2025-03-31"`).
///
/// ```swift
/// SimpleDate(year: 2025, month: 2, day: 29)   // nil: not a leap year
/// SimpleDate(iso: "2025-03-31")?.day           // 31
/// SimpleDate.parseUK("31/07/22")?.description  // "2022-07-31"
/// ```
public struct SimpleDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, e.g. 2025.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// A valid date, or nil (month outside 1–12, day outside the month, year outside 1–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses an ISO date `YYYY-MM-DD`; nil for anything else.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses a UK day-first numeric date `D/M/YY` or `DD/MM/YYYY` (also with `-` or `.`); two-digit years are 20YY.
    public static func parseUK(_ text: String) -> SimpleDate? {
        let parts = text.split(whereSeparator: { "/-.".contains($0) }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              [2, 4].contains(parts[2].count),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return SimpleDate(year: parts[2].count == 2 ? 2000 + y : y, month: m, day: d)
    }

    /// Number of days in `month` of `year` (leap years included).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The ISO form, `YYYY-MM-DD`.
    public var description: String { Self.iso(year: year, month: month, day: day) }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from parts, zero-padded.
    static func iso(year: Int, month: Int? = nil, day: Int? = nil) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        var result = pad(year, 4)
        if let month { result += "-" + pad(month, 2) }
        if let day { result += "-" + pad(day, 2) }
        return result
    }

    /// Chronological order.
    public static func < (lhs: SimpleDate, rhs: SimpleDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes an ISO date string.
    ///
    /// - Throws: `DecodingError.dataCorrupted` with "not an ISO date (YYYY-MM-DD): <text>".
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = SimpleDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not an ISO date (YYYY-MM-DD): \(text)"))
        }
        self = date
    }

    /// Encodes the ISO date string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
