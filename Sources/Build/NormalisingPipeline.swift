import Foundation

/// Transforms items on every core while one consumer takes the results in order: the workers run ahead of the
/// consumer by at most `lookahead` units of cost (bytes of input), so the cores are never idle while the consumer
/// writes, and memory holds a bounded window of results however many items there are.
///
/// ```swift
/// let pipeline = NormalisingPipeline(count: files.count, lookahead: 2 << 20, cost: { size(files[$0]) }) { i in
///     normalise(files[i])
/// }
/// for i in files.indices { write(pipeline.take(i)) }
/// ```
///
/// Items are claimed in index order, so the item the consumer waits for is always claimed by a worker that is not
/// waiting: the pipeline cannot stall. A single item costing more than `lookahead` still runs (alone).
final class NormalisingPipeline<Result: Sendable>: @unchecked Sendable {
    private let count: Int
    private let lookahead: Int
    private let cost: @Sendable (Int) -> Int
    private let transform: @Sendable (Int) -> Result
    private let condition = NSCondition()
    /// Guarded by `condition`: the next index to claim, the cost claimed and not yet taken, the finished results.
    private var nextClaim = 0
    private var inFlight = 0
    private var done: [Int: (result: Result, cost: Int)] = [:]

    /// Starts `workers` threads (default: one per core) transforming items `0..<count`.
    init(count: Int, lookahead: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
         cost: @escaping @Sendable (Int) -> Int, transform: @escaping @Sendable (Int) -> Result) {
        self.count = count
        self.lookahead = max(1, lookahead)
        self.cost = cost
        self.transform = transform
        for _ in 0..<max(1, min(workers, count)) {
            DispatchQueue.global().async { [self] in work() }
        }
    }

    private func work() {
        while let (index, itemCost) = claim() {
            let result = transform(index)
            condition.lock()
            done[index] = (result, itemCost)
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next item to transform and its cost, once the window has room; nil when every item is claimed.
    private func claim() -> (Int, Int)? {
        condition.lock()
        defer { condition.unlock() }
        while nextClaim < count, inFlight > 0, inFlight >= lookahead { condition.wait() }
        guard nextClaim < count else { return nil }
        let index = nextClaim
        nextClaim += 1
        let itemCost = max(0, cost(index))
        inFlight += itemCost
        return (index, itemCost)
    }

    /// The result of item `index`, waiting until it is ready. Take each index once, in order: 0, 1, 2...
    func take(_ index: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let entry = done.removeValue(forKey: index) {
                inFlight -= entry.cost
                condition.broadcast()
                return entry.result
            }
            condition.wait()
        }
    }
}
