import Foundation
import ZIPFoundation

/// The zip package of a Word file, read in memory with bounded unpacking.
///
/// Each part read is limited to `maxPartBytes` once unpacked, and to `maxRatio` times its packed
/// size (past the first MiB), counted on the bytes actually produced, not on the sizes the zip
/// declares: a zip bomb stops with `.overLimit` before it fills memory.
///
/// ```swift
/// let package = try WordPackage(bytes: bytes, path: "form.docx")
/// let xml = try package.part("word/document.xml") // [UInt8]?
/// ```
struct WordPackage {
    /// Largest unpacked size of one part (64 MiB; a long self-assessment's body is under 2 MiB).
    static let maxPartBytes = 64 << 20
    /// Largest unpacked-to-packed ratio past the first MiB (Word's XML packs about 5-20 to 1).
    static let maxRatio = 200

    let path: String
    private let archive: Archive
    /// Entries by lowercased name (package part names are case-insensitive).
    private let entries: [String: Entry]

    /// Opens the zip.
    ///
    /// - Throws: `.corrupt` "file is not a readable zip package (…)", also when the directory points
    ///   outside the file (`ZipBounds`).
    init(bytes: [UInt8], path: String) throws(NormaliserError) {
        self.path = path
        if let problem = ZipBounds.problem(bytes) {
            throw Self.corrupt(path, "file is not a readable zip package (\(problem))")
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw Self.corrupt(path, "file is not a readable zip package (\(Self.describe(error)))")
        }
        var byName: [String: Entry] = [:]
        for entry in archive where byName[entry.path.lowercased()] == nil {
            byName[entry.path.lowercased()] = entry
        }
        entries = byName
    }

    /// True when the package has a part named `name` (case-insensitive).
    func has(_ name: String) -> Bool { entries[name.lowercased()] != nil }

    /// The unpacked bytes of part `name`, or nil when the package has no such part.
    ///
    /// - Throws: `.overLimit` "word/document.xml unpacks to more than 64 MiB …" or "… more than 200
    ///   times its packed size …"; `.corrupt` "word/document.xml cannot be unpacked (…)".
    func part(_ name: String) throws(NormaliserError) -> [UInt8]? {
        guard let entry = entries[name.lowercased()] else { return nil }
        guard entry.type == .file else { throw Self.corrupt(path, "\(name) is not a file in the zip package") }
        let packed = Int(clamping: entry.compressedSize)
        let limit = min(Self.maxPartBytes, max(1 << 20, packed > Self.maxPartBytes ? Self.maxPartBytes : packed * Self.maxRatio))
        if Int(clamping: entry.uncompressedSize) > limit { throw overLimit(name, packed: packed, limit: limit) }
        var out: [UInt8] = []
        out.reserveCapacity(min(Int(clamping: entry.uncompressedSize), limit))
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                guard out.count + chunk.count <= limit else { throw Unpacking.overLimit }
                out.append(contentsOf: chunk)
            }
            guard checksum == entry.checksum else { throw Archive.ArchiveError.invalidCRC32 }
        } catch Unpacking.overLimit {
            throw overLimit(name, packed: packed, limit: limit)
        } catch {
            throw Self.corrupt(path, "\(name) cannot be unpacked (\(Self.describe(error)))")
        }
        return out
    }

    private enum Unpacking: Error { case overLimit }

    private func overLimit(_ name: String, packed: Int, limit: Int) -> NormaliserError {
        let what = limit == Self.maxPartBytes
            ? "more than \(Self.maxPartBytes >> 20) MiB"
            : "more than \(Self.maxRatio) times its packed size (\(packed) bytes)"
        return NormaliserError(kind: .overLimit, file: path, line: nil,
                               message: "\(name) unpacks to \(what): a zip bomb or a damaged file",
                               help: "check it is the right file; open it in Word and save it again as .docx")
    }

    static func corrupt(_ path: String, _ message: String) -> NormaliserError {
        NormaliserError(kind: .corrupt, file: path, line: nil, message: message,
                        help: "download the file again, or open it in Word and save it again as .docx")
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case Archive.ArchiveError.missingEndOfCentralDirectoryRecord: return "no end-of-directory record: truncated?"
        case Archive.ArchiveError.invalidCRC32: return "checksum mismatch"
        case Archive.ArchiveError.invalidCompressionMethod: return "unknown compression method"
        default: return "\(error)"
        }
    }
}
