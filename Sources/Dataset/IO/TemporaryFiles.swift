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

    /// Remembers `path` until `unregister(_:)`.
    public static func register(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.insert(path)
    }

    /// Forgets `path` (it was renamed into place or removed).
    public static func unregister(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.remove(path)
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
