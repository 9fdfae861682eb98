import ArgumentParser
import Assessment
import Comparison
import Dataset
import Report

/// `chc gaps`: common non-compliance, provisions ranked by the share of landlords not fully compliant.
struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Common non-compliance: provisions ranked by the share of landlords not fully compliant, with their own words.",
        discussion: """
            Not fully compliant = answered partial or no, or (unless --stated) a yes whose own text admits a gap (hedged yes; see chc signals). share = that count / \
            landlords answering the provision. Each landlord's commentary or action is shown trimmed, with file:line.
            On a sector-sized dataset the full list is long; --top N keeps the N most common gaps per Code version.
            Example: chc gaps --min-landlords 3 --stated
            """)

    @OptionGroup var options: DatasetOptions
    @OptionGroup var codeVersion: CodeVersionOption

    @Option(help: "Only provisions answered by at least this many landlords.")
    var minLandlords: Int = 1

    @Option(help: "Only the first N provisions of the ranking in each Code version.")
    var top: Int?

    @Flag(help: "Rank by the stated answers only (default: adjusted, where a hedged yes counts as not fully compliant).")
    var stated = false

    var adjusted: Bool { !stated }

    func validate() throws {
        if minLandlords < 1 { throw ValidationError("--min-landlords must be at least 1, not \(minLandlords)") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1, not \(top)") }
    }

    func run() throws {
        // The stored figures (computed at build time by Comparison.commonNonCompliance) and the words of the
        // responses they list.
        let dataset = try options.open()
        var entries = try checked { () throws(DatasetError) in
            try dataset.commonNonCompliance(version: codeVersion.version, adjusted: adjusted, minLandlords: minLandlords)
        }
        if let top {
            // Entries come ranked within each version.
            var kept: [CodeVersion: Int] = [:]
            entries = entries.filter { entry in
                kept[entry.codeVersion, default: 0] += 1
                return (kept[entry.codeVersion] ?? 0) <= top
            }
        }
        var words: [String: GapTables.Words] = [:]
        for w in try checked({ () throws(DatasetError) in try dataset.landlordWords(adjusted: adjusted) }) {
            words["\(w.documentID)|\(w.provision)"] = GapTables.Words(text: w.text, sourcePath: w.sourcePath, lineStart: w.lineStart)
        }
        try options.emit(GapTables.table(entries) { words["\($0)|\($1)"] })
        if options.format == .table {
            Stderr.print("share = landlords answering partial or no\(adjusted ? " or hedged yes" : "") / landlords answering; 95% Wilson interval; low_n = fewer than \(Comparison.lowNThreshold) answering landlords")
        }
    }
}
