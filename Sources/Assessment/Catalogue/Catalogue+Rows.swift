/// An error in the Code catalogue's reference rows.
public struct CatalogueError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let row: Int
    public let message: String
    public init(file: String, row: Int, message: String) {
        self.file = file
        self.row = row
        self.message = message
    }
    public var description: String { "\(file):\(row): \(message)" }
}

extension Catalogue {
    /// Builds the catalogue from parsed CSV rows (header row first) of the three reference files.
    ///
    /// - Throws: `CatalogueError` naming the file and row, e.g.
    ///   `provisions-2024.csv:7: 'obligation' is 'sometimes', expected must|expected|should|may`.
    public init(rows2022: [[String]], rows2024: [[String]], crosswalkRows: [[String]], version: String) throws {
        let p22 = try Self.provisions(rows2022, version: .v2022, file: "provisions-2022.csv")
        let p24 = try Self.provisions(rows2024, version: .v2024, file: "provisions-2024.csv")
        let cw = try Self.crosswalk(crosswalkRows, file: "crosswalk-2022-2024.csv")
        self.init(provisions: [.v2022: p22, .v2024: p24], crosswalk: cw, version: version)
    }

    private static func columns(_ rows: [[String]], file: String, expected: [String]) throws -> [String: Int] {
        guard let header = rows.first else { throw CatalogueError(file: file, row: 1, message: "file is empty") }
        var map: [String: Int] = [:]
        for (i, name) in header.enumerated() { map[name.trimmingWhitespace()] = i }
        for name in expected where map[name] == nil {
            throw CatalogueError(file: file, row: 1, message: "missing column '\(name)'; expected \(expected.joined(separator: ","))")
        }
        return map
    }

    /// The trimmed value of a named column in a row ("" when the row is short).
    private static func cell(_ row: [String], _ cols: [String: Int], _ name: String) -> String {
        guard let i = cols[name], i < row.count else { return "" }
        return row[i].trimmingWhitespace()
    }

    private static func provisions(_ rows: [[String]], version: CodeVersion, file: String) throws -> [Provision] {
        let cols = try columns(rows, file: file, expected: ["provision", "section_number", "section_title", "stage", "obligation", "summary"])
        var out: [Provision] = []
        for (n, row) in rows.dropFirst().enumerated() {
            let line = n + 2
            let cell = { (name: String) in Self.cell(row, cols, name) }
            if row.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { continue }
            guard let id = ProvisionID(cell("provision")) else {
                throw CatalogueError(file: file, row: line, message: "'provision' is '\(cell("provision"))', expected a number like 6.10")
            }
            guard let section = Int(cell("section_number")), section == id.section else {
                throw CatalogueError(file: file, row: line, message: "'section_number' is '\(cell("section_number"))', expected \(id.section)")
            }
            guard let obligation = Obligation(rawValue: cell("obligation")) else {
                throw CatalogueError(file: file, row: line, message: "'obligation' is '\(cell("obligation"))', expected must|expected|should|may")
            }
            let stageText = cell("stage")
            let stage: Int?
            if stageText.isEmpty { stage = nil } else if let s = Int(stageText) { stage = s } else {
                throw CatalogueError(file: file, row: line, message: "'stage' is '\(stageText)', expected a number or empty")
            }
            out.append(Provision(version: version, id: id, sectionNumber: section, sectionTitle: cell("section_title"),
                                 stage: stage, obligation: obligation, summary: cell("summary")))
        }
        return out
    }

    private static func crosswalk(_ rows: [[String]], file: String) throws -> [CrosswalkEntry] {
        let cols = try columns(rows, file: file, expected: ["provision_2022", "provision_2024", "relation", "note"])
        var out: [CrosswalkEntry] = []
        for (n, row) in rows.dropFirst().enumerated() {
            let line = n + 2
            let cell = { (name: String) in Self.cell(row, cols, name) }
            if row.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { continue }
            guard let from = ProvisionID(cell("provision_2022")) else {
                throw CatalogueError(file: file, row: line, message: "'provision_2022' is '\(cell("provision_2022"))', expected a number")
            }
            guard let relation = CrosswalkRelation(rawValue: cell("relation")) else {
                throw CatalogueError(file: file, row: line, message: "'relation' is '\(cell("relation"))', expected same|narrower|broader|partial|none")
            }
            let toText = cell("provision_2024")
            let to = ProvisionID(toText)
            if relation != .none && to == nil {
                throw CatalogueError(file: file, row: line, message: "'provision_2024' is '\(toText)', expected a number for relation \(relation.rawValue)")
            }
            out.append(CrosswalkEntry(provision2022: from, provision2024: to, relation: relation, note: cell("note")))
        }
        return out
    }
}

extension StringProtocol {
    /// The string without leading and trailing whitespace and newlines (no Foundation needed).
    public func trimmingWhitespace() -> String {
        // Most texts start and end with an ASCII character that is not whitespace: that Character's first scalar is
        // that byte (an ASCII scalar never extends a Character), so nothing is trimmed.
        var s = Substring(self)
        if let first = s.utf8.first, let last = s.utf8.last, first < 0x80, last < 0x80, !Self.isASCIIWhitespace(first),
           !Self.isASCIIWhitespace(last) {
            return String(s)
        }
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    private static func isASCIIWhitespace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
}
