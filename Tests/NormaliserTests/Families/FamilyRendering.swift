import Assessment

/// One corpus document rewritten into one layout family: the text, and the responses it must read back as.
struct FamilyRendering: Sendable {
    var family: LayoutFamily
    /// The corpus file name the rendering was made from.
    var document: String
    var codeVersion: CodeVersion
    var text: String
    /// The reference responses, as changed by the family (quoted clauses add evidence text).
    var expected: [ReferenceResponse]
    /// True when the layout marks where evidence, commentary and action begin (columns or labels); otherwise
    /// the scorer compares the three joined.
    var fieldsMarked: Bool

    /// The file name a rendering is normalised and written under, e.g. `glued--croydon-2024-25.txt`.
    var fileName: String { "\(family.rawValue)--\(document)" }
}

/// A generated line and what it is, so later steps (page chrome) can place text between rows.
struct GeneratedLine: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case title, caption, header, rowStart, rowMore, blank, other }
    var text: String
    var kind: Kind

    static let blank = GeneratedLine(text: "", kind: .blank)
}

/// What the generator lays out: section captions, 2022 must/should groups and rows, in document order.
enum GeneratedBlock: Sendable {
    case section(Int, String)
    case group(Obligation)
    case row(GeneratedRow)
}

/// One row as the generator writes it.
struct GeneratedRow: Sendable {
    var expected: ReferenceResponse
    /// The printed number; nil when the family lost it.
    var number: String?
    /// The answer in the answer's place; nil when blank.
    var answer: String?
    /// How a lost number is lost: the cell left empty (true) or removed (false).
    var emptyNumberCell = true
}
