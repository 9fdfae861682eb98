import ArgumentParser
import Assessment
import Comparison
import Dataset
import Foundation
import GRDB
import Report

/// `chc benchmark LANDLORD`: one landlord against the sector.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "One landlord against the sector: per section its share vs the sector rate, minority answers, rank and percentile.",
        discussion: """
            LANDLORD matches case-insensitively on the id, the full name, a unique prefix or a unique word.
            share = the landlord's yes / its answered responses in the section; sector = all landlords' latest assessments \
            on the same Code version (itself included), with a 95% Wilson interval.
            Example: chc benchmark acme
            """)

    @OptionGroup var options: DatasetOptions
    @OptionGroup var versionOption: VersionOption

    @Argument(help: "Landlord name, id, unique prefix or word.")
    var landlord: String

    func run() throws {
        let id = try LandlordArgument.resolve(landlord, options: options)
        // From the stored figures and the landlord's own rows (Comparison.benchmark(score:own:...)), not every answer.
        let (name, versions, results) = try options.figures { db in
            let name = try String.fetchOne(db, sql: "SELECT name FROM landlords WHERE id = ?", arguments: [id]) ?? id
            let versions = try DatasetFigures.versions(of: id, db)
            let results = try (versionOption.version.map { [$0] } ?? versions).compactMap { v in
                try DatasetFigures.benchmark(id, version: v, db)
            }
            return (name, versions, results)
        }
        guard !results.isEmpty else {
            throw CLIError("\(name) has no assessment on the \(versionOption.raw ?? "") Code in \(options.dataset) - its versions: \(versions.map(\.rawValue).joined(separator: ", "))")
        }
        if options.format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let data = try encoder.encode(results)
            print(String(decoding: data, as: UTF8.self))
            return
        }
        for b in results {
            let s = b.score
            if options.format == .table {
                let rank = s.rank.map { "rank \($0) of \(s.rankedLandlords)" } ?? "not ranked"
                let pct = s.percentile.map { ", percentile \(Cell.fixed($0, 1))" } ?? ""
                print("\(s.landlordName) — \(s.codeVersion.rawValue) Code, document \(s.documentID) (\(s.period ?? "no period"))")
                func f(_ x: Double?) -> String { x.map { Cell.fixed($0, 3) } ?? "n/a" }
                print("overall: \(s.counts.yes) yes of \(s.counts.answered) answered = \(f(s.rates.strict)) stated, \(f(s.rates.adjusted)) adjusted "
                      + "(\(s.counts.hedgedYes) hedged yes counted as partial); sector \(b.sectorCounts.yes) of \(b.sectorCounts.answered) = "
                      + "\(f(b.sectorRates.strict)) stated, \(f(b.sectorRates.adjusted)) adjusted; \(rank)\(pct)\n")
            }
            Printer.emit(BenchmarkTables.table(b), format: options.format)
            if options.format == .table { print("") }
        }
        if options.format == .table {
            Stderr.print("share and rate = yes/answered; sector_low..sector_high: 95% Wilson interval; minority: the landlord's answer differs from most (>50%) landlords answering; percentile: share of other landlords with a lower share, ties counted half")
        }
    }
}
