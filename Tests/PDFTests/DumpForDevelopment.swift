import Foundation
@testable import Normaliser
import Testing

/// Development aid: `CHC_PDF_DUMP=file.pdf swift test --filter DumpForDevelopment` prints the document model.
@Suite struct DumpForDevelopment {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CHC_PDF_DUMP"] != nil))
    func dump() throws {
        let path = ProcessInfo.processInfo.environment["CHC_PDF_DUMP"] ?? ""
        let d = try PDFReader().read(DocumentInput.Part(path: path, bytes: try Support.bytes(URL(fileURLWithPath: path))), index: 0)
        var out = ""
        for b in d.blocks {
            out += "== \(b.kind) \(b.location.map { "p\($0.page ?? 0):\($0.line)" } ?? "")\n"
            if b.kind == .table {
                for r in b.rows { out += (r.isHeader ? "H " : "  ") + "p\(r.location.page ?? 0):\(r.location.line) | " + r.cells.map { ($0.columnSpan > 1 ? "[\($0.columnSpan)]" : "") + $0.text.replacingOccurrences(of: "\n", with: " / ") }.joined(separator: " | ") + "\n" }
            } else {
                out += b.lines.map(\.text).joined(separator: "\n") + "\n"
            }
        }
        if let pages = try? PopplerText.pages(of: try Support.bytes(URL(fileURLWithPath: path)), path: path, limits: .init()).map(PDFLineBuilder.upright) {
            let lines = pages.map(PDFLineBuilder.lines)
            let body = PDFLine.dominantSize(lines.joined().flatMap(\.words))
            for (p, l) in lines.enumerated() {
                for region in PDFPageLayout(bodySize: body).regions(l, page: p + 1) {
                    if case .table(let band) = region {
                        out += "band p\(p + 1) lines \(band.lines.first?.number ?? 0)-\(band.lines.last?.number ?? 0) gutters \(band.columns.gutters.map { "\(Int($0.lowerBound))-\(Int($0.upperBound))" })\n"
                    }
                }
                if ProcessInfo.processInfo.environment["CHC_PDF_WORDS"] != nil {
                    for line in l { out += "  L\(line.number) t\(Int(line.top))-\(Int(line.bottom)) s\(line.size) " + line.words.map { "\($0.text)@\(Int($0.x0))-\(Int($0.x1))" }.joined(separator: " ") + "\n" }
                }
            }
        }
        for x in d.dropped { out += "dropped p\(x.location.page ?? 0):\(x.location.line) \(x.reason): \(x.text)\n" }
        try out.write(toFile: "/tmp/pdfdump.txt", atomically: true, encoding: .utf8)
        #expect(!d.blocks.isEmpty)
    }
}
