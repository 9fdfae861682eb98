import Foundation

/// The rules for where a build may write its dataset, checked before any work: never inside the corpus folder
/// (among its inputs), never onto an input file (even through a symlink or hard link), never onto a folder, and
/// never over an existing file that is not an SQLite database (chc replaces only a dataset).
///
/// ```swift
/// try OutputPath.check("Corpus/manifest.csv", corpus: "Corpus", inputs: ["manifest.csv"])
/// // --out Corpus/manifest.csv is inside the corpus folder Corpus: the build would write among its inputs - ...
/// ```
enum OutputPath {
    /// Throws a `.refusedOutput` error when `out` breaks a rule.
    ///
    /// - Parameters:
    ///   - out: The dataset path given with `--out`.
    ///   - corpus: The corpus folder.
    ///   - inputs: Corpus-relative paths of every input file (the manifest's files and the manifest itself).
    /// - Throws: `DatasetError` of kind `.refusedOutput`:
    ///   - `--out OUT is a folder - give a file name, e.g. --out OUT/dataset.sqlite`
    ///   - `--out OUT is inside the corpus folder CORPUS: the build would write among its inputs - write the dataset outside it, e.g. --out dataset.sqlite`
    ///   - `--out OUT is the input file CORPUS/FILE - write the dataset somewhere else, e.g. --out dataset.sqlite`
    ///   - `--out OUT exists and is not a dataset: chc replaces only a dataset it wrote - remove the file or choose another name`
    static func check(_ out: String, corpus: String, inputs: [String]) throws(DatasetError) {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory)
        if exists, isDirectory.boolValue || out.hasSuffix("/") {
            throw refused("--out \(out) is a folder", "give a file name, e.g. --out \(out.hasSuffix("/") ? out : out + "/")dataset.sqlite")
        }
        let target = resolved(out)
        let root = resolved(corpus)
        if target == root || target.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
            throw refused("--out \(out) is inside the corpus folder \(corpus): the build would write among its inputs",
                          "write the dataset outside it, e.g. --out dataset.sqlite")
        }
        guard exists else { return }
        if let identity = fileIdentity(out) {
            let folder = corpus.hasSuffix("/") ? corpus : corpus + "/"
            for input in inputs where fileIdentity(folder + input) == identity {
                throw refused("--out \(out) is the input file \(folder + input)", "write the dataset somewhere else, e.g. --out dataset.sqlite")
            }
        }
        if !looksLikeSQLite(out) {
            throw refused("--out \(out) exists and is not a dataset: chc replaces only a dataset it wrote",
                          "remove the file or choose another name")
        }
    }

    private static func refused(_ message: String, _ hint: String) -> DatasetError {
        DatasetError(.refusedOutput, message: message, hint: hint)
    }

    /// The absolute path with symlinks resolved, also for a file that does not exist yet (its folder is resolved).
    static func resolved(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if FileManager.default.fileExists(atPath: url.path) { return url.resolvingSymlinksInPath().path }
        return url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(url.lastPathComponent).path
    }

    /// Device and inode: the same file under any name (hard links included).
    private static func fileIdentity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }

    /// True for an empty file or one starting with SQLite's header (`SQLite format 3\0`).
    private static func looksLikeSQLite(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        return head.isEmpty || head == Data("SQLite format 3\u{0}".utf8)
    }
}
