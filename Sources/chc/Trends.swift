import ArgumentParser
import Assessment
import Comparison
import Dataset
import Foundation
import Report

/// `chc trends [LANDLORD]`: a landlord's assessments over time and what changed, or the sector's rates per period.
struct Trends: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Trends: a landlord's assessments in period order and the answers that changed, or the sector's rates per period.",
        discussion: """
            With LANDLORD: each of its assessments (oldest first) with its overall and per-section shares, stated \
            (rate = yes/answered) and adjusted (a hedged yes counted as partial), then every provision whose answer \
            changed from one assessment to the next, with both documents' file:line. Between a 2022 and a 2024 \
            assessment provisions are compared only through the crosswalk's 'same' pairs. Table output shows both \
            tables; CSV shows the assessments (--changes: the changes); JSON the whole trend.
            Without LANDLORD: per period (the first four-digit year of a document's period), the rate per section \
            (--by-provision: per provision) over every landlord's latest assessment of that period; versions apart \
            unless --pool maps 2022 answers onto 2024 provisions through 'same' pairs.
            Example: chc trends acme --changes
            """)

    @OptionGroup var options: DatasetOptions
    @OptionGroup var codeVersion: CodeVersionOption

    @Argument(help: "Landlord name, id, unique prefix or word (default: the sector).")
    var landlord: String?

    @Flag(help: "With LANDLORD, in CSV: the changed answers instead of the assessments.")
    var changes = false

    @Flag(help: "Sector: per provision instead of per section.")
    var byProvision = false

    @Option(help: "Sector: only this section.")
    var section: Int?

    @Flag(help: "Sector: the 2024 Code with 2022 answers mapped through the crosswalk's 'same' pairs.")
    var pool = false

    func validate() throws {
        if let section, !(1...9).contains(section) { throw ValidationError("--section must be 1 to 9, not \(section)") }
        if pool, codeVersion.version == .v2022 { throw ValidationError("--pool reports 2024 provisions; drop --code-version 2022") }
        if landlord != nil, byProvision || pool || section != nil {
            throw ValidationError("--by-provision, --section and --pool are for the sector trend; drop them or LANDLORD")
        }
        if landlord == nil, changes { throw ValidationError("--changes needs a LANDLORD") }
    }

    func run() throws {
        if let landlord { try landlordTrend(landlord) } else { try sectorTrend() }
    }

    private func landlordTrend(_ text: String) throws {
        let catalogue = try Catalogue.bundled()
        let dataset = try options.open()
        let found = try LandlordArgument.resolve(text, in: dataset)
        let answers = try checked { () throws(DatasetError) in try dataset.locatedAnswers(landlordID: found.id) }
        let kept = answers.filter { codeVersion.version == nil || $0.row.codeVersion == codeVersion.version }
        guard let trend = Comparison.landlordTrends(kept, crosswalk: catalogue.crosswalk).first else {
            throw CLIError("\(found.name) has no assessment\(codeVersion.version.map { " on the \($0.rawValue) Code" } ?? "") in \(options.dataset)")
        }
        switch options.format {
        case .json: try printJSON(trend)
        case .csv: try options.emit(changes ? TrendTables.changes(trend) : TrendTables.assessments(trend))
        case .table:
            try Printer.write(TerminalText.inert("\(trend.landlordName) — \(trend.assessments.count) assessment(s), oldest first; counted = its latest on that Code version (the one in the sector figures)", keepNewlines: false) + "\n")
            try options.emit(TrendTables.assessments(trend))
            for step in trend.steps { try Printer.write("\n" + TerminalText.inert(TrendTables.stepSummary(step)) + "\n") }
            let table = TrendTables.changes(trend)
            if !table.rows.isEmpty { try Printer.write("\n"); try options.emit(table) }
            Stderr.print("rate = yes/answered (stated); adjusted counts a hedged yes as partial; 95% Wilson intervals; direction on no < partial < hedged yes < yes")
        }
    }

    private func sectorTrend() throws {
        let dataset = try options.open()
        let trend = try checked { () throws(DatasetError) in try dataset.sectorTrend() }
        let basis: TrendBasis = pool ? .pooled : .version
        let version = codeVersion.version
        if options.format == .json {
            try printJSON(SectorTrend(
                periods: trend.periods.filter { version == nil || $0.codeVersion == version },
                provisionRates: byProvision ? trend.provisionRates.filter { keep($0.basis, $0.rate.codeVersion, $0.rate.section, basis) } : [],
                sectionRates: byProvision ? [] : trend.sectionRates.filter { keep($0.basis, $0.rate.codeVersion, $0.rate.section, basis) },
                pooling: pool ? trend.pooling : [], undatedDocuments: trend.undatedDocuments))
            return
        }
        let table = byProvision
            ? TrendTables.sectorProvisions(sorted(trend.provisionRates.filter { keep($0.basis, $0.rate.codeVersion, $0.rate.section, basis) }) {
                ($0.rate.codeVersion.rawValue, $0.rate.provision.section, $0.rate.provision.item) }, trend: trend)
            : TrendTables.sectorSections(sorted(trend.sectionRates.filter { keep($0.basis, $0.rate.codeVersion, $0.rate.section, basis) }) {
                ($0.rate.codeVersion.rawValue, $0.rate.section, 0) }, trend: trend)
        try options.emit(options.format == .table ? table.selecting(Self.compactColumns(byProvision)) : table)
        if options.format == .table { for line in notes(trend) { Stderr.print(line) } }
    }

    /// Whether a figure is shown: the chosen basis, version and section.
    private func keep(_ b: TrendBasis, _ v: CodeVersion, _ s: Int, _ basis: TrendBasis) -> Bool {
        b == basis && (codeVersion.version == nil || v == codeVersion.version) && (section == nil || s == section)
    }

    /// Rows by version, then provision or section, then period (each series reads downwards).
    private func sorted<T>(_ rows: [PeriodRate<T>], key: (PeriodRate<T>) -> (String, Int, Int)) -> [PeriodRate<T>] {
        rows.sorted { a, b in
            let ka = key(a), kb = key(b)
            return (ka.0, ka.1, ka.2, a.year) < (kb.0, kb.1, kb.2, b.year)
        }
    }

    private static func compactColumns(_ byProvision: Bool) -> [String] {
        ["code_version"] + (byProvision ? ["provision"] : ["section"])
            + ["period", "answering_landlords", "yes", "answered", "rate", "rate_low", "rate_high", "adjusted", "low_n"]
    }

    /// What the periods count, and how versions were treated, for standard error.
    private func notes(_ trend: SectorTrend) -> [String] {
        var lines = trend.years.map { year -> String in
            let counted = trend.periods.filter { $0.year == year }
                .map { "\($0.documents) on the \($0.codeVersion.rawValue) Code" }.joined(separator: ", ")
            return "period \(trend.label(year)) (year \(year)): \(counted) (latest per landlord and version in that year)"
        }
        if pool {
            for p in trend.pooling {
                lines.append("pooled \(trend.label(p.year)): \(p.mapped) answers to the 2022 Code mapped onto 2024 provisions "
                             + "through the crosswalk's 'same' pairs; \(p.unmapped) without a 'same' pair not mapped, "
                             + "\(p.superseded) superseded by the landlord's 2024 assessment")
            }
        } else {
            lines.append("versions are kept apart; --pool compares across versions, only through the crosswalk's 'same' pairs")
        }
        if trend.undatedDocuments > 0 {
            lines.append("\(trend.undatedDocuments) document(s) without a four-digit year in their period are in no period")
        }
        lines.append("rate = yes/answered over all landlords' assessments of the period; rate_low..rate_high: 95% Wilson interval; low_n = fewer than \(Comparison.lowNThreshold) answering landlords")
        return lines
    }

    private func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try Printer.write(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n")
    }
}
