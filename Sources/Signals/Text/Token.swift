import Assessment

/// One word (or number) of a text, with where it sits in the original string.
struct Token: Sendable, Hashable {
    /// The word lowercased, with curly apostrophes straightened ("don’t" -> "don't").
    var lower: String
    /// Where the word is in the original text.
    var range: Range<String.Index>
    /// Index of the sentence (or clause) the word belongs to; only equality is meaningful.
    var sentence: Int
    /// Index of the quotation ('…' or "…") the word lies in, or nil.
    var quote: Int?

    /// True when the word lies inside a quotation.
    var quoted: Bool { quote != nil }

    /// True for numbers such as `3`, `2024` or `3.5.7`.
    var isNumber: Bool { lower.first?.isASCIIDigit ?? false }

    /// True for a number with at least one dot (`6.2`, `3.5.7`): a section or provision number.
    var isDottedNumber: Bool { isNumber && lower.contains(".") }

    /// True for a four-digit year between 2000 and 2099.
    var isYear: Bool { lower.count == 4 && lower.hasPrefix("20") && lower.allSatisfy(\.isASCIIDigit) }

    /// True for negating words: not, no, never, nor, cannot, without and any "…n't".
    var isNegation: Bool {
        ["not", "no", "never", "nor", "cannot", "without"].contains(lower) || lower.hasSuffix("n't")
    }
}
