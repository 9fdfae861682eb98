import Comparison
import Testing

@Suite("Wilson score interval")
struct WilsonIntervalTests {
    @Test("n = 0 has no interval")
    func empty() {
        #expect(WilsonInterval(successes: 0, n: 0) == nil)
        #expect(WilsonInterval(proportion: 0.5, n: 0) == nil)
    }

    @Test("5 of 10 is (0.2366, 0.7634)")
    func half() {
        expectInterval(WilsonInterval(successes: 5, n: 10), (0.2366, 0.7634))
    }

    @Test("10 of 10: upper bound exactly 1, lower 0.7225")
    func all() throws {
        let interval = try #require(WilsonInterval(successes: 10, n: 10))
        #expect(interval.high == 1)
        expectClose(interval.low, 0.7225)
    }

    @Test("0 of 1 and 0 of 10: lower bound exactly 0")
    func none() throws {
        let one = try #require(WilsonInterval(successes: 0, n: 1))
        #expect(one.low == 0)
        expectClose(one.high, 0.7935)
        let ten = try #require(WilsonInterval(successes: 0, n: 10))
        #expect(ten.low == 0)
        expectClose(ten.high, 0.2775)
    }

    @Test("1 of 1 is (0.2065, 1)")
    func single() {
        expectInterval(WilsonInterval(successes: 1, n: 1), (0.2065, 1))
    }

    @Test("Bounds are exactly 0 and 1 at the extremes for every n up to 200")
    func extremes() {
        for n in 1...200 {
            #expect(WilsonInterval(successes: Double(n), n: n)?.high == 1)
            #expect(WilsonInterval(successes: 0, n: n)?.low == 0)
        }
    }

    @Test("A fractional p̂ (lenient) uses the same formula: 3.5 of 5 → (0.2988, 0.9274)")
    func fractional() {
        expectInterval(WilsonInterval(proportion: 0.7, n: 5), (0.2988, 0.9274))
        expectInterval(WilsonInterval(successes: 3.5, n: 5), (0.2988, 0.9274))
    }

    @Test("The default z is 1.959963984540054")
    func zValue() {
        #expect(Comparison.z95 == 1.959963984540054)
        #expect(WilsonInterval(proportion: 0.3, n: 7) == WilsonInterval(proportion: 0.3, n: 7, z: 1.959963984540054))
    }
}
