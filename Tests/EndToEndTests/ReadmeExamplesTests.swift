import Foundation
import Testing

/// Every `$ chc ...` example in README.md runs as written and prints what the README shows, and so does every
/// `$ datasette ...` and `$ frictionless ...` example (with the tools `Scripts/setup` puts in `.build-python/`; they
/// are skipped, saying so, when it could not install them).
///
/// The examples are taken from the README's code blocks in order and run by `/bin/sh` (so quoting is the shell's)
/// in a fresh folder holding a link to `Corpus/`, with the built `chc` first on PATH (then `.build-python/bin`) and
/// standard error merged into standard output, as a terminal shows them. The lines under a command are its output: each must equal the
/// next line printed, except that a line `…` stands for any number of lines, and a line ending in `…` for a printed
/// line that starts with the text before it (the README trims wide tables to the page). Without a final `…` the
/// output must end where the README's does. A command whose output shows `Error:` must fail; any other must exit 0.
@Suite(.serialized) struct ReadmeExamplesTests {
    /// One README example: the command line and the lines shown under it.
    struct Example: CustomStringConvertible {
        var command: String
        var shown: [String]
        var line: Int
        var description: String { "README.md:\(line): $ \(command)" }
        /// The program the example runs: `chc` or one of `ReadmeExamplesTests.otherTools`.
        var program: String { command.split(separator: " ").first.map(String.init) ?? "" }
    }

    /// The other programs whose README examples are run (from `.build-python/bin`).
    static let otherTools: Set<String> = ["datasette", "frictionless"]

    /// The `$ chc`, `$ datasette` and `$ frictionless` examples of README.md's code blocks, in order.
    static func examples(_ readme: String) -> [Example] {
        var examples: [Example] = []
        var inBlock = false
        var current: Example?
        for (i, line) in readme.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("```") {
                if let done = current { examples.append(done) }
                current = nil
                inBlock.toggle()
                continue
            }
            guard inBlock else { continue }
            if line.hasPrefix("$ ") {
                if let done = current { examples.append(done) }
                let example = Example(command: String(line.dropFirst(2)), shown: [], line: i + 1)
                current = example.program == "chc" || otherTools.contains(example.program) ? example : nil
            } else if current != nil {
                current?.shown.append(String(line))
            }
        }
        return examples.map { example in
            var example = example
            while example.shown.last?.isEmpty == true { example.shown.removeLast() }
            return example
        }
    }

    /// Nil when `printed` matches `shown` by the rules above, else what differs.
    static func mismatch(shown: [String], printed: [String]) -> String? {
        var p = 0
        for (k, want) in shown.enumerated() {
            if want == "…" {
                guard k + 1 < shown.count else { return nil }
                let next = shown[k + 1]
                guard let found = printed[p...].firstIndex(where: { matches(next, $0) }) else {
                    return "no printed line after line \(p + 1) matches '\(next)'"
                }
                p = found
                continue
            }
            guard p < printed.count else { return "output ended before '\(want)'" }
            guard matches(want, printed[p]) else { return "line \(p + 1): README shows\n  \(want)\nchc printed\n  \(printed[p])" }
            p += 1
        }
        return p == printed.count ? nil : "chc printed more lines than the README shows, from line \(p + 1): \(printed[p])"
    }

    static func matches(_ shown: String, _ printed: String) -> Bool {
        shown == printed || (shown.hasSuffix("…") && printed.hasPrefix(shown.dropLast()))
    }

    @Test func theReadmeHasExamplesOfEveryCommand() throws {
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let examples = Self.examples(readme).filter { $0.program == "chc" }
        let commands = Set(examples.compactMap { $0.command.split(separator: " ").dropFirst().first.map(String.init) })
        let subcommands = try CLI.subcommands()
        #expect(subcommands.count >= 10)
        for command in subcommands {
            #expect(commands.contains(command), "README.md has no `$ chc \(command)` example")
        }
    }

    @Test func everyExampleRunsAsWritten() throws {
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let examples = Self.examples(readme)
        #expect(examples.count >= 10)
        let folder = try CLI.temporaryDirectory()
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Corpus"),
                                                   withDestinationURL: CLI.packageRoot.appendingPathComponent("Corpus"))
        for example in examples {
            if example.program != "chc" && !PythonTools.available {
                print("\(example): skipped (\(example.program) not installed in .build-python)")
                continue
            }
            let run = try Self.shell(example.command + " 2>&1", in: folder)
            var printed = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if printed.last == "" { printed.removeLast() }
            if let difference = Self.mismatch(shown: example.shown, printed: printed) {
                Issue.record("\(example): \(difference)")
            }
            let fails = example.shown.contains { $0.hasPrefix("Error:") }
            #expect(fails ? run.status != 0 : run.status == 0, "\(example): exit \(run.status)")
        }
    }

    @Test func theMatchRulesAreStrict() {
        #expect(Self.mismatch(shown: ["a", "…", "d"], printed: ["a", "b", "c", "d"]) == nil)
        #expect(Self.mismatch(shown: ["a", "…"], printed: ["a", "b"]) == nil)
        #expect(Self.mismatch(shown: ["ab…"], printed: ["abc"]) == nil)
        #expect(Self.mismatch(shown: ["a"], printed: ["a", "b"]) != nil)
        #expect(Self.mismatch(shown: ["a", "c"], printed: ["a", "b"]) != nil)
        #expect(Self.mismatch(shown: ["a", "…", "x"], printed: ["a", "b"]) != nil)
    }

    /// Runs `command` with `/bin/sh -c` in `directory`, the built `chc` first on PATH.
    static func shell(_ command: String, in directory: URL) throws -> CLI.Run {
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = [CLI.binary.deletingLastPathComponent().path, PythonTools.folder.appendingPathComponent("bin").path,
                       env["PATH"] ?? "/usr/bin:/bin"].joined(separator: ":")
        env["COLUMNS"] = "200"
        return try CLI.launch(URL(fileURLWithPath: "/bin/sh"), ["-c", command], in: directory, environment: env)
    }
}
