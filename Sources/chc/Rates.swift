import ArgumentParser
import Assessment
import Comparison
import Dataset
import Report

/// `chc rates`: compliance rate per provision, worst first.
struct RatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rates",
        abstract: "Compliance rates per provision (or per section), worst first, with 95% Wilson intervals.",
        discussion: """
            rate = yes / (yes + partial + no); na and blank are never in the denominator. One assessment per landlord \
            per Code version (the latest). Versions are reported separately unless --pool maps 2022 answers onto 2024 \
            provisions through the crosswalk (relation 'same' only).
            Example: chc rates --version 2024 --section 6
            """)

    @OptionGroup var options: DatasetOptions
    @OptionGroup var codeVersion: CodeVersionOption

    @Option(help: "Only provisions of this section.")
    var section: Int?

    @Flag(help: "Per section instead of per provision.")
    var bySection = false

    @Flag(help: "Map 2022 answers onto 2024 provisions through the crosswalk (relation 'same' only) and report 2024 figures.")
    var pool = false

    func validate() throws {
        if pool, codeVersion.version == .v2022 { throw ValidationError("--pool reports 2024 provisions; drop --version 2022") }
        if let section, !(1...9).contains(section) { throw ValidationError("--section must be 1 to 9, not \(section)") }
    }

    func run() throws {
        // The figures `chc build` stored (computed by the same Comparison functions); only pooled section rates,
        // which are not stored, are computed here from the answers.
        let dataset = try options.open()
        let version = pool ? .v2024 : codeVersion.version
        if pool {
            let counts = try checked { () throws(DatasetError) in try dataset.poolCounts() }
            Stderr.print("pooled: \(counts.mapped) answers to the 2022 Code mapped onto 2024 provisions (crosswalk 'same'); "
                         + "\(counts.unmapped) not mapped, \(counts.superseded) superseded by the landlord's 2024 assessment")
        }
        if bySection { try printSections(dataset, version: version) } else { try printProvisions(dataset, version: version) }
        if options.format == .table {
            Stderr.print("rate = yes/answered (answered = yes+partial+no); rate_low..rate_high: 95% Wilson interval; "
                         + "lenient counts partial as half; adjusted counts hedged yes as partial; low_n = fewer than \(Comparison.lowNThreshold) answering landlords")
        }
    }

    private func printSections(_ dataset: DatasetFile, version: CodeVersion?) throws {
        let stored = try checked { () throws(DatasetError) in try dataset.sectionRates(version: version) }
        var rates = pool
            ? Comparison.sectionRates(Comparison.pool(try checked { () throws(DatasetError) in try dataset.answers() },
                                                      crosswalk: try Catalogue.bundled().crosswalk).rows, version: version)
            : stored.map(\.rate)
        if let section { rates = rates.filter { $0.section == section } }
        rates.sort { a, b in
            if a.codeVersion != b.codeVersion { return a.codeVersion > b.codeVersion }
            let (x, y) = (a.rates.strict ?? 2, b.rates.strict ?? 2)
            return x != y ? x < y : a.section < b.section
        }
        let table = ComparisonTables.sectionRates(rates)
        try options.emit(options.format == .table
                         ? table.selecting(["code_version", "section", "provisions"] + ComparisonTables.compactRateColumns) : table)
    }

    private func printProvisions(_ dataset: DatasetFile, version: CodeVersion?) throws {
        var rates = Comparison.worstFirst(try checked { () throws(DatasetError) in
            try dataset.provisionRates(version: version, pooled: pool)
        })
        if let section { rates = rates.filter { $0.section == section } }
        // Versions are reported one after the other (2024 first), each worst first; never interleaved.
        rates = CodeVersion.allCases.reversed().flatMap { v in rates.filter { $0.codeVersion == v } }
        let table = ComparisonTables.provisionRates(rates)
        try options.emit(options.format == .table
                         ? table.selecting(["code_version", "provision", "section"] + ComparisonTables.compactRateColumns) : table)
    }
}
