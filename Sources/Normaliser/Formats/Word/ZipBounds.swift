/// A check of a zip's directory before ZIPFoundation reads it: every offset and size it will seek
/// to or read (the end-of-directory record, zip64 records, central directory entries, local
/// headers, entry data and data descriptors) must lie inside the file.
///
/// ZIPFoundation trusts these numbers: an in-memory archive seeking past its end, or a zip64 size
/// near 2^64, stops the process on a Swift runtime check (found by fuzzing). Real zips pass.
///
/// ```swift
/// ZipBounds.problem(bytes) // nil, or "central directory entry 3 points past the end of the file"
/// ```
enum ZipBounds {
    /// At most this many entries (a Word file has a few dozen parts).
    static let maxEntries = 20_000

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

    /// What is out of bounds, or nil when the directory can be read safely.
    static func problem(_ bytes: [UInt8]) -> String? {
        let r = Reader(bytes: bytes)
        guard let eocd = endRecord(r) else { return "no end-of-directory record: truncated?" }
        // The directory as the 32-bit record gives it, and as a zip64 record gives it (both are checked:
        // ZIPFoundation takes one or the other field by field).
        var directories = [(count: r.u16(eocd + 10), size: r.u32(eocd + 12), offset: r.u32(eocd + 16))]
        if r.u32(eocd - 20) == 0x0706_4B50 {
            // ZIPFoundation reads the zip64 record just before its locator.
            let record = eocd - 20 - 56
            guard r.fits(record, 56) else { return "zip64 end-of-directory record outside the file" }
            directories.append((r.u64(record + 32), r.u64(record + 40), r.u64(record + 48)))
        }
        for d in directories {
            guard d.count >= 0, d.size >= 0, d.offset >= 0, r.fits(d.offset, d.size) else { return "central directory outside the file" }
            guard d.count <= maxEntries else { return "\(d.count) entries, more than a Word file has" }
            var at = d.offset
            for k in 0..<d.count {
                guard r.u32(at) == 0x0201_4B50 else { break }  // ZIPFoundation stops at the first non-entry too
                guard let next = entry(r, at) else { return "central directory entry \(k + 1) points past the end of the file" }
                at = next
            }
        }
        return nil
    }

    /// The end-of-directory record nearest the end of the file, searched where the format allows it
    /// (in the last 22 + 65,535 bytes), as ZIPFoundation searches backwards from the end.
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

    /// Checks one central directory entry at `at` and what it points to; returns where the next one starts.
    private static func entry(_ r: Reader, _ at: Int) -> Int? {
        let nameLength = r.u16(at + 28), extraLength = r.u16(at + 30), commentLength = r.u16(at + 32)
        guard nameLength >= 0, extraLength >= 0, commentLength >= 0, r.fits(at, 46 + nameLength + extraLength + commentLength) else { return nil }
        var compressed = r.u32(at + 20), uncompressed = r.u32(at + 24), local = r.u32(at + 42)
        // A zip64 extra field (0x0001) holds the values whose 32-bit fields are all ones, in this order.
        var extra = at + 46 + nameLength
        let extraEnd = extra + extraLength
        while extra + 4 <= extraEnd {
            let id = r.u16(extra), length = r.u16(extra + 2)
            guard extra + 4 + length <= extraEnd else { return nil }
            if id == 0x0001 {
                var field = extra + 4
                let end = field + length
                func take(_ value: inout Int) {
                    guard value == 0xFFFF_FFFF, field + 8 <= end else { return }
                    value = r.u64(field)
                    field += 8
                }
                take(&uncompressed)
                take(&compressed)
                take(&local)
            }
            extra += 4 + length
        }
        guard compressed >= 0, uncompressed >= 0, local >= 0, r.fits(local, 30), r.u32(local) == 0x0403_4B50 else { return nil }
        let dataStart = local + 30 + max(0, r.u16(local + 26)) + max(0, r.u16(local + 28))
        let stored = r.u16(at + 10) == 0
        guard r.fits(dataStart, compressed), !stored || r.fits(dataStart, uncompressed) else { return nil }
        return at + 46 + nameLength + extraLength + commentLength
    }
}
