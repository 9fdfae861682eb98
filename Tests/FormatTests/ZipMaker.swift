import Foundation
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
}
