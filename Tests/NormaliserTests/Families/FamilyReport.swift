import Foundation

/// The markdown table `Scripts/layout-families` prints, and the renderings it writes for a person to read.
enum FamilyReport {
    /// One row per family and a total row, with every rate's denominator beside it.
    ///
    /// ```
    /// | family | documents | responses | statuses right | accuracy % | wrong | missing | invented | text agreement % |
    /// | glued | 5 | 359 | 350 | 97.5 | 4 | 5 | 0 | 88.3 |
    /// ```
    static func markdown(_ scores: [FamilyScore]) -> String {
        var lines = ["| family | documents | responses | statuses right | accuracy % | wrong | missing | invented | text agreement % | not read |",
                     "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for s in scores { lines.append(row(s.family.rawValue, [s])) }
        lines.append(row("**all**", scores))
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(_ name: String, _ scores: [FamilyScore]) -> String {
        let sum = { (f: (FamilyScore) -> Int) in scores.map(f).reduce(0, +) }
        let responses = sum(\.responses), right = sum(\.right), agreed = sum(\.textAgreed)
        let cells: [String] = [name, String(sum { $0.documents.count }), String(responses), String(right), percent(right, responses),
                               String(sum(\.wrong)), String(sum(\.missing)), String(sum(\.invented)), percent(agreed, responses),
                               String(sum(\.failedDocuments))]
        return "| " + cells.joined(separator: " | ") + " |"
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : String(format: "%.1f", 100 * Double(part) / Double(whole))
    }

    /// The families below the target, with their first failures, for the report's second part.
    static func failures(_ scores: [FamilyScore]) -> String {
        scores.filter { $0.accuracy < FamilyThresholds.accuracy || $0.invented > FamilyThresholds.invented }.map { s in
            "### \(s.family.rawValue) (\(s.right) of \(s.responses) right)\n\n" + s.failureSummary + "\n"
        }.joined(separator: "\n")
    }

    /// Writes every rendering as `family--document.txt` into `folder`, creating it.
    /// - Throws: the file system's error.
    static func writeRenderings(_ renderings: [FamilyRendering], to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for r in renderings {
            try Data(r.text.utf8).write(to: folder.appendingPathComponent(r.fileName))
        }
    }
}
