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
            landlords answering the provision. Ranks run 1, 2, 3... within each Code version. Each landlord's commentary or \
            action is shown with file:line (cut to the column in a terminal table; in full in CSV and JSON).
            On a sector-sized dataset the full list is long; --top N keeps the N most common gaps per Code version.
            Example: chc gaps --code-version 2024 --min-landlords 3 --stated
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
        // The stored figures (computed at build time by Comparison.commonNonCompliance), ranked within each Code
        // version, and the words of the responses they list.
        // Scattered lookups in the responses table: faster without a memory map (DatasetFile(path:memoryMapped:)).
        let dataset = try options.open(memoryMapped: false)
        let ranked = try checked { () throws(DatasetError) in
            try dataset.rankedGaps(version: codeVersion.version, adjusted: adjusted, minLandlords: minLandlords, top: top)
        }
        // The current Code first, as in chc rates; each version in its own rank order (--top N of each, cut in SQL).
        let entries = CodeVersion.allCases.reversed().flatMap { v in ranked.filter { $0.entry.codeVersion == v } }.map { gap in
            (gap.rank, gap.entry, gap.words.map { w in w.map { GapTables.Words(text: $0.text, sourcePath: $0.sourcePath, lineStart: $0.lineStart) } })
        }
        let summaries = try checked { () throws(DatasetError) in try dataset.provisionSummaries() }
        try options.emit(GapTables.table(entries, summary: { summaries[$0]?[$1] }), maxColumnWidth: 40)
        if options.format == .table {
            Stderr.print("rank: within each Code version; share = landlords answering partial or no\(adjusted ? " or hedged yes" : "") / landlords answering; "
                         + "95% Wilson interval; low_n = fewer than \(Comparison.lowNThreshold) answering landlords; CSV and JSON hold the full text")
        }
    }
}
