import Synchronization

/// The words of every phrase pattern's required slots, each given a number when its pattern is made, so that a
/// text's words are looked up once (`TokenizedText.patternWords`) and each pattern's quick test is a few bit tests
/// instead of hashing the text's words again for every pattern.
final class PatternWords: Sendable {
    static let shared = PatternWords()

    private let numbers = Mutex<[String: Int]>([:])

    /// The numbers of `words`, numbering the new ones.
    func register(_ words: Set<String>) -> [Int] {
        numbers.withLock { table in
            words.sorted().map { word in
                if let n = table[word] { return n }
                let n = table.count
                table[word] = n
                return n
            }
        }
    }

    /// Which numbered words occur in `words`, as bits by number, and how many words were numbered then (a pattern
    /// made later may hold words numbered after this: its test falls back to the words themselves).
    func presence(of words: Set<String>) -> Presence {
        numbers.withLock { table in
            var bits = [UInt64](repeating: 0, count: (table.count + 63) / 64)
            for word in words {
                if let n = table[word] { bits[n >> 6] |= 1 << UInt64(n & 63) }
            }
            return Presence(bits: bits, known: table.count)
        }
    }

    struct Presence: Sendable {
        let bits: [UInt64]
        /// Words numbered below this are answered by `bits`.
        let known: Int

        func contains(_ n: Int) -> Bool { bits[n >> 6] & (1 << UInt64(n & 63)) != 0 }
    }
}
