import Foundation

/// Bytes written to standard output or to a file with every write checked: a short or failed write (a full
/// disk, `/dev/full`, an I/O error) is a `DatasetError` naming what failed, never silently lost output.
///
/// A file is written under a temporary name beside its target (`.<name>.tmp-<pid>`) and renamed onto it by
/// `commit()`, so a reader never sees half a file and a failed export leaves the old file in place.
///
/// ```swift
/// let out = try CheckedOutput(file: "export/responses.csv")
/// try out.write("\"id\"\n")
/// try out.commit()                      // flushed, synced, renamed onto export/responses.csv
/// try CheckedOutput.standardOutput.write("done\n"); try CheckedOutput.standardOutput.flush()
/// ```
public final class CheckedOutput: @unchecked Sendable {
    /// Standard output, buffered; call `flush()` before the process exits.
    public static let standardOutput = CheckedOutput(descriptor: 1, name: "standard output")

    private let descriptor: Int32
    /// What the messages call it: `standard output` or the target path.
    public let name: String
    private let temporaryPath: String?
    private var buffer: [UInt8] = []
    private var closed = false
    private static let flushSize = 1 << 16

    private init(descriptor: Int32, name: String, temporaryPath: String? = nil) {
        self.descriptor = descriptor
        self.name = name
        self.temporaryPath = temporaryPath
    }

    /// Creates `.<name>.tmp-<pid>` beside `path` for writing; `commit()` renames it onto `path`.
    ///
    /// - Throws: `DatasetError` of kind `.io`: `PATH: cannot create file (Permission denied) - check the folder exists and is writable`.
    public convenience init(file path: String) throws(DatasetError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw DatasetError(.io, file: path, message: "cannot create file (\(String(cString: strerror(errno))))",
                               hint: "check the folder exists and is writable")
        }
        self.init(descriptor: fd, name: path, temporaryPath: temporary)
    }

    deinit { if temporaryPath != nil, !closed { discard() } }

    /// Appends text as UTF-8 (written out every 64 KiB).
    public func write(_ text: String) throws(DatasetError) { try write(Array(text.utf8)) }

    /// Appends bytes (written out every 64 KiB).
    public func write(_ bytes: [UInt8]) throws(DatasetError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes everything buffered.
    ///
    /// - Throws: `DatasetError`: `standard output: cannot write (No space left on device) - check there is free
    ///   disk space` (kind `.diskFull`), or `PATH: cannot write (Input/output error) - check the disk` (kind `.writeFailed`).
    public func flush() throws(DatasetError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let code = errno
                buffer.removeAll()
                throw Self.failure(name, code)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and closes a file and renames it onto its target (for standard output: only flushes).
    ///
    /// - Throws: the errors of `flush()`, or `PATH: cannot replace the file (REASON) - check the folder is writable`.
    public func commit() throws(DatasetError) {
        guard let temporaryPath, !closed else { return try flush() }
        do { try flush() } catch { discard(); throw error }
        if fsync(descriptor) != 0 {
            let code = errno
            discard()
            throw Self.failure(name, code)
        }
        closed = true
        close(descriptor)
        guard rename(temporaryPath, name) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw DatasetError(.io, file: name, message: "cannot replace the file (\(reason))", hint: "check the folder is writable")
        }
    }

    /// Closes and removes a file's temporary file; the target is left as it was.
    public func discard() {
        guard let temporaryPath, !closed else { return }
        closed = true
        close(descriptor)
        unlink(temporaryPath)
    }

    static func failure(_ name: String, _ code: Int32) -> DatasetError {
        let reason = String(cString: strerror(code))
        if code == ENOSPC || code == EDQUOT {
            return DatasetError(.diskFull, file: name, message: "cannot write: the disk is full (\(reason))",
                                hint: "free some disk space and run the command again")
        }
        return DatasetError(.writeFailed, file: name, message: "cannot write (\(reason))", hint: "check the disk or where the output goes")
    }
}
