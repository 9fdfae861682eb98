import Assessment
import Comparison

/// One response joined to its document and landlord (``AnswerRecord``), with where it was printed: the input of
/// the trends (`Comparison.landlordTrends`).
struct LocatedAnswerRecord: StoredRecord {
    static let table = "responses"
    static let reads = AnswerRecord.reads.map { read in
        read.table == "responses" ? (table: read.table, columns: read.columns + ["source_path", "line_start", "line_end"]) : read
    }

    /// The SELECT, optionally for one landlord id (`?`); rows of one document are consecutive.
    static func sql(oneLandlord: Bool) -> String {
        AnswerRecord.select(extraColumns: ", r.source_path AS source_path, r.line_start AS line_start, r.line_end AS line_end",
                            where: oneLandlord ? "d.landlord_id = ?" : nil)
    }

    let record: AnswerRecord
    let location: AnswerLocation

    init(stored row: StoredRow) throws(DatasetError) {
        record = try AnswerRecord(stored: row)
        location = AnswerLocation(path: try row.text("source_path"), lineStart: try row.int("line_start", in: 1...StoredRow.maxCount),
                                  lineEnd: try row.int("line_end", in: 0...StoredRow.maxCount))
    }

    /// The located answer, sharing the document fields (and the source path) of `previous` when it is of the same document.
    func answer(sharing previous: LocatedAnswer?) -> LocatedAnswer {
        let path = previous?.location.path == location.path ? previous?.location.path ?? location.path : location.path
        return LocatedAnswer(row: record.answer(sharing: previous?.row),
                             location: AnswerLocation(path: path, lineStart: location.lineStart, lineEnd: location.lineEnd))
    }
}
