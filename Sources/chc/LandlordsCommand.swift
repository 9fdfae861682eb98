import ArgumentParser
import Dataset
import Foundation
import Report

/// `chc landlords`: every landlord with its aliases, documents, periods and Code versions.
struct LandlordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "landlords",
        abstract: "List the landlords with every spelling of their names, their documents, periods and Code versions.",
        discussion: """
            Documents are one landlord when their names spell it ('Acme', 'Acme Council', 'London Borough of Acme') \
            and nothing contradicts it (another web domain, another kind of organisation such as 'Acme Homes'). \
            aliases: each spelling with where it was seen (manifest, title, text, url, file_name) and in how many documents.
            Example: chc landlords --format csv
            """)

    @OptionGroup var options: DatasetOptions

    func run() throws {
        let landlords: [LandlordListing]
        do { landlords = try DatasetReader.landlords(path: options.dataset) } catch { throw CLIError(error.description) }
        if options.format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(landlords), as: UTF8.self))
            return
        }
        let terminal = options.format == .table
        let rows = landlords.map { l -> [Cell] in
            let aliases = l.aliases.map { "\($0.alias) (\($0.source)\($0.documents > 1 ? " ×\($0.documents)" : ""))" }
            return [.text(l.id), .text(terminal ? l.name.terminalSafe : l.name), .text(l.kind), .int(l.named ? 1 : 0),
                    .int(l.documents), .text(l.periods.joined(separator: "; ")), .text(l.codeVersions.joined(separator: "; ")),
                    .text(terminal ? aliases.joined(separator: "; ").terminalSafe : aliases.joined(separator: "; "))]
        }
        let table = TextTable(columns: ["id", "name", "kind", "named", "documents", "periods", "code_versions", "aliases"], rows: rows)
        Printer.emit(table, format: options.format, maxColumnWidth: 90)
        if terminal {
            Stderr.print("\(landlords.count) landlords; aliases: spelling (where seen ×documents when more than one)")
        }
    }
}

extension String {
    /// The text with control characters (terminal escapes among them) shown as U+FFFD.
    var terminalSafe: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0.properties.generalCategory == .control ? "\u{FFFD}" : $0 }))
    }
}
