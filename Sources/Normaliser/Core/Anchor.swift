import Assessment

/// A candidate start of a provision's row: where it is, which provision it claims, and how strongly.
struct Anchor {
    enum Kind: String {
        /// The number alone in a table's number cell.
        case cell
        /// The number opening a cell's text ('1.2 A complaint…' in the first cell).
        case cellLeading
        /// The number alone on its line, maybe after a label ('1.2', 'Code provision 1.2').
        case lone
        /// A label and number before text ('Provision 1.2: A complaint…').
        case labelled
        /// A number opening a line of capitalised text ('1.2 A complaint…', '1.2A complaint').
        case leading
        /// A number before lowercase text: a row whose number sits on a middle line, or a reference.
        case leadingLower
        /// A number inside a line after the end of the row before (several rows on one line).
        case inline
        /// No usable number: the requirement text matches the provision's summary.
        case text
        /// A printed number already used nearby, read as the provision its neighbours leave room for.
        case repaired
    }

    var unit: Int
    /// Byte offset in a line unit's text where the row starts (0 for rows and line starts).
    var offset: Int
    var id: ProvisionID
    var kind: Kind
    /// The printed number, for numbered kinds.
    var reading: ProvisionNumber.Reading?
    /// True if an answer follows before the next candidate.
    var complete: Bool
    /// Content-word overlap of the text after the anchor with the catalogue summary of `id` (0…1).
    var similarity: Double = 0
    var weight: Double = 0
    /// For numbers inside a line: the number follows a sentence end or an answer word.
    var afterSentence = false
    /// For lost numbers: the provision was the only one missing between the neighbours.
    var onlyCandidate = false

    /// Document order.
    func precedes(_ other: Anchor) -> Bool { (unit, offset) < (other.unit, other.offset) }
    var position: (Int, Int) { (unit, offset) }
}
