import Dispatch
import Foundation

/// Two independent computations at once, one core each: a report reads its two largest scans on two connections
/// and builds its page index in two halves.
///
/// ```swift
/// let (answers, rest) = try Parallel.both({ try readAnswers() }, { try readTheRest() })
/// ```
public enum Parallel {
    /// Runs `a` and `b` concurrently and returns both results; if either throws, the error of `a`, else of `b`.
    public static func both<A: Sendable, B: Sendable, E: Error>(_ a: @Sendable () throws(E) -> A,
                                                                _ b: @Sendable () throws(E) -> B) throws(E) -> (A, B) {
        let first = Slot<A, E>(), second = Slot<B, E>()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 {
                first.set(Result { () throws(E) -> A in try a() })
            } else {
                second.set(Result { () throws(E) -> B in try b() })
            }
        }
        return (try first.get(orRun: a), try second.get(orRun: b))
    }

    /// One worker's result, written once and read after both are done.
    private final class Slot<T, E: Error>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<T, E>?

        func set(_ value: Result<T, E>) { lock.withLock { result = value } }

        /// The result; `run` computes it here if no worker stored one (concurrentPerform runs every iteration, so
        /// this is only a guard against a trap).
        func get(orRun run: () throws(E) -> T) throws(E) -> T {
            guard let result = lock.withLock({ result }) else { return try run() }
            return try result.get()
        }
    }
}
