import Foundation
@testable import Normaliser
import ZIPFoundation

/// Builds small zip packages in memory for tests of broken or unusual Word files.
enum ZipMaker {
    struct Failure: Error {}

    /// A deflated zip holding `parts` (name, bytes), in order.
    static func zip(_ parts: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (name, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 0), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw Failure() }
        return [UInt8](data)
    }

    /// The raw deflate data of `bytes`, as a zip stores it (taken from a one-entry zip made by ZIPFoundation).
    static func deflated(_ bytes: [UInt8]) throws -> [UInt8] {
        let zip = try ZipArchive.read(try self.zip([("x", bytes)])).get()
        guard let entry = zip.entries["x"] else { throw Failure() }
        return Array(try self.zip([("x", bytes)])[entry.dataStart..<(entry.dataStart + entry.compressedSize)])
    }
}
