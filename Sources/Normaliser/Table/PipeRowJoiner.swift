/// Pipe tables whose rows were broken over several physical lines.
///
/// When most pipe lines both open and close with `|`, a line that opens a row but does not close it
/// is joined with the lines after it, up to the one that closes the row (or a blank line, or the
/// next line opening a row):
///
/// ```
/// | 1.2 | A complaint is any expression of      ← opens the row
/// dissatisfaction, however made. | Yes | Policy |  ← closes it: one row of four cells
/// ```
enum PipeRowJoiner {
    /// For each line that opens a broken row, the indices of the lines joined to it.
    static func joins(_ lines: [SourceLine]) -> [Int: [Int]] {
        let trimmed = lines.map { $0.text.trimmingWhitespace() }
        let opening = trimmed.filter { $0.hasPrefix("|") }
        let closed = opening.filter { $0.count > 1 && $0.hasSuffix("|") }
        guard opening.count >= 3, closed.count * 10 >= opening.count * 6 else { return [:] }
        var out: [Int: [Int]] = [:]
        var i = 0
        while i < lines.count {
            let t = trimmed[i]
            guard t.hasPrefix("|"), !t.hasSuffix("|") || t.count == 1 else { i += 1; continue }
            var joined: [Int] = []
            var j = i + 1
            while j < lines.count, joined.count < 40 {
                let u = trimmed[j]
                if u.isEmpty || u.hasPrefix("|") { break }
                joined.append(j)
                j += 1
                if u.hasSuffix("|") { break }
            }
            if !joined.isEmpty { out[i] = joined }
            i = j > i + 1 ? j : i + 1
        }
        return out
    }
}
