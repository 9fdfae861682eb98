/// The zip package of a Word file, read in memory with bounded unpacking.
///
/// Each part read is limited to `maxPartBytes` once unpacked, and to `maxRatio` times its packed
/// size (past the first MiB), counted on the bytes actually produced, not on the sizes the zip
/// declares: a zip bomb stops with `.overLimit` before it fills memory. Unpacked bytes must match
/// the CRC-32 the zip records.
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
    private let bytes: [UInt8]
    private let zip: ZipArchive

    /// Reads the zip's directory.
    ///
    /// - Throws: `.corrupt` "file is not a readable zip package (no end-of-directory record: truncated?)",
    ///   also when the directory points outside the file.
    init(bytes: [UInt8], path: String) throws(NormaliserError) {
        self.path = path
        self.bytes = bytes
        switch ZipArchive.read(bytes) {
        case .success(let zip): self.zip = zip
        case .failure(let problem): throw Self.corrupt(path, "file is not a readable zip package (\(problem.message))")
        }
    }

    /// True when the package has a part named `name` (case-insensitive).
    func has(_ name: String) -> Bool { zip.entries[name.lowercased()] != nil }

    /// The unpacked bytes of part `name`, or nil when the package has no such part.
    ///
    /// - Throws: `.overLimit` "word/document.xml unpacks to more than 64 MiB …" or "… more than 200
    ///   times its packed size …"; `.corrupt` "word/document.xml cannot be unpacked (…)";
    ///   `.encrypted` for zip-encrypted entries.
    func part(_ name: String) throws(NormaliserError) -> [UInt8]? {
        guard let entry = zip.entries[name.lowercased()], !entry.isDirectory else { return nil }
        if entry.isEncrypted { throw WordEncryption.error(path) }
        let packed = entry.compressedSize
        let limit = min(Self.maxPartBytes, max(1 << 20, packed > Self.maxPartBytes ? Self.maxPartBytes : packed * Self.maxRatio))
        if entry.uncompressedSize > limit { throw overLimit(name, packed: packed, limit: limit) }
        let data = bytes[entry.dataStart..<(entry.dataStart + packed)]
        let out: [UInt8]
        switch entry.method {
        case 0:
            out = Array(data)
        case 8:
            switch Inflate.raw(data, limit: limit) {
            case .success(let unpacked): out = unpacked
            case .failure(.overLimit): throw overLimit(name, packed: packed, limit: limit)
            case .failure(.corrupt(let why)): throw Self.corrupt(path, "\(name) cannot be unpacked (\(why))")
            }
        default:
            throw Self.corrupt(path, "\(name) cannot be unpacked (compression method \(entry.method), not stored or deflated)")
        }
        guard Inflate.crc32(out) == entry.crc32 else { throw Self.corrupt(path, "\(name) cannot be unpacked (checksum mismatch)") }
        return out
    }

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
}
