/// The mistakes ArgumentParser would answer unhelpfully, checked before it parses: a mistyped subcommand (it says
/// only "unexpected argument") and a Code version given to `--version` (which prints the tool's version and exits 0).
///
/// ```swift
/// UsageCheck.problem(["rate"], commands: ["rates", "gaps"])
/// // "unknown command 'rate' - did you mean 'rates'? (chc --help lists the commands)"
/// UsageCheck.problem(["rates", "--version", "2024"], commands: ["rates"])
/// // "--version prints chc's version and takes no value - for the Code version use --code-version 2024 (or --code 2024)"
/// ```
enum UsageCheck {
    /// The message for the first such mistake in `arguments`, or nil when there is none.
    static func problem(_ arguments: [String], commands: [String]) -> String? {
        guard let first = arguments.first else { return nil }
        let names = commands + ["help"]
        if !first.hasPrefix("-"), !names.contains(first) {
            let guess = suggestion(for: first, among: names)
            return "unknown command '\(first)'" + (guess.map { " - did you mean '\($0)'?" } ?? " - the commands are \(commands.joined(separator: ", "))")
                + " (chc --help lists the commands)"
        }
        let options = arguments.prefix { $0 != "--" }
        for (i, word) in options.enumerated() where i > 0 && (word == "--version" || word.hasPrefix("--version=")) {
            let value = word.hasPrefix("--version=") ? String(word.dropFirst("--version=".count))
                : (i + 1 < options.count && !options[i + 1].hasPrefix("-") ? options[i + 1] : "")
            guard !value.isEmpty else { continue }
            return "--version prints chc's version and takes no value - for the Code version use --code-version \(value) (or --code \(value))"
        }
        return nil
    }

    /// The command `word` was most likely meant to be: the only one it begins, else the nearest within two edits.
    static func suggestion(for word: String, among names: [String]) -> String? {
        let lower = word.lowercased()
        let prefixed = names.filter { $0.hasPrefix(lower) }
        if prefixed.count == 1 { return prefixed[0] }
        let scored = names.map { (name: $0, distance: editDistance(lower, $0)) }.filter { $0.distance <= 2 }
        return scored.min { ($0.distance, $0.name) < ($1.distance, $1.name) }?.name
    }

    /// Levenshtein distance over UTF-8 bytes (command names are ASCII).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        var previous = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in stride(from: 1, through: y.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return x.isEmpty ? y.count : previous[y.count]
    }
}
