/// Finds page chrome: running headers and footers (the same text at the same place near the top or
/// bottom of most pages) and page numbers, which a reader leaves out of the document's blocks.
enum PDFPageChrome {
    /// For each page, the reason each line is chrome (`page header`, `page footer`, `page number`) or nil.
    static func find(_ pages: [[PDFLine]], heights: [Float]) -> [[String?]] {
        struct Seen { var pages = Set<Int>(); var tops: [Float] = [] }
        var seen: [String: Seen] = [:]
        var candidates: [[(zone: String, key: String)?]] = []
        for (p, lines) in pages.enumerated() {
            let height = p < heights.count ? heights[p] : 842
            var row: [(zone: String, key: String)?] = []
            for line in lines {
                let zone = line.bottom <= height * 0.1 ? "top" : line.top >= height * 0.9 ? "bottom" : nil
                guard let zone, PDFPageLayout.segmentCount(line) < 3 else { row.append(nil); continue }
                let key = zone + "|" + shape(line.text)
                seen[key, default: Seen()].pages.insert(p)
                seen[key, default: Seen()].tops.append(line.top)
                row.append((zone, key))
            }
            candidates.append(row)
        }
        let needed = max(2, (pages.count + 1) / 2)
        return candidates.map { row in
            row.map { candidate in
                guard let candidate else { return nil }
                let key = candidate.key
                if isPageNumber(String(key.drop { $0 != "|" }.dropFirst())) { return "page number" }
                guard pages.count >= 2, let s = seen[key], s.pages.count >= needed, steady(s.tops) else { return nil }
                return candidate.zone == "top" ? "page header" : "page footer"
            }
        }
    }

    /// Most occurrences within a few points of the median position.
    private static func steady(_ tops: [Float]) -> Bool {
        let sorted = tops.sorted()
        let median = sorted[sorted.count / 2]
        return sorted.filter { abs($0 - median) <= 6 }.count * 2 >= sorted.count
    }

    /// Text with digit runs as `#`, ASCII letters lowercased and spaces collapsed: `Page 3 of 12` -> `page # of #`.
    static func shape(_ text: String) -> String {
        var out: [UInt8] = []
        var inDigits = false
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                if !inDigits { out.append(0x23) }
                inDigits = true
                continue
            }
            inDigits = false
            if b == 0x20 || b == 0x09 {
                if out.last != 0x20 && !out.isEmpty { out.append(0x20) }
            } else {
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            }
        }
        while out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// `#`, `page #`, `# of #`, `page # of #`, `- # -`, `#/#`, `p. #`: a number and page-number words only.
    static func isPageNumber(_ shape: String) -> Bool {
        guard shape.contains("#") else { return false }
        let words: Set<Substring> = ["page", "of", "p.", "pg", "pg."]
        return shape.split(separator: " ").allSatisfy { word in
            words.contains(word) || word.allSatisfy { "#-–—/|.()".contains($0) }
        }
    }
}
