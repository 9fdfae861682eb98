import CLibZ

/// Raw deflate data (a zip entry's) unpacked with zlib, to at most `limit` bytes; the only code in
/// the module that touches zlib. Every step must consume input or produce output, so a stream cut
/// short ends with an error instead of a loop.
///
/// ```swift
/// let bytes = try Inflate.raw(packed[...], limit: 1 << 20).get()
/// ```
enum Inflate {
    enum Failure: Error {
        case overLimit
        case corrupt(String)
    }

    static func raw(_ input: ArraySlice<UInt8>, limit: Int) -> Result<[UInt8], Failure> {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return .failure(.corrupt("zlib could not start"))
        }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        return input.withUnsafeBufferPointer { source -> Result<[UInt8], Failure> in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = UInt32(source.count)
            while true {
                let before = (stream.avail_in, stream.total_out)
                let status = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                guard out.count + produced <= limit else { return .failure(.overLimit) }
                out.append(contentsOf: chunk[0..<produced])
                switch status {
                case Z_STREAM_END: return .success(out)
                case Z_OK, Z_BUF_ERROR:
                    if before == (stream.avail_in, stream.total_out) { return .failure(.corrupt("compressed data ends early")) }
                default: return .failure(.corrupt("damaged compressed data"))
                }
            }
        }
    }

    /// The CRC-32 zip stores for an entry's unpacked bytes.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(CLibZ.crc32(0, $0.baseAddress, UInt32($0.count))) }
    }
}
