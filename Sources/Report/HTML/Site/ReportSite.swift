import Assessment
import Comparison
import Dataset
import Dispatch
import Foundation

/// The static HTML report: `index.html` (the sector), `landlords.html`, `provisions/<version>-<provision>.html` and
/// `landlords/<id>.html`. Every page is self-contained (inline CSS and SVG, no script, no external asset, a strict
/// Content-Security-Policy), every document-derived string is escaped by the template library, and every figure is
/// the one `chc rates`, `chc benchmark` and `chc trends` print (the same stored figures and `Comparison` functions).
///
/// ```swift
/// let site = try ReportSite(data: try DatasetFile(path: "dataset.sqlite").reportData(), crosswalk: catalogue.crosswalk,
///                           sources: "../Corpus")
/// let written = try site.write(to: "site")
/// print(written.pages, written.bytes)
/// ```
public struct ReportSite: Sendable {
    /// One page of the site.
    public enum Page: Sendable, Hashable {
        case sector
        case landlordIndex
        case provision(CodeVersion, ProvisionID)
        case landlord(String)
    }

    let index: ReportIndex
    let links: SiteLinks
    let chrome: PageChrome
    let limits: ReportLimits
    let renderer: PageRenderer

    /// Indexes the data for every page.
    ///
    /// - Parameters:
    ///   - data: The report's data.
    ///   - crosswalk: The 2022 → 2024 crosswalk (`same` entries pair provisions across versions in the trends).
    ///   - sources: The corpus folder relative to the site's folder (source links), or nil to show file:line as text.
    ///   - standalone: One landlord's page alone: no links to other pages.
    ///   - limits: Heatmap limits.
    /// - Throws: `ReportError` if a template does not parse (a bug).
    public init(data: ReportData, crosswalk: [CrosswalkEntry], sources: String?, standalone: Bool = false,
                limits: ReportLimits = ReportLimits()) throws(ReportError) {
        index = ReportIndex(data, crosswalk: crosswalk)
        links = SiteLinks(landlordIDs: data.landlords.map(\.id), sources: sources, standalone: standalone)
        self.limits = limits
        renderer = try PageRenderer.shared.get()
        chrome = try PageChrome(buildInfo: data.buildInfo, renderer: renderer)
    }

    /// The folder `target` relative to the folder `base`, for the `sources` of ``init(data:crosswalk:sources:standalone:limits:)``.
    ///
    /// ```swift
    /// ReportSite.relativeFolder(from: "out/site", to: "Corpus") // "../../Corpus"
    /// ```
    ///
    /// - Parameters:
    ///   - base: The folder the link is written in.
    ///   - target: The folder it points to.
    /// - Returns: The relative path.
    public static func relativeFolder(from base: String, to target: String) -> String {
        SiteLinks.relativePath(from: base, to: target)
    }

    /// Every page, sector first, then the landlord list, provisions in version and form order, landlords by id.
    public var pages: [Page] {
        [.sector, .landlordIndex]
            + index.data.provisionRates.map { .provision($0.codeVersion, $0.provision) }
            + index.data.landlords.map { .landlord($0.id) }
    }

    /// The file of a page, relative to the site's folder.
    ///
    /// ```swift
    /// site.path(.provision(.v2024, p)) // "provisions/2024-6.10.html"
    /// ```
    public func path(_ page: Page) -> String {
        switch page {
        case .sector: "index.html"
        case .landlordIndex: "landlords.html"
        case .provision(let v, let p): "provisions/" + SiteLinks.provisionFile(v, p)
        case .landlord(let id): "landlords/" + (links.landlordFiles[id] ?? "landlord.html")
        }
    }

