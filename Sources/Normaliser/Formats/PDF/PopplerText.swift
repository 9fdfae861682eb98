import CPoppler
import Foundation

/// The only place that calls poppler's C API: opens PDF bytes and returns each page's glyphs with their
/// boxes and fonts, freeing everything poppler allocated before it returns.
///
/// ```swift
/// let pages = try PopplerText.pages(of: bytes, path: "form.pdf", limits: .init())
/// pages[0].glyphs.first?.scalar // "S"
/// ```
enum PopplerText {
    /// Bounds on what one file may make chc do.
    struct Limits: Sendable {
        var maxPages = 2_000
        var maxCharacters = 4_000_000
    }

    /// poppler's error printing goes to a no-op callback once per process (our messages replace it).
    private static let silenced: Bool = chc_poppler_silence_errors() != 0
    /// poppler's process-wide state (its global parameters, created on first use) is not guarded for
    /// concurrent first use; documents are opened and read one at a time.
    private static let lock = NSLock()

    /// The glyphs of every page.
    ///
    /// - Throws: `NormaliserError` `.encrypted` ("PDF is password-protected (encrypted): chc cannot read
    ///   it"), `.corrupt` ("PDF is damaged: …"), `.overLimit` ("PDF has 2,500 pages, over the limit of
    ///   2,000" or "PDF has more than 4,000,000 characters of text, over the limit").
    static func pages(of bytes: [UInt8], path: String, limits: Limits) throws(NormaliserError) -> [PDFPage] {
        _ = silenced
        lock.lock()
        defer { lock.unlock() }
        let data = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(data) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(data, nil, &error) else {
            throw openError(error, path: path)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        let count = Int(poppler_document_get_n_pages(document))
        guard count <= limits.maxPages else {
            throw NormaliserError(kind: .overLimit, file: path, line: nil,
                                  message: "PDF has \(count) pages, over the limit of \(limits.maxPages) for one self-assessment",
                                  help: "check it is the right file; split a combined export into one file per landlord")
        }
        var pages: [PDFPage] = []
        var characters = 0
        for index in 0..<count {
            guard let page = poppler_document_get_page(document, Int32(index)) else {
                throw NormaliserError(kind: .corrupt, file: path, line: nil, message: "PDF is damaged: page \(index + 1) of \(count) cannot be read",
                                      help: "open it in a PDF viewer and save or print it to a new PDF, then add that file")
            }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            let read = Self.page(page, number: index + 1)
            characters += read.glyphs.count
            guard characters <= limits.maxCharacters else {
                throw NormaliserError(kind: .overLimit, file: path, line: nil,
                                      message: "PDF has more than \(limits.maxCharacters) characters of text, over the limit for one self-assessment",
                                      help: "check it is the right file; split a combined export into one file per landlord")
            }
            pages.append(read)
        }
        return pages
    }

    /// The error for a document poppler could not open (and frees poppler's error).
    private static func openError(_ error: UnsafeMutablePointer<GError>?, path: String) -> NormaliserError {
        let encrypted = error.map { $0.pointee.domain == poppler_error_quark() && $0.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) } ?? false
        if let error { g_error_free(error) }
        if encrypted {
            return NormaliserError(kind: .encrypted, file: path, line: nil,
                                   message: "PDF is password-protected (encrypted): chc cannot read a protected PDF",
                                   help: "ask the landlord for an unprotected copy, or open it with the password and save an unprotected copy, then add that file")
        }
        return NormaliserError(kind: .corrupt, file: path, line: nil,
                               message: "PDF is damaged and cannot be opened (no valid structure or cross-reference table; a truncated download?)",
                               help: "download the file again, or open it in a PDF viewer and save it as a new PDF, then add that file")
    }

    /// One page's glyphs: the text's characters paired with the layout's boxes and the attributes' fonts.
    private static func page(_ page: OpaquePointer, number: Int) -> PDFPage {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var rectangleCount: guint = 0
        let text = poppler_page_get_text(page)
        defer { g_free(text) }
        _ = poppler_page_get_text_layout(page, &rectangles, &rectangleCount)
        defer { g_free(rectangles) }
        let fonts = fontRuns(page)
        var glyphs: [PDFGlyph] = []
        guard let text, let rectangles else { return PDFPage(number: number, width: Float(width), height: Float(height), glyphs: []) }
        glyphs.reserveCapacity(Int(rectangleCount))
        var run = 0
        for (index, scalar) in String(cString: text).unicodeScalars.enumerated() {
            guard index < Int(rectangleCount) else { break }
            while run < fonts.count, fonts[run].end < index { run += 1 }
            let font = run < fonts.count && fonts[run].start <= index ? fonts[run] : FontRun(start: 0, end: 0, size: 0, bold: false)
            let r = rectangles[index]
            glyphs.append(PDFGlyph(scalar: scalar, x0: Float(min(r.x1, r.x2)), top: Float(min(r.y1, r.y2)),
                                   x1: Float(max(r.x1, r.x2)), bottom: Float(max(r.y1, r.y2)), size: font.size, bold: font.bold))
        }
        return PDFPage(number: number, width: Float(width), height: Float(height), glyphs: glyphs)
    }

    private struct FontRun {
        var start: Int
        var end: Int
        var size: Float
        var bold: Bool
    }

    /// The page's font runs (character index ranges, inclusive) in index order.
    private static func fontRuns(_ page: OpaquePointer) -> [FontRun] {
        guard let list = poppler_page_get_text_attributes(page) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var runs: [FontRun] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let attributes = current.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self).pointee {
                let name = attributes.font_name.map { String(cString: $0) } ?? ""
                runs.append(FontRun(start: Int(attributes.start_index), end: Int(attributes.end_index),
                                    size: Float(attributes.font_size), bold: isBold(name)))
            }
            node = current.pointee.next
        }
        runs.sort { $0.start < $1.start }
        return runs
    }

    /// Font names carry their weight by convention (`Arial-BoldMT`, `Calibri Bold`, `Lato-Black`).
    static func isBold(_ fontName: String) -> Bool {
        let lower = fontName.lowercased()
        return lower.contains("bold") || lower.contains("black") || lower.contains("heavy") || lower.contains("semibold")
    }
}
