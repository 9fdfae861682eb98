import ArgumentParser
import Assessment
import Comparison
import Dataset
import Foundation
import Report

/// `chc benchmark LANDLORD`: one landlord against the sector.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "One landlord against the sector: per section its share vs the sector rate, minority answers, rank and percentile.",
        discussion: """
            LANDLORD matches the id, the name or any spelling in 'chc landlords' (any case and punctuation; 'Acme Council' \
            finds 'London Borough of Acme'), the name's own words without Council, Borough, Homes, Trust…, a unique prefix or word.
            share = the landlord's yes / its answered responses in the section; sector = all landlords' latest assessments \
            on the same Code version (itself included), with a 95% Wilson interval.
            Example: chc benchmark acme
            """)

    @OptionGroup var options: DatasetOptions
    @OptionGroup var codeVersion: CodeVersionOption

    @Argument(help: "Landlord name, id, unique prefix or word.")
    var landlord: String

    func run() throws {
        let dataset = try options.open()
        let found = try LandlordArgument.resolve(landlord, in: dataset)
        // From the stored figures and the landlord's own rows (Comparison.benchmark(score:own:...)), not every answer.
        let versions = try checked { () throws(DatasetError) in try dataset.versions(of: found.id) }
        var results: [Benchmark] = []
        for v in codeVersion.version.map({ [$0] }) ?? versions {
            if let b = try checked({ () throws(DatasetError) in try dataset.benchmark(landlordID: found.id, version: v) }) {
                results.append(b)
            }
        }
        guard !results.isEmpty else {
            throw CLIError("\(found.name) has no assessment on the \(codeVersion.version?.rawValue ?? "") Code in \(options.dataset) - its versions: \(versions.map(\.rawValue).joined(separator: ", "))")
        }
        if options.format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            try Printer.write(String(decoding: try encoder.encode(results), as: UTF8.self) + "\n")
            return
        }
        for b in results { try printBenchmark(b) }
        if options.format == .table {
            Stderr.print("share and rate = yes/answered; sector_low..sector_high: 95% Wilson interval; minority: the landlord's answer differs from most (>50%) landlords answering; percentile: share of other landlords with a lower share, ties counted half")
        }
    }

    private func printBenchmark(_ b: Benchmark) throws {
        let s = b.score
        if options.format == .table {
            let rank = s.rank.map { "rank \($0) of \(s.rankedLandlords)" } ?? "not ranked"
            let pct = s.percentile.map { ", percentile \(Cell.fixed($0, 1))" } ?? ""
            func f(_ x: Double?) -> String { x.map { Cell.fixed($0, 3) } ?? "n/a" }
            try Printer.write(TerminalText.inert("\(s.landlordName) — \(s.codeVersion.rawValue) Code, document \(s.documentID) (\(s.period ?? "no period"))", keepNewlines: false) + "\n"
                + "overall: \(s.counts.yes) yes of \(s.counts.answered) answered = \(f(s.rates.strict)) stated, \(f(s.rates.adjusted)) adjusted "
                + "(\(s.counts.hedgedYes) hedged yes counted as partial); sector \(b.sectorCounts.yes) of \(b.sectorCounts.answered) = "
                + "\(f(b.sectorRates.strict)) stated, \(f(b.sectorRates.adjusted)) adjusted; \(rank)\(pct)\n\n")
        }
        try options.emit(BenchmarkTables.table(b))
        if options.format == .table { try Printer.write("\n") }
    }
}
