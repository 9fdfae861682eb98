/// The file formats chc reads, told from a file's first bytes (and, for HTML, its extension).
///
/// ```swift
/// try FileFormat.sniff(Array("%PDF-1.7".utf8), path: "a.pdf")   // .pdf
/// try FileFormat.sniff([0x50, 0x4B, 0x03, 0x04], path: "a.docx") // .docx
/// try FileFormat.sniff(Array("<!DOCTYPE html>".utf8), path: "a.txt") // .html
/// ```
public enum FileFormat: String, Sendable, CaseIterable {
    case pdf, docx, html, text

    /// File extensions `chc build` picks up when it discovers a corpus folder.
    public static let extensions: Set<String> = ["pdf", "docx", "html", "htm", "txt", "md"]

    /// The format of `bytes`, or an `.unsupported` error naming what the file is instead.
    ///
    /// - Throws: `NormaliserError.unsupported`, e.g. "legacy Word .doc file (OLE2), not .docx";
    ///   `.encrypted` "password-protected (encrypted) Office file: chc cannot read it".
    public static func sniff(_ bytes: [UInt8], path: String) throws(NormaliserError) -> FileFormat {
        let head = Array(bytes.prefix(1024))
        if head.starts(with: Array("%PDF-".utf8)) || (head.count >= 1024 && contains(head, Array("%PDF-".utf8))) { return .pdf }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .docx }
        if WordEncryption.isEncryptedPackage(bytes) { throw WordEncryption.error(path) }
        if let what = unsupported(head) {
            throw NormaliserError(kind: .unsupported, file: path, line: nil, message: "\(what): chc cannot read this format",
                                  help: "save or export it as PDF, Word (.docx), HTML or text and add that file instead")
        }
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if ext == "html" || ext == "htm" || looksLikeHTML(head) { return .html }
        return .text
    }

    private static func unsupported(_ head: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "legacy Microsoft Office file (.doc / .xls, OLE2), not .docx"),
            (Array("{\\rtf".utf8), "RTF document"),
            ([0x89, 0x50, 0x4E, 0x47], "PNG image (a scan? OCR is not supported)"),
            ([0xFF, 0xD8, 0xFF], "JPEG image (a scan? OCR is not supported)"),
            (Array("GIF8".utf8), "GIF image"),
            ([0x49, 0x49, 0x2A, 0x00], "TIFF image (a scan? OCR is not supported)"),
            ([0x4D, 0x4D, 0x00, 0x2A], "TIFF image (a scan? OCR is not supported)"),
            ([0x1F, 0x8B], "gzip archive"),
            ([0x37, 0x7A, 0xBC, 0xAF], "7-zip archive"),
        ]
        return signatures.first { head.starts(with: $0.0) }?.1
    }

    /// Text that opens with an HTML doctype or `<html` (after a BOM and whitespace).
    static func looksLikeHTML(_ head: [UInt8]) -> Bool {
        var s = head[...]
        if s.starts(with: [0xEF, 0xBB, 0xBF]) { s = s.dropFirst(3) }
        s = s.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let lower = s.prefix(15).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        return lower.starts(with: Array("<!doctype html".utf8)) || lower.starts(with: Array("<html".utf8))
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle {
            return true
        }
        return false
    }
}
