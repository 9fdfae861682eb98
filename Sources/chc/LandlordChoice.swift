import ArgumentParser
import Assessment
import Comparison
import Dataset

/// The LANDLORD argument and `--code-version` option of `chc trends` and `chc report`, resolved against a dataset
/// with the rules and messages of `chc benchmark`.
enum LandlordChoice {
    /// The id of the landlord `text` names among `landlords`.
    ///
    /// - Throws: `CLIError`: `'x' matches 2 landlords: A; B - give more of the name`, or
    ///   `no landlord matches 'x'; closest: A; B - see chc query "SELECT id, name FROM landlords"`.
    static func resolve(_ text: String, in landlords: [LandlordRecord]) throws -> String {
        switch LandlordMatch.find(text, in: landlords.map { (id: $0.id, name: $0.name) }) {
        case .found(let id, _): return id
        case .ambiguous(let names):
            throw CLIError("'\(text)' matches \(names.count) landlords: \(names.joined(separator: "; ")) - give more of the name")
        case .unknown(let closest):
            throw CLIError("no landlord matches '\(text)'"
                           + (closest.isEmpty ? " (the dataset has no landlords)" : "; closest: \(closest.joined(separator: "; "))")
                           + " - see `chc query \"SELECT id, name FROM landlords\"`")
        }
    }
}

/// `--code-version 2022|2024` (alias `--code`): one Code version only.
struct CodeVersionChoice: ParsableArguments {
    @Option(name: [.customLong("code-version"), .customLong("code")],
            help: "Only this Code version: 2022 or 2024 (default: each version separately).")
    var raw: String?

    /// The chosen version, or nil for all.
    var version: CodeVersion? { raw.flatMap(CodeVersion.init(rawValue:)) }

    func validate() throws {
        if let raw, CodeVersion(rawValue: raw) == nil {
            throw ValidationError("--code-version must be 2022 or 2024, not '\(raw)'")
        }
    }
}

extension DatasetError {
    /// The error as the command line reports it.
    var cli: CLIError { CLIError(description) }
}
