import Dataset
import Foundation

/// A corpus folder on disk, and the rules for naming files inside it: relative paths only,
/// no `..`, and no symlink that leads outside the folder.
struct CorpusFolder {
    /// The folder as the user gave it.
    let path: String
    /// The folder with symlinks resolved, for containment checks.
    private let realPath: String

    /// A rejected path: what is wrong with it and what to do.
    struct Problem: Error {
        var message: String
        var hint: String
    }

    /// Input extensions picked up by discovery (CSV is not an assessment format).
    static let inputExtensions: Set<String> = ["txt", "md", "html", "htm"]

    init(_ path: String) throws(DatasetError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DatasetError(.io, file: path, message: "no corpus folder here",
                               hint: "check the path, or pass the folder that holds manifest.csv or assessments/")
        }
        self.path = path
        self.realPath = Self.resolved(path)
    }

    /// The absolute-or-as-given path of a corpus-relative path.
    func fullPath(_ relative: String) -> String {
        path.hasSuffix("/") ? path + relative : path + "/" + relative
    }

    /// Resolves one manifest `file` part to the corpus-relative files it names (a folder gives its files, sorted).
    func files(named part: String) -> Result<[String], Problem> {
        if part.hasPrefix("/") || part.hasPrefix("~") {
            return .failure(Problem(message: "path '\(part)' is absolute",
                                    hint: "give paths relative to the corpus folder"))
        }
        let components = part.split(separator: "/").map(String.init).filter { $0 != "." }
        if components.contains("..") {
            return .failure(Problem(message: "path '\(part)' leaves the corpus folder",
                                    hint: "give a path inside the corpus folder, without '..'"))
        }
        let relative = components.joined(separator: "/")
        let full = fullPath(relative)
        var isDirectory: ObjCBool = false
        guard !relative.isEmpty, FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
            return .failure(Problem(message: "no file or folder '\(part)' in the corpus folder",
                                    hint: "check the name, or add the file to the corpus"))
        }
        guard contains(full) else {
            return .failure(Problem(message: "path '\(part)' is a symlink that leads outside the corpus folder",
                                    hint: "copy the file into the corpus folder instead"))
        }
        guard isDirectory.boolValue else { return .success([relative]) }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: full) } catch {
            return .failure(Problem(message: "cannot list folder '\(part)'", hint: "check its permissions"))
        }
        var files: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = relative + "/" + name
            guard isRegularFile(fullPath(child)) else { continue }
            guard contains(fullPath(child)) else {
                return .failure(Problem(message: "'\(child)' is a symlink that leads outside the corpus folder",
                                        hint: "copy the file into the corpus folder instead"))
            }
            files.append(child)
        }
        if files.isEmpty {
            return .failure(Problem(message: "folder '\(part)' has no files", hint: "add the parts or remove the row"))
        }
        return .success(files)
    }

    /// Every input file (`.txt`, `.md`, `.html`, `.htm`) under `assessments/` if that folder exists, else
    /// under the corpus folder itself, as sorted corpus-relative paths. Hidden files and folders are skipped;
    /// symlinks leading outside the corpus are reported as problems.
    func discover() -> (files: [String], problems: [(path: String, problem: Problem)]) {
        var isDirectory: ObjCBool = false
        let useSubfolder = FileManager.default.fileExists(atPath: fullPath("assessments"), isDirectory: &isDirectory)
            && isDirectory.boolValue
        let prefix = useSubfolder ? "assessments/" : ""
        let base = useSubfolder ? fullPath("assessments") : path
        var files: [String] = []
        var problems: [(String, Problem)] = []
        let walked = FileManager.default.enumerator(atPath: base)?.allObjects.compactMap { $0 as? String } ?? []
        for item in walked.sorted() {
            let parts = item.split(separator: "/")
            guard !parts.contains(where: { $0.hasPrefix(".") }),
                  let ext = item.split(separator: ".").last.map({ $0.lowercased() }),
                  item.contains("."), Self.inputExtensions.contains(ext) else { continue }
            let relative = prefix + item
            guard isRegularFile(fullPath(relative)) else { continue }
            if contains(fullPath(relative)) {
                files.append(relative)
            } else {
                problems.append((relative, Problem(message: "'\(relative)' is a symlink that leads outside the corpus folder",
                                                   hint: "copy the file into the corpus folder instead")))
            }
        }
        return (files, problems)
    }

    private func contains(_ full: String) -> Bool {
        let real = Self.resolved(full)
        return real == realPath || real.hasPrefix(realPath.hasSuffix("/") ? realPath : realPath + "/")
    }

    private func isRegularFile(_ full: String) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: Self.resolved(full))
        return attributes?[.type] as? FileAttributeType == .typeRegular
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
