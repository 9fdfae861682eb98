import Assessment
import Dataset
import Foundation
@testable import Normaliser

/// Shared helpers for the PDF reader's tests.
enum Support {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = here.appendingPathComponent("Fixtures")
    static let root = here.deletingLastPathComponent().deletingLastPathComponent()

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// The document model of a fixture.
    static func read(_ name: String, reader: PDFReader = PDFReader()) throws -> Document {
        let url = fixtures.appendingPathComponent(name)
        return try reader.read(DocumentInput.Part(path: name, bytes: try bytes(url)), index: 0)
    }

    static func normalise(_ url: URL, path: String) throws -> Assessment {
        try Normaliser(catalogue: try Catalogue.bundled()).normalise(DocumentInput(path: path, bytes: try bytes(url)))
    }

    /// The error a fixture's reading throws, or nil when it reads.
    static func error(_ name: String, reader: PDFReader = PDFReader()) -> NormaliserError? {
        do {
            _ = try read(name, reader: reader)
            return nil
        } catch {
            return error as? NormaliserError
        }
    }

    /// Fixtures with an `.expected` file (`provision<TAB>status<TAB>requirement` per line).
    static func expectedNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(".expected".count)) }.sorted()
    }

    struct Expected: Equatable {
        var provision: String
        var status: String
        var requirement: String
    }

    static func expected(_ name: String) throws -> [Expected] {
        let text = try String(contentsOf: fixtures.appendingPathComponent(name + ".expected"), encoding: .utf8)
        return text.split(separator: "\n").map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Expected(provision: f[0], status: f.count > 1 ? f[1] : "", requirement: f.count > 2 ? f[2] : "")
        }
    }

    /// Whitespace collapsed to single spaces, trimmed.
    static func squeeze(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    static func tables(_ d: Document) -> [Block] { d.blocks.filter { $0.kind == .table } }
}
