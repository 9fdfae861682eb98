import Assessment

/// Finds target dates in free text, UK day-first.
///
/// Forms, in order of priority (an earlier form wins where two overlap):
/// `2025-03-31`; `31/07/22`, `01/08/2022`, `1-8-2022`, `01.08.2022` (day); `1 April 2025`, `1st Sept 2025`
/// (day); `Q3 2025` (calendar quarter, stored as its last month `2025-09`) and `Q3 2025/26` (financial
/// quarter: Q1 = April–June, so `2025-12`); `2025/26`, `2025-26`, `22/23` (an English financial year,
/// stored as its last month `2026-03` with month precision, so "by 2025/26" is overdue only after 31 March
/// 2026); `September 2025`, `Sept 2025`, `end of March 2025`, `by April 2025` (month); a bare year `2026`
/// only after a target word ("by 2026", "in 2026"), so "Equality Act 2010" is not a date.
enum DateFinder {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let targetWords: Set<String> = ["by", "in", "before", "from", "during", "until", "till", "due", "target",
                                           "deadline", "date"]

    /// The month number of a month name ("Sept" -> 9); "May" only when capitalised.
    static func month(_ word: Substring) -> Int? {
        if word == "may" { return nil }
        return months[word.lowercased()]
    }

    // Regex literals are parsed each time they are evaluated: compile each once.
    nonisolated(unsafe) private static let isoDay = #/\b(20\d\d)-(\d\d)-(\d\d)\b/#
    nonisolated(unsafe) private static let numericDay = #/\b(\d{1,2})[\/\-](\d{1,2})[\/\-](\d{4}|\d{2})\b|\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/#
    nonisolated(unsafe) private static let wordDay = #/\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(20\d\d)\b/#
    nonisolated(unsafe) private static let quarter = #/\b[Qq]([1-4])\s*(20\d\d)(?:\s*[\/\-–]\s*(\d\d))?\b/#
    nonisolated(unsafe) private static let financialYear = #/\b(20\d\d)\s*[\/\-–]\s*(20\d\d|\d\d)\b/#
    nonisolated(unsafe) private static let shortFinancialYear = #/\b(\d\d)\/(\d\d)\b/#
    nonisolated(unsafe) private static let monthYear = #/\b([A-Za-z]+)\.?\s+(20\d\d)\b/#
    nonisolated(unsafe) private static let bareYear = #/\b(20\d\d)\b/#

    /// Every date in `text`, in order of position.
    static func find(in text: String) -> [DateMention] {
        var found: [DateMention] = []
        // Every pattern needs a digit.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return found }
        func add(_ range: Range<String.Index>, _ year: Int, _ month: Int?, _ day: Int?) {
            guard !found.contains(where: { $0.range.overlaps(range) }) else { return }
            if let month, let day { guard SimpleDate(year: year, month: month, day: day) != nil else { return } }
            if let month { guard (1...12).contains(month) else { return } }
            let precision: DatePrecision = day != nil ? .day : month != nil ? .month : .year
            found.append(DateMention(iso: SimpleDate.iso(year: year, month: month, day: day), precision: precision,
                                     range: range, introduced: isIntroduced(text, before: range.lowerBound)))
        }
        for m in text.matches(of: Self.isoDay) {
            if let y = Int(m.1), let mo = Int(m.2), let d = Int(m.3) { add(m.range, y, mo, d) }
        }
        for m in text.matches(of: Self.numericDay) {
            if let date = SimpleDate.parseUK(String(text[m.range])) { add(m.range, date.year, date.month, date.day) }
        }
        for m in text.matches(of: Self.wordDay) {
            if let d = Int(m.1), let mo = month(m.2), let y = Int(m.3) { add(m.range, y, mo, d) }
        }
        for m in text.matches(of: Self.quarter) {
            guard let q = Int(m.1), let y = Int(m.2) else { continue }
            if let next = m.3.flatMap({ Int($0) }) {
                guard next == (y + 1) % 100 else { continue }
                add(m.range, q == 4 ? y + 1 : y, q == 4 ? 3 : q * 3 + 3, nil)
            } else {
                add(m.range, y, q * 3, nil)
            }
        }
        for m in text.matches(of: Self.financialYear) {
            guard let y = Int(m.1), let second = Int(m.2),
                  second == (m.2.count == 4 ? y + 1 : (y + 1) % 100) else { continue }
            add(m.range, y + 1, 3, nil)
        }
        for m in text.matches(of: Self.shortFinancialYear) {
            guard let a = Int(m.1), let b = Int(m.2), (15...40).contains(a), b == a + 1 else { continue }
            add(m.range, 2000 + b, 3, nil)
        }
        for m in text.matches(of: Self.monthYear) {
            if let mo = month(m.1), let y = Int(m.2) { add(m.range, y, mo, nil) }
        }
        for m in text.matches(of: Self.bareYear) where isIntroduced(text, before: m.range.lowerBound) {
            if let y = Int(m.1) { add(m.range, y, nil, nil) }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The date most likely to be a target: one introduced by a target word, then the most precise, then the last.
    static func target(in text: String) -> DateMention? {
        find(in: text).enumerated().max { a, b in
            (a.element.introduced ? 1 : 0, rank(a.element.precision), a.offset)
                < (b.element.introduced ? 1 : 0, rank(b.element.precision), b.offset)
        }?.element
    }

    /// Day 3, month 2, year 1: higher is more precise.
    static func rank(_ precision: DatePrecision) -> Int {
        switch precision {
        case .day: 3
        case .month: 2
        case .year: 1
        }
    }

    /// True when the word(s) right before `index` are a target word or "end of".
    static func isIntroduced(_ text: String, before index: String.Index) -> Bool {
        let words = text[..<index].split(whereSeparator: { !$0.isLetter }).suffix(2).map { $0.lowercased() }
        guard let last = words.last else { return false }
        return targetWords.contains(last) || words == ["end", "of"]
    }
}
