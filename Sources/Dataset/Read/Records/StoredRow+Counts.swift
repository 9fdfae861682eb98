import Comparison

extension StoredRow {
    /// The status count columns shared by the figure tables.
    static let countColumns = ["yes", "partial", "no", "na", "blank", "hedged_yes"]

    /// `yes`, `partial`, `no`, `na`, `blank` and `hedged_yes`, each 0...2147483647, hedged yes at most yes.
    func statusCounts() throws(DatasetError) -> StatusCounts {
        let yes = try int("yes")
        return StatusCounts(yes: yes, partial: try int("partial"), no: try int("no"), na: try int("na"),
                            blank: try int("blank"), hedgedYes: try int("hedged_yes", in: 0...yes))
    }

    /// A count that may not exceed another column's value (`answering_landlords` at most `landlords`).
    func int(_ column: String, atMost bound: Int, _ boundColumn: String, from low: Int = 0) throws(DatasetError) -> Int {
        let value = try int(column)
        guard value >= low, value <= bound else {
            throw invalid(column, found: Int64(value), expected: "a whole number from \(low) to \(boundColumn) (\(bound))")
        }
        return value
    }
}
