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
        let dataset = try options.open()
        let landlords = try checked { () throws(DatasetError) in try dataset.landlordListings() }
        if options.format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            try Printer.write(String(decoding: try encoder.encode(landlords), as: UTF8.self) + "\n")
            return
        }
        let rows = landlords.map { l -> [Cell] in
            let aliases = l.aliases.map { "\($0.alias) (\($0.source)\($0.documents > 1 ? " ×\($0.documents)" : ""))" }
            return [.text(l.id), .text(l.name), .text(l.kind), .int(l.named ? 1 : 0), .int(l.documents),
                    .text(l.periods.joined(separator: "; ")), .text(l.codeVersions.joined(separator: "; ")),
                    .text(aliases.joined(separator: "; "))]
        }
        let table = TextTable(columns: ["id", "name", "kind", "named", "documents", "periods", "code_versions", "aliases"], rows: rows)
        try options.emit(table, maxColumnWidth: 90)
        if options.format == .table {
            Stderr.print("\(landlords.count) landlords; aliases: spelling (where seen ×documents when more than one)")
        }
    }
}
