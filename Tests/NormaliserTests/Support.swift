import Assessment
import Foundation
import Normaliser

/// Shared helpers for the normaliser tests.
enum Support {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func catalogue() throws -> Catalogue { try Catalogue.bundled() }

    /// Names of fixture documents (without extension) that have an `.expected` file.
    static func fixtureNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(".expected".count)) }.sorted()
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    static func normalise(_ name: String) throws -> Assessment {
        let normaliser = Normaliser(catalogue: try catalogue())
        return try normaliser.normalise(DocumentInput(path: name, bytes: try bytes(name)))
    }

    static func normalise(text: String, path: String = "inline.txt") throws -> Assessment {
        try Normaliser(catalogue: try catalogue()).normalise(DocumentInput(path: path, bytes: Array(text.utf8)))
    }
}
