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
    @OptionGroup var versionOption: VersionOption

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
        var entries = try options.figures { db in
            try DatasetFigures.commonNonCompliance(db, version: versionOption.version, adjusted: adjusted, minLandlords: minLandlords)
        }
        var only = ""
        if let top {
            // Entries come ranked within each version.
            var kept: [CodeVersion: Int] = [:]
            entries = entries.filter { entry in
                kept[entry.codeVersion, default: 0] += 1
                return (kept[entry.codeVersion] ?? 0) <= top
            }
            // Versions and provisions are validated values (digits and a dot), safe to inline.
            let keys = entries.map { "'\($0.codeVersion.rawValue) \($0.provision)'" }
            only = " AND c.code_version || ' ' || c.provision IN (\(keys.isEmpty ? "NULL" : keys.joined(separator: ", ")))"
        }
        let result = try options.query("""
            SELECT r.document_id, r.provision, r.commentary, r.action, r.evidence, r.source_path, r.line_start
            FROM common_noncompliance_landlords c
            JOIN responses r ON r.document_id = c.document_id AND r.provision = c.provision
            WHERE c.basis = '\(adjusted ? "adjusted" : "stated")' AND r.status IN ('no', 'partial', 'yes')\(only)
            ORDER BY r.rowid
            """)
        var words: [String: GapTables.Words] = [:]
        for r in result.rows {
            let text = [r[2].text ?? "", r[3].text ?? "", r[4].text ?? ""].first { !$0.isEmpty } ?? ""
            words["\(r[0].text ?? "")|\(r[1].text ?? "")"] = GapTables.Words(text: text, sourcePath: r[5].text ?? "",
                                                                             lineStart: Int(r[6].text ?? "") ?? 0)
        }
        Printer.emit(GapTables.table(entries) { words["\($0)|\($1)"] }, format: options.format)
        if options.format == .table {
            Stderr.print("share = landlords answering partial or no\(adjusted ? " or hedged yes" : "") / landlords answering; 95% Wilson interval; low_n = fewer than \(Comparison.lowNThreshold) answering landlords")
        }
    }
}
