import Assessment

/// The stretch of a document that holds one provision's row: from its anchor to the next chosen
/// anchor, as pieces of units (a whole unit, or part of a line when several rows share it).
struct Segment {
    /// One unit, or the bytes `from..<to` of a line unit.
    struct Piece {
        var unit: Int
        var from = 0
        var to = Int.max
        var whole: Bool { from == 0 && to == Int.max }
    }

    var anchor: Anchor
    var pieces: [Piece]
    /// Context from the captions in force at the anchor.
    var section: Int?
    var stage: Int?
    var group: Obligation?

    /// Units the segment covers, in order.
    var units: [Int] { pieces.map(\.unit) }
}

/// What each unit became, for the line account and the unparsed list.
enum UnitRole: Equatable {
    case blank, heading, boilerplate
    /// Part of the response of a segment.
    case response
    case unparsed(UnparsedReason, String)
}
