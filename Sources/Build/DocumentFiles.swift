import Assessment
import Foundation
import Normaliser

/// A document's files read from disk for the normaliser: one file, or a folder whose files are the parts of one
/// multi-part assessment (its regular, non-hidden files in name order, as in a manifest row naming a folder).
/// Sizes are checked before reading, so one huge file cannot exhaust memory.
///
/// ```swift
/// switch DocumentFiles.read("Corpus/assessments/acme-2024", maxBytes: 64 << 20) {
/// case .success(let input): print(input.parts.map(\.path))  // [".../part-1.html", ".../part-2.html"]
/// case .failure(let failure): print(failure.message)
/// }
/// ```
public enum DocumentFiles {
    /// Reads `path` - a file, or a folder of parts - with each part's path recorded as `path` or `path/NAME`.
    ///
    /// - Returns: The input, or a failure whose message is one of:
    ///   - `cannot read PATH: no such file or folder - check the path`
    ///   - `PATH: the folder has no files - a folder is read as one assessment, one file per part in name order; add the parts`
    ///   - `file is 70 MB, over the 64 MB limit for one self-assessment` (the normaliser's `.tooLarge` error text)
    ///   - `PATH: cannot read the file - check it exists and is readable`
    public static func read(_ path: String, version: CodeVersion? = nil, maxBytes: Int) -> Result<DocumentInput, BuildFailure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(BuildFailure(path: path, line: nil, message: "cannot read \(path): no such file or folder - check the path"))
        }
        var files = [path]
        if isDirectory.boolValue {
            let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            files = folderParts(folder).map { folder + "/" + $0 }
            guard !files.isEmpty else {
                return .failure(BuildFailure(path: path, line: nil, message: "\(path): the folder has no files - a folder is read as one "
                                             + "assessment, one file per part in name order; add the parts"))
            }
        }
        var parts: [DocumentInput.Part] = []
        for file in files {
            switch part(at: file, recordedAs: file, maxBytes: maxBytes) {
            case .success(let part): parts.append(part)
            case .failure(let failure): return .failure(failure)
            }
        }
        return .success(DocumentInput(parts: parts, version: version))
    }

    /// The names of a folder's regular, non-hidden files, sorted (symlinks to regular files count).
    public static func folderParts(_ folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().filter { name in
            guard !name.hasPrefix(".") else { return false }
            let full = URL(fileURLWithPath: folder).appendingPathComponent(name).resolvingSymlinksInPath().path
            return (try? FileManager.default.attributesOfItem(atPath: full))?[.type] as? FileAttributeType == .typeRegular
        }
    }

    /// One file's bytes, recorded under `path`; refused before reading when over `maxBytes`.
    /// The size in bytes of the file at `fullPath` (0 when it cannot be read: reading it reports why).
    static func size(at fullPath: String) -> Int {
        var info = stat()
        return stat(fullPath, &info) == 0 ? Int(info.st_size) : 0
    }

    static func part(at fullPath: String, recordedAs path: String, maxBytes: Int, line: Int? = nil) -> Result<DocumentInput.Part, BuildFailure> {
        if let size = (try? FileManager.default.attributesOfItem(atPath: fullPath))?[.size] as? Int, size > maxBytes {
            let error = NormaliserError(kind: .tooLarge, file: path, line: nil,
                                        message: "file is \(size / 1_048_576) MB, over the \(maxBytes / 1_048_576) MB limit for one self-assessment",
                                        help: "check it is the right file; split a combined export into one file per landlord")
            return .failure(BuildFailure(path: path, line: nil, message: error.description))
        }
        guard let data = FileManager.default.contents(atPath: fullPath) else {
            return .failure(BuildFailure(path: path, line: line, message: "\(path): cannot read the file - check it exists and is readable"))
        }
        return .success(DocumentInput.Part(path: path, bytes: [UInt8](data)))
    }
}
