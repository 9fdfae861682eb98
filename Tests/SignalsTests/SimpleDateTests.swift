import Signals
import Testing

@Suite("SimpleDate")
struct SimpleDateTests {
    @Test(arguments: [("2024-25", "2025-03-31"), ("2024/25", "2025-03-31"), ("2024-2025", "2025-03-31"),
                      ("2024", "2024-12-31"), ("2024-06", "2024-06-30"), ("2024-02", "2024-02-29"),
                      ("2024-06-15", "2024-06-15")])
    func periodEndsAt(period: String, end: String) {
        #expect(SimpleDate.fromPeriod(period)?.description == end)
    }

    @Test(arguments: ["2024-26", "24-25", "spring", "", "2024-13"])
    func rejectsOtherPeriods(period: String) {
        #expect(SimpleDate.fromPeriod(period) == nil)
    }

    @Test func validatesTheCalendar() {
        #expect(SimpleDate(year: 2025, month: 2, day: 29) == nil)
        #expect(SimpleDate(year: 2024, month: 2, day: 29) != nil)
        #expect(SimpleDate(year: 2025, month: 13, day: 1) == nil)
        #expect(SimpleDate(iso: "2025-3-31") == nil)
    }

    @Test(arguments: [("31/07/22", "2022-07-31"), ("01/08/2022", "2022-08-01"), ("1-8-2022", "2022-08-01")])
    func parsesUKDayFirstDates(text: String, iso: String) {
        #expect(SimpleDate.parseUK(text)?.description == iso)
    }

    @Test func ordersChronologically() throws {
        let a = try #require(SimpleDate(iso: "2024-12-31")), b = try #require(SimpleDate(iso: "2025-01-01"))
        #expect(a < b)
    }

    @Test(arguments: [("2025", "2025-12-31"), ("2025-09", "2025-09-30"), ("2025-09-05", "2025-09-05")])
    func targetsEndAtTheEndOfTheirPrecision(target: String, end: String) {
        #expect(SimpleDate.endOfTarget(target)?.description == end)
    }
}
