import Assessment
import Comparison
import Foundation

/// Every link the report writes: pages of the site (relative, by folder depth) and source files (relative to the
/// corpus folder given with `--sources`, each path segment percent-encoded so no file name can become a scheme such
/// as `javascript:` or leave the path). No link is ever absolute or external.
///
/// ```swift
/// let links = SiteLinks(landlordIDs: ["acme-homes"], sources: "../Corpus", standalone: false)
/// links.provision(.v2024, p, depth: 1)   // "../provisions/2024-6.10.html"
/// links.source(location, depth: 1)        // "../../Corpus/assessments/acme%202024.txt"
/// ```
struct SiteLinks: Sendable {
    /// Landlord id → file name under `landlords/`.
    let landlordFiles: [String: String]
    /// The corpus folder relative to the site's root, or nil to show file:line without a link.
    let sources: String?
    /// A single page for one landlord: no links to other pages of the site.
    let standalone: Bool

    init(landlordIDs: [String], sources: String?, standalone: Bool) {
        var files: [String: String] = [:]
        for (n, id) in landlordIDs.sorted().enumerated() {
            files[id] = Self.isSafeName(id) ? "\(id).html" : "landlord-\(n + 1).html"
        }
        self.landlordFiles = files
        self.sources = sources.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.standalone = standalone
    }

    /// `../` repeated `depth` times.
    static func up(_ depth: Int) -> String { String(repeating: "../", count: depth) }

    /// The sector page, or nil on a standalone page.
    func index(depth: Int) -> String? { standalone ? nil : Self.up(depth) + "index.html" }

    /// The list of landlords, or nil on a standalone page.
    func landlordIndex(depth: Int) -> String? { standalone ? nil : Self.up(depth) + "landlords.html" }

    /// A provision's page (file names are validated numbers), or nil on a standalone page.
    func provision(_ version: CodeVersion, _ id: ProvisionID, depth: Int) -> String? {
        standalone ? nil : Self.up(depth) + "provisions/" + Self.provisionFile(version, id)
    }

    /// A landlord's page, or nil on a standalone page.
    func landlord(_ id: String, depth: Int) -> String? {
        guard !standalone, let file = landlordFiles[id] else { return nil }
        return Self.up(depth) + "landlords/" + file
    }

    /// The source file of an answer, or nil when no corpus folder was given.
    func source(_ location: AnswerLocation, depth: Int) -> String? {
        guard let sources else { return nil }
        let base = sources.hasPrefix("/") ? sources : Self.up(depth) + sources
        return base + "/" + Self.percentEncodedPath(location.path)
    }

    /// `2024-6.10.html`.
    static func provisionFile(_ version: CodeVersion, _ id: ProvisionID) -> String { "\(version.rawValue)-\(id).html" }

    /// True for ids made only of lowercase ASCII letters, digits and inner hyphens (at most 100 characters).
    static func isSafeName(_ id: String) -> Bool {
        guard let first = id.utf8.first, let last = id.utf8.last, id.utf8.count <= 100, first != 0x2D, last != 0x2D else {
            return false
        }
        return id.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// Each `/`-separated segment percent-encoded (only A–Z a–z 0–9 - . _ ~ kept); empty, `.` and `..` segments dropped.
    static func percentEncodedPath(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        let segments = path.split(separator: "/").filter { $0 != "." && $0 != ".." }
        return segments.map { segment -> String in
            var out: [UInt8] = []
            for byte in segment.utf8 {
                let keep = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                    || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
                if keep { out.append(byte) } else { out += [0x25, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]] }
            }
            return String(decoding: out, as: UTF8.self)
        }.joined(separator: "/")
    }

    /// The folder `target` relative to the folder `base` (both made absolute from the current directory),
    /// e.g. `relativePath(from: "out/site", to: "Corpus")` is `../../Corpus`.
    static func relativePath(from base: String, to target: String) -> String {
        func parts(_ p: String) -> [String] {
            URL(fileURLWithPath: p).standardizedFileURL.path.split(separator: "/").map(String.init)
        }
        let a = parts(base), b = parts(target)
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let path = Array(repeating: "..", count: a.count - common) + b[common...]
        return path.isEmpty ? "." : path.joined(separator: "/")
    }
}
