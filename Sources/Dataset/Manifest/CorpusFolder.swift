import Foundation
import Normaliser

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

    /// Input extensions picked up by discovery: `.pdf .docx .html .htm .txt .md` (CSV is not an assessment format).
    static let inputExtensions: Set<String> = FileFormat.extensions

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

    /// What discovery found: input files (sorted corpus-relative paths), symlinks leading outside
    /// the corpus (problems), and every other file with the reason it is not read.
    struct Discovery {
        var files: [String] = []
        var problems: [(path: String, problem: Problem)] = []
        var skipped: [SkippedFile] = []
    }

    /// Every input file (`.pdf`, `.docx`, `.html`, `.htm`, `.txt`, `.md`) under `assessments/` if that folder
    /// exists, else under the corpus folder itself (its `manifest.csv` aside). Every other file, hidden files
    /// and folders included (each reported once, not walked), is listed in `skipped` with its reason.
    func discover() -> Discovery {
        var isDirectory: ObjCBool = false
        let useSubfolder = FileManager.default.fileExists(atPath: fullPath("assessments"), isDirectory: &isDirectory)
            && isDirectory.boolValue
        let prefix = useSubfolder ? "assessments/" : ""
        let base = useSubfolder ? fullPath("assessments") : path
        var found = Discovery()
        guard let walker = FileManager.default.enumerator(atPath: base) else { return found }
        var items: [String] = []
        while let item = walker.nextObject() as? String {
            let name = item.split(separator: "/").last.map(String.init) ?? item
            if name.hasPrefix(".") {
                let isFolder = (walker.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory
                if isFolder { walker.skipDescendants() }
                found.skipped.append(SkippedFile(path: prefix + item, reason: isFolder ? "hidden folder, not read" : "hidden file, not read"))
                continue
            }
            items.append(item)
        }
        for item in items.sorted() {
            let relative = prefix + item
            guard !(prefix.isEmpty && relative == "manifest.csv"), isRegularFile(fullPath(relative)) else { continue }
            if let reason = Self.skipReason(relative) {
                found.skipped.append(SkippedFile(path: relative, reason: reason))
            } else if contains(fullPath(relative)) {
                found.files.append(relative)
            } else {
                found.problems.append((relative, Problem(message: "'\(relative)' is a symlink that leads outside the corpus folder",
                                                         hint: "copy the file into the corpus folder instead")))
            }
        }
        found.skipped.sort { $0.path < $1.path }
        return found
    }

    /// Why a file is not read, from its extension; nil for the formats chc reads.
    static func skipReason(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.contains("."), let ext = name.split(separator: ".").last.map({ $0.lowercased() }) else {
            return "no file extension; chc reads .pdf .docx .html .htm .txt .md"
        }
        if inputExtensions.contains(ext) { return nil }
        switch ext {
        case "xlsx", "xlsm", "xls", "ods", "csv", "tsv", "numbers":
            return "spreadsheet, not a self-assessment format chc reads (export the form as PDF, Word or text)"
        case "doc", "dot", "rtf", "odt", "pages", "wpd":
            return "word-processor format chc does not read (save it as .docx or PDF)"
        case "ppt", "pptx", "odp", "key":
            return "presentation, not a self-assessment format chc reads"
        case "png", "jpg", "jpeg", "gif", "tif", "tiff", "bmp", "webp", "heic":
            return "image (a scan? OCR is not supported)"
        case "zip", "7z", "rar", "gz", "tgz", "tar", "bz2", "xz":
            return "archive: unpack it into the corpus folder"
        case "sqlite", "db", "json", "xml", "yaml", "yml", "log":
            return "data file, not a self-assessment"
        default:
            return "not a format chc reads (.pdf .docx .html .htm .txt .md)"
        }
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
