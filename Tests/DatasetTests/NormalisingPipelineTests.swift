import Foundation
import Testing
@testable import Build

@Suite struct NormalisingPipelineTests {
    /// What the consumer has taken so far, seen by the workers.
    final class Taken: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0, maxAhead = 0
        func take() { lock.lock(); value += 1; lock.unlock() }
        /// Records how far ahead of the consumer item `index` runs.
        func started(_ index: Int) { lock.lock(); maxAhead = max(maxAhead, index - value); lock.unlock() }
        var furthestAhead: Int { lock.lock(); defer { lock.unlock() }; return maxAhead }
    }

    @Test func resultsComeInOrderAndWorkersStayWithinTheLookahead() {
        let taken = Taken()
        // Items cost 10 each and the window is 50: an item is claimed only while fewer than 5 are claimed and not
        // taken, so none starts more than 4 items ahead of the consumer - 5 as counted here, since this count of
        // taken items is updated just after `take` returns.
        let pipeline = NormalisingPipeline(count: 300, lookahead: 50, workers: 2, cost: { _ in 10 }) { i in
            taken.started(i)
            return i * i
        }
        var results: [Int] = []
        for i in 0..<300 {
            results.append(pipeline.take(i))
            taken.take()
        }
        #expect(results == (0..<300).map { $0 * $0 })
        #expect(taken.furthestAhead <= 5)
    }

    @Test func anItemCostingMoreThanTheWindowStillRuns() {
        let pipeline = NormalisingPipeline(count: 20, lookahead: 5, workers: 3, cost: { $0 % 2 == 0 ? 100 : 1 }) { "\($0)" }
        #expect((0..<20).map { pipeline.take($0) } == (0..<20).map { "\($0)" })
    }

    @Test func noItems() {
        let pipeline = NormalisingPipeline<Int>(count: 0, lookahead: 10, cost: { _ in 1 }) { $0 }
        _ = pipeline
    }
}
