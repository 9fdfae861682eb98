import ArgumentParser
import Comparison
import Dataset
import Report
import Signals

/// `chc signals`: the rows whose text hides something the stated answer does not say.
struct SignalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signals",
        abstract: "Responses flagged by their own text: hedged yes, unevidenced, generic evidence, implicit answers, contradictions.",
        discussion: """
            Kinds: \(SignalKind.allCases.map(\.rawValue).joined(separator: ", ")). The stated status is never changed; \
            an implicit answer's inferred status is shown beside it.
            Example: chc signals --kind hedged_yes --landlord acme
            """)

    @OptionGroup var options: DatasetOptions

    @Option(help: "Only this kind of signal.")
    var kind: String?

    @Option(help: "Only this landlord (name, id, unique prefix or word).")
    var landlord: String?

    func validate() throws {
        if let kind, SignalKind(rawValue: kind) == nil {
            throw ValidationError("--kind must be one of \(SignalKind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(kind)'")
        }
    }

    func run() throws {
        let dataset = try options.open()
        let id = try landlord.map { try LandlordArgument.resolve($0, in: dataset).id }
        let signals = try checked { () throws(DatasetError) in try dataset.signals(kind: kind, landlordID: id) }
        let rows = signals.map { s -> [Cell] in
            ResponseCells.leading(s.response) + [.text(s.kind), .text(s.phrase), s.inferredStatus.map { .text($0.rawValue) } ?? .null,
                                                 .text(s.detail), ResponseCells.place(s.response)]
        }
        try options.emit(TextTable(columns: ["landlord", "code_version", "provision", "status", "kind", "phrase", "inferred_status",
                                             "detail", "where"], rows: rows))
    }
}

/// `chc actions`: actions the landlords say they will take, with target dates, owners and whether overdue.
struct ActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Actions from the 2022 Action column and from commentary: target date, owner, overdue at the assessment date.",
        discussion: "overdue = the end of the target's period is before the end of the document's period. Example: chc actions --overdue")

    @OptionGroup var options: DatasetOptions

    @Flag(help: "Only actions overdue at the assessment's date.")
    var overdue = false

    @Option(help: "Only this landlord (name, id, unique prefix or word).")
    var landlord: String?

    func run() throws {
        let dataset = try options.open()
        let id = try landlord.map { try LandlordArgument.resolve($0, in: dataset).id }
        let actions = try checked { () throws(DatasetError) in try dataset.actions(overdueOnly: overdue, landlordID: id) }
        let rows = actions.map { a -> [Cell] in
            ResponseCells.leading(a.response) + [
                .text(a.description), a.targetDate.map(Cell.text) ?? .null, a.precision.map(Cell.text) ?? .null,
                a.owner.map(Cell.text) ?? .null, a.assessedOn.map(Cell.text) ?? .null, a.overdue.map { .int($0 ? 1 : 0) } ?? .null,
                ResponseCells.place(a.response)]
        }
        try options.emit(TextTable(columns: ["landlord", "code_version", "provision", "status", "description", "target_date",
                                             "precision", "owner", "assessed_on", "overdue", "where"], rows: rows))
    }
}

/// Resolves a LANDLORD argument to a landlord, with the same rules and errors as `chc benchmark`
/// (`LandlordMatch`: ids, names and every alias in `landlord_aliases`).
enum LandlordArgument {
    static func resolve(_ text: String, in dataset: DatasetFile) throws -> (id: String, name: String) {
        let landlords = try checked { () throws(DatasetError) in try dataset.landlordCandidates() }
        switch LandlordMatch.find(text, in: landlords) {
        case .found(let id, let name): return (id, name)
        case .ambiguous(let names):
            throw CLIError("'\(text)' matches \(names.count) landlords: \(names.joined(separator: "; ")) - give more of the name")
        case .unknown(let closest):
            let hint = landlords.isEmpty ? "the dataset has no landlords; build it with 'chc build'"
                : closest.isEmpty ? "'chc landlords' lists all \(landlords.count)"
                : "did you mean \(Self.either(closest))? ('chc landlords' lists them all)"
            throw CLIError("no landlord matches '\(text)' - \(hint)")
        }
    }

    /// 'A', 'A or B', 'A, B or C'.
    static func either(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " or " + last
    }
}
