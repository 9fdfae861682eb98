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
        var filters: [String] = []
        if let kind { filters.append("s.kind = '\(kind)'") }
        if let landlord { filters.append("l.id = '\(try LandlordArgument.resolve(landlord, options: options).sqlEscaped)'") }
        let result = try options.query("""
            SELECT l.name AS landlord, r.code_version, r.provision, r.status, s.kind, s.phrase, s.inferred_status, s.detail,
                   r.source_path || ':' || r.line_start AS "where"
            FROM signals s JOIN responses r ON r.id = s.response_id JOIN documents d ON d.id = r.document_id
            JOIN landlords l ON l.id = d.landlord_id
            \(filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND "))
            ORDER BY l.name, r.code_version, r.provision_key, s.position
            """)
        Printer.emit(result.table, format: options.format)
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
        var filters: [String] = []
        if overdue { filters.append("a.overdue = 1") }
        if let landlord { filters.append("l.id = '\(try LandlordArgument.resolve(landlord, options: options).sqlEscaped)'") }
        let result = try options.query("""
            SELECT l.name AS landlord, r.code_version, r.provision, r.status, a.description, a.target_date, a.precision,
                   a.owner, a.assessed_on, a.overdue, r.source_path || ':' || r.line_start AS "where"
            FROM actions a JOIN responses r ON r.id = a.response_id JOIN documents d ON d.id = r.document_id
            JOIN landlords l ON l.id = d.landlord_id
            \(filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND "))
            ORDER BY l.name, r.code_version, r.provision_key, a.position
            """)
        Printer.emit(result.table, format: options.format)
    }
}

/// Resolves a LANDLORD argument to a landlord id, with the same rules and errors as `chc benchmark`
/// (`LandlordMatch`: ids, names and every alias in `landlord_aliases`).
enum LandlordArgument {
    static func resolve(_ text: String, options: DatasetOptions) throws -> String {
        let landlords: [LandlordListing]
        do { landlords = try DatasetReader.landlords(path: options.dataset) } catch { throw CLIError(error.description) }
        let candidates = landlords.map { l in
            LandlordMatch.Candidate(id: l.id, name: l.name, aliases: l.aliases.filter { $0.source != "url" }.map(\.alias))
        }
        switch LandlordMatch.find(text, in: candidates) {
        case .found(let id, _): return id
        case .ambiguous(let names):
            throw CLIError("'\(text)' matches \(names.count) landlords: \(names.joined(separator: "; ")) - give more of the name".terminalSafe)
        case .unknown(let closest):
            let hint = landlords.isEmpty ? "the dataset has no landlords; build it with 'chc build'"
                : closest.isEmpty ? "'chc landlords' lists all \(landlords.count)"
                : "did you mean \(Self.either(closest))? ('chc landlords' lists them all)"
            throw CLIError("no landlord matches '\(text)' - \(hint)".terminalSafe)
        }
    }

    /// 'A', 'A or B', 'A, B or C'.
    static func either(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " or " + last
    }
}

extension String {
    /// The string with single quotes doubled, for an SQL string literal.
    var sqlEscaped: String { replacingOccurrences(of: "'", with: "''") }
}
