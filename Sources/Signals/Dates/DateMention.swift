/// A date found in a text, at the precision it was written.
struct DateMention: Sendable, Hashable {
    /// ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    let iso: String
    let precision: DatePrecision
    /// Where the date is written.
    let range: Range<String.Index>
    /// True when a target word comes right before it ("by", "in", "end of", "target", "due"…).
    let introduced: Bool
}
