/// One surviving match of a `PhraseRule`.
struct PhraseHit: Sendable {
    /// Token-index range of the match.
    let range: Range<Int>
    /// The matched words as they appear in the text.
    let phrase: String
    /// The rule that matched.
    let rule: PhraseRule
}
