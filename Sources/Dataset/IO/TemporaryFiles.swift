import Foundation

/// The temporary files this process is building (a dataset's `.<name>.tmp-<pid>-<random>`), so that a signal
/// handler can remove them before the process exits: Ctrl-C or SIGTERM during `chc build` leaves nothing behind.
///
/// ```swift
/// TemporaryFiles.register("/data/.dataset.sqlite.tmp-42-ab12cd34")
/// TemporaryFiles.removeAll()   // from a SIGTERM handler
/// ```
public enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: Set<String> = []
    /// The same paths as C strings in fixed slots, for `unlinkFromSignalHandler()` (which may not allocate or lock).
    private static let slotCount = 8
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: slotCount)
        slots.initialize(repeating: nil, count: slotCount)
        return slots
    }()

    /// Remembers `path` until `unregister(_:)`.
    public static func register(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.insert(path)
        if let free = (0..<slotCount).first(where: { slots[$0] == nil }) { slots[free] = strdup(path) }
    }

    /// Forgets `path` (it was renamed into place or removed).
    public static func unregister(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.remove(path)
        for i in 0..<slotCount where slots[i].map({ String(cString: $0) == path }) == true {
            let old = slots[i]
            slots[i] = nil
            free(old)
        }
    }

    /// Unlinks every registered file with async-signal-safe calls only: for a SIGINT / SIGTERM handler.
    public static func unlinkFromSignalHandler() {
        for i in 0..<slotCount {
            if let path = slots[i] { unlink(path) }
        }
    }

    /// Removes every registered file (and its SQLite journal); returns how many were registered.
    @discardableResult
    public static func removeAll() -> Int {
        lock.lock(); defer { lock.unlock() }
        for path in paths {
            unlink(path)
            unlink(path + "-journal")
        }
        defer { paths.removeAll() }
        return paths.count
    }
}
