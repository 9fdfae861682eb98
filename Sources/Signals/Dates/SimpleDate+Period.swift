import Assessment

extension SimpleDate {
    /// The last day of a reporting period, used as the assessment date when only the period is known.
    ///
    /// - `"2024-25"`, `"2024/25"`, `"2024-2025"`: an English financial year, ending 31 March of the second year
    ///   (`2025-03-31`); the second year must follow the first.
    /// - `"2024"`: the calendar year's end (`2024-12-31`).
    /// - `"2024-06"`: the month's end (`2024-06-30`); `"2024-06-15"`: that day.
    ///
    /// Using the end of the period is the lenient choice: an action is overdue only if its target had passed
    /// by the end of the period the assessment covers.
    ///
    /// ```swift
    /// SimpleDate.fromPeriod("2024-25")  // 2025-03-31
    /// SimpleDate.fromPeriod("2024-26")  // nil
    /// ```
    public static func fromPeriod(_ period: String) -> SimpleDate? {
        let text = period.trimmingWhitespace
        if let date = SimpleDate(iso: text) { return date }
        let parts = text.split(whereSeparator: { "-/–".contains($0) }).map(String.init)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              parts[0].count == 4, let first = Int(parts[0]) else { return nil }
        if parts.count == 1 { return SimpleDate(year: first, month: 12, day: 31) }
        guard let second = Int(parts[1]) else { return nil }
        if parts[1].count == 4, second == first + 1 { return SimpleDate(year: second, month: 3, day: 31) }
        if parts[1].count == 2, second == (first + 1) % 100 { return SimpleDate(year: first + 1, month: 3, day: 31) }
        if parts[1].count == 2, (1...12).contains(second) {
            return SimpleDate(year: first, month: second, day: daysIn(month: second, year: first))
        }
        return nil
    }

    /// The last day of a target given as ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (see `ActionItem.targetDate`).
    ///
    /// ```swift
    /// SimpleDate.endOfTarget("2025-09")  // 2025-09-30
    /// ```
    public static func endOfTarget(_ iso: String) -> SimpleDate? {
        if let date = SimpleDate(iso: iso) { return date }
        let parts = iso.split(separator: "-").map(String.init)
        guard parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), parts.first?.count == 4,
              let year = parts.first.flatMap({ Int($0) }) else { return nil }
        switch parts.count {
        case 1: return SimpleDate(year: year, month: 12, day: 31)
        case 2:
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            return SimpleDate(year: year, month: month, day: daysIn(month: month, year: year))
        default: return nil
        }
    }
}
