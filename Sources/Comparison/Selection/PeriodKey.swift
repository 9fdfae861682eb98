import Assessment

/// Orders documents of one landlord and Code version from oldest to latest.
///
/// A document without a period is the oldest; then periods compare by their first run of exactly
/// four ASCII digits (a period without one sorts before every period with one), then by the full
/// text; remaining ties go to the greater document id.
struct PeriodKey: Comparable, Hashable {
    let hasPeriod: Int
    let year: Int
    let text: String
    let documentID: String

    init(period: String?, documentID: String) {
        self.hasPeriod = period == nil ? 0 : 1
        self.year = period.flatMap(Self.firstYear) ?? -1
        self.text = period ?? ""
        self.documentID = documentID
    }

    /// The first maximal run of ASCII digits that is exactly four digits long, as a number.
    static func firstYear(_ text: String) -> Int? {
        // An ASCII text on its bytes (each byte a Character); any other by Characters.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var year = 0, digits = 0
            for b in text.utf8 {
                if b >= 0x30 && b <= 0x39 {
                    year = digits < 5 ? year * 10 + Int(b - 0x30) : year
                    digits += 1
                } else {
                    if digits == 4 { return year }
                    year = 0
                    digits = 0
                }
            }
            return digits == 4 ? year : nil
        }
        var run = ""
        for ch in text + " " {
            if ch.isASCIIDigit {
                run.append(ch)
            } else {
                if run.count == 4, let year = Int(run) { return year }
                run = ""
            }
        }
        return nil
    }

    static func < (lhs: PeriodKey, rhs: PeriodKey) -> Bool {
        (lhs.hasPeriod, lhs.year, lhs.text, lhs.documentID) < (rhs.hasPeriod, rhs.year, rhs.text, rhs.documentID)
    }
}