    /// The HTML of one page.
    ///
    /// - Parameter page: The page.
    /// - Returns: The page's HTML.
    /// - Throws: `ReportError` for a page the data has no figures for.
    public func render(_ page: Page) throws(ReportError) -> String {
        switch page {
        case .sector:
            return try renderer.render("sector", SectorPage(index: index, links: links, chrome: chrome, limits: limits).context())
        case .landlordIndex:
            return try renderer.render("landlords", LandlordIndexPage(index: index, links: links, chrome: chrome).context())
        case .provision(let v, let p):
            guard let rate = index.data.provisionRates.first(where: { $0.codeVersion == v && $0.provision == p }) else {
                throw ReportError(file: path(page), message: "no figures for provision \(p) of the \(v.rawValue) Code",
                                  hint: "rebuild the dataset with 'chc build'")
            }
            return try renderer.render("provision", ProvisionPage(index: index, links: links, chrome: chrome, rate: rate).context())
        case .landlord(let id):
            let depth = links.standalone ? 0 : 1
            return try renderer.render("landlord", LandlordPage(index: index, links: links, chrome: chrome, landlordID: id,
                                                                depth: depth).context())
        }
    }

    /// What ``write(to:)`` wrote.
    public struct Written: Sendable, Hashable {
        /// Pages written.
        public let pages: Int
        /// Their total size in bytes.
        public let bytes: Int
        /// The size of `index.html` in bytes.
        public let sectorBytes: Int
        /// The largest page and its size.
        public let largest: (path: String, bytes: Int)

        public static func == (a: Written, b: Written) -> Bool {
            (a.pages, a.bytes, a.sectorBytes, a.largest.path, a.largest.bytes) == (b.pages, b.bytes, b.sectorBytes, b.largest.path, b.largest.bytes)
        }

        public func hash(into h: inout Hasher) { h.combine(pages); h.combine(bytes); h.combine(largest.path) }
    }

    /// Renders every page on all cores and writes it under `directory` (created if needed); existing files of
    /// the same names are replaced, others are left alone.
    ///
    /// - Parameter directory: The site's folder.
    /// - Returns: What was written.
    /// - Throws: `ReportError`, e.g. `site/index.html: cannot write the page (...) - check the folder is writable`;
    ///   the first failure is reported, after every other page was tried.
    public func write(to directory: String) throws(ReportError) -> Written {
        let root = URL(fileURLWithPath: directory)
        for folder in ["", "provisions", "landlords"] {
            do {
                try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            } catch {
                throw ReportError(file: root.appendingPathComponent(folder).path, message: "cannot create the folder",
                                  hint: "check the path and its permissions")
            }
        }
        let pages = self.pages
        let results = ResultBox(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { i in
            let file = root.appendingPathComponent(path(pages[i]))
            do throws(ReportError) {
                let html = try render(pages[i])
                if let reason = PageFile.write(html, to: file.path) {
                    throw ReportError(file: file.path, message: "cannot write the page (\(reason))",
                                      hint: "check the folder is writable and the disk has room")
                }
                results.set(i, .success(html.utf8.count))
            } catch {
                results.set(i, .failure(error))
            }
        }
        return try results.summary(paths: pages.map(path))
    }
}

/// Per-page results filled in by concurrent workers.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<Int, ReportError>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ result: Result<Int, ReportError>) {
        lock.lock()
        results[i] = result
        lock.unlock()
    }

    func summary(paths: [String]) throws(ReportError) -> ReportSite.Written {
        var bytes = 0, largest = ("", 0), sector = 0
        for (i, result) in results.enumerated() {
            switch result {
            case .success(let n)?:
                bytes += n
                if n > largest.1 { largest = (paths[i], n) }
                if paths[i] == "index.html" { sector = n }
            case .failure(let error)?: throw error
            case nil: throw ReportError(file: paths[i], message: "the page was not written", hint: "run chc report again")
            }
        }
        return ReportSite.Written(pages: results.count, bytes: bytes, sectorBytes: sector, largest: (largest.0, largest.1))
    }
}

/// Writes a page with open(2)/write(2)/close(2). Foundation's `Data.write(to:)` syncs every file to the disk, which
/// on a site of thousands of pages cost more wall time than rendering them; a report is rebuilt from its dataset
/// at will, so it needs no sync.
enum PageFile {
    /// Writes `text` to `path` (created or truncated, mode 0644); returns why it failed, or nil.
    static func write(_ text: String, to path: String) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        var text = text
        let failure: String? = text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = Foundation.write(fd, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += n
            }
            return nil
        }
        let closed = close(fd)
        return failure ?? (closed == 0 ? nil : String(cString: strerror(errno)))
    }
}
