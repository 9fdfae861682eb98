import Assessment
import Comparison
import Testing

@Suite("Counts and rates")
struct RatesTests {
    @Test("Counts every status; answered excludes na and blank")
    func counts() {
        let rows = ["yes", "yes~", "partial", "no", "na", "blank", "blank"].map {
            Fixture.row("A", "d", nil, provision: "1.1", $0)
        }
        let counts = StatusCounts(rows)
        #expect(counts == StatusCounts(yes: 2, partial: 1, no: 1, na: 1, blank: 2, hedgedYes: 1))
        #expect(counts.answered == 4)
        #expect(counts.total == 7)
    }

    @Test("A hedged flag on a non-yes answer is not a hedged yes")
    func hedgedOnlyOnYes() {
        var row = Fixture.row("A", "d", nil, provision: "1.1", "no")
        row.hedged = true
        #expect(StatusCounts([row]).hedgedYes == 0)
        #expect(!row.isHedgedYes)
    }

    @Test("strict 3/5, lenient 3.5/5, adjusted 2/5 with intervals")
    func rates() {
        let rates = Rates(StatusCounts(yes: 3, partial: 1, no: 1, na: 4, hedgedYes: 1))
        expectClose(rates.strict, 0.6)
        expectInterval(rates.strictInterval, (0.2307, 0.8824))
        expectClose(rates.lenient, 0.7)
        expectInterval(rates.lenientInterval, (0.2988, 0.9274))
        expectClose(rates.adjusted, 0.4)
        expectInterval(rates.adjustedInterval, (0.1176, 0.7693))
    }

    @Test("Nothing answered: every rate and interval is nil")
    func nothingAnswered() {
        let rates = Rates(StatusCounts(na: 3, blank: 2))
        #expect(rates.strict == nil && rates.lenient == nil && rates.adjusted == nil)
        #expect(rates.strictInterval == nil && rates.lenientInterval == nil && rates.adjustedInterval == nil)
    }

    @Test("Counts add field by field")
    func sum() {
        #expect(StatusCounts(yes: 1, hedgedYes: 1) + StatusCounts(no: 2, blank: 1)
                == StatusCounts(yes: 1, no: 2, blank: 1, hedgedYes: 1))
    }
}
