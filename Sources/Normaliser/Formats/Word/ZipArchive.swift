/// The directory of a zip file held in memory: its entries (name, method, sizes, CRC and where
/// the data lies), every offset and size checked to lie inside the file.
///
/// Written here rather than taken from ZIPFoundation, whose in-memory reading stopped the process
/// on a Swift runtime check for an offset past the end of the file and looped for ever on a
/// deflate stream cut short (both found by fuzzing); entries are unpacked with zlib (`Inflate`).
///
/// ```swift
/// let zip = try ZipArchive(bytes).get()
/// zip.entries["word/document.xml"]?.compressedSize
/// ```
struct ZipArchive {
    struct Entry {
        var name: String
        /// 0 stored, 8 deflated.
        var method: Int
        var compressedSize: Int
        var uncompressedSize: Int
        var crc32: UInt32
        var dataStart: Int
        /// General-purpose flag bit 0: the data is encrypted.
        var isEncrypted: Bool
        var isDirectory: Bool { name.hasSuffix("/") }
    }

    /// At most this many entries (a Word file has a few dozen parts).
    static let maxEntries = 20_000

    /// Entries by lowercased name (the first of each name).
    private(set) var entries: [String: Entry] = [:]

    private struct Reader {
        let bytes: [UInt8]
        func fits(_ offset: Int, _ length: Int) -> Bool { offset >= 0 && length >= 0 && offset <= bytes.count - length }
        func u16(_ at: Int) -> Int { fits(at, 2) ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : -1 }
        func u32(_ at: Int) -> Int { fits(at, 4) ? u16(at) | u16(at + 2) << 16 : -1 }
        /// A little-endian 64-bit value, or -1 when it does not fit in 62 bits (no real file is that big).
        func u64(_ at: Int) -> Int {
            guard fits(at, 8), bytes[at + 7] == 0, bytes[at + 6] < 0x40 else { return -1 }
            return u32(at) | u32(at + 4) << 32
        }
    }

    /// Reads the directory, or says what is wrong with it ("no end-of-directory record: truncated?").
    static func read(_ bytes: [UInt8]) -> Result<ZipArchive, ZipArchive.Problem> {
        let r = Reader(bytes: bytes)
        guard let eocd = endRecord(r) else { return .failure(Problem("no end-of-directory record: truncated?")) }
        var count = r.u16(eocd + 10), size = r.u32(eocd + 12), offset = r.u32(eocd + 16)
        if r.u32(eocd - 20) == 0x0706_4B50, count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            let record = r.u64(eocd - 20 + 8)
            guard r.fits(record, 56), r.u32(record) == 0x0606_4B50 else { return .failure(Problem("zip64 end-of-directory record outside the file")) }
            (count, size, offset) = (r.u64(record + 32), r.u64(record + 40), r.u64(record + 48))
        }
        guard count >= 0, size >= 0, offset >= 0, r.fits(offset, size) else { return .failure(Problem("central directory outside the file")) }
        guard count <= maxEntries else { return .failure(Problem("\(count) entries, more than a Word file has")) }
        var zip = ZipArchive()
        var at = offset
        for k in 0..<count {
            guard r.u32(at) == 0x0201_4B50, let (entry, next) = entry(r, at) else {
                return .failure(Problem("central directory entry \(k + 1) is damaged or points past the end of the file"))
            }
            if zip.entries[entry.name.lowercased()] == nil { zip.entries[entry.name.lowercased()] = entry }
            at = next
        }
        return .success(zip)
    }

    struct Problem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// The end-of-directory record nearest the end of the file, in the last 22 + 65,535 bytes where the format puts it.
    private static func endRecord(_ r: Reader) -> Int? {
        let last = r.bytes.count - 22
        guard last >= 0 else { return nil }
        var at = last
        while at >= max(0, last - 65_535) {
            if r.u32(at) == 0x0605_4B50 { return at }
            at -= 1
        }
        return nil
    }

    /// The central directory entry at `at` (checked against its local header) and where the next one starts.
    private static func entry(_ r: Reader, _ at: Int) -> (Entry, Int)? {
        let nameLength = r.u16(at + 28), extraLength = r.u16(at + 30), commentLength = r.u16(at + 32)
        let next = at + 46 + nameLength + extraLength + commentLength
        guard nameLength >= 0, extraLength >= 0, commentLength >= 0, r.fits(at, next - at) else { return nil }
        var sizes = (compressed: r.u32(at + 20), uncompressed: r.u32(at + 24), local: r.u32(at + 42))
        zip64(r, extra: at + 46 + nameLength, length: extraLength, into: &sizes)
        let local = sizes.local
        guard sizes.compressed >= 0, sizes.uncompressed >= 0, r.fits(local, 30), r.u32(local) == 0x0403_4B50 else { return nil }
        let dataStart = local + 30 + max(0, r.u16(local + 26)) + max(0, r.u16(local + 28))
        guard r.fits(dataStart, sizes.compressed) else { return nil }
        let name = String(decoding: r.bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
        let entry = Entry(name: name, method: r.u16(at + 10), compressedSize: sizes.compressed, uncompressedSize: sizes.uncompressed,
                          crc32: UInt32(truncatingIfNeeded: r.u32(at + 16)), dataStart: dataStart,
                          isEncrypted: r.u16(at + 8) & 1 == 1)
        return (entry, next)
    }

    /// The zip64 extra field (0x0001) holds, in this order, the values whose 32-bit fields are all ones.
    private static func zip64(_ r: Reader, extra start: Int, length: Int, into sizes: inout (compressed: Int, uncompressed: Int, local: Int)) {
        var extra = start
        while extra + 4 <= start + length {
            let id = r.u16(extra), size = r.u16(extra + 2)
            guard extra + 4 + size <= start + length else { return }
            if id == 0x0001 {
                var field = extra + 4
                func take(_ value: inout Int) {
                    guard value == 0xFFFF_FFFF, field + 8 <= extra + 4 + size else { return }
                    value = r.u64(field)
                    field += 8
                }
                take(&sizes.uncompressed)
                take(&sizes.compressed)
                take(&sizes.local)
            }
            extra += 4 + size
        }
    }
}
