import Foundation
/// Page chrome: a website's menus, cookie banner, search box and breadcrumbs above the title, page breaks
/// (page number, running header, the column header row again) between and inside rows, footers at the end.
extension FamilyGenerator {
    mutating func addPageChrome(_ lines: [GeneratedLine]) -> [GeneratedLine] {
        let rows = lines.filter { $0.kind == .rowStart }.count
        let perPage = rng.within(5...9)
        let pages = rows / perPage + 1
        let header = lines.drop { $0.kind != .header }.prefix { $0.kind == .header }
        var out = chromeAboveTitle()
        var page = 1, onPage = 0
        for line in lines {
            let breakHere = line.kind == .rowStart ? onPage == perPage : line.kind == .rowMore && onPage >= perPage && rng.chance(0.3)
            if breakHere {
                out += pageBreak(page: page, of: pages, header: Array(header))
                page += 1
                onPage = 0
            }
            if line.kind == .rowStart { onPage += 1 }
            out.append(line)
        }
        out.append(.blank)
        for footer in pickSome(FamilyVocabulary.footers, 2...4) { out.append(GeneratedLine(text: footer, kind: .other)) }
        return out
    }

    mutating func chromeAboveTitle() -> [GeneratedLine] {
        let v = FamilyVocabulary.self
        var parts: [[String]] = [pickSome(v.cookieBanners, 2...3), pickSome(v.menus, 3...6), [rng.pick(v.searchBoxes)],
                                 [rng.pick(v.breadcrumbs)]]
        parts = [parts[0]] + permuted(Array(parts[1...]))
        return parts.flatMap { $0.map { GeneratedLine(text: $0, kind: .other) } } + [.blank]
    }

    /// The lines a page break leaves in extracted text.
    mutating func pageBreak(page: Int, of pages: Int, header: [GeneratedLine]) -> [GeneratedLine] {
        let marker = rng.pick(FamilyVocabulary.pageMarkers)
            .replacingOccurrences(of: "{n}", with: String(page)).replacingOccurrences(of: "{m}", with: String(pages))
        var out = [GeneratedLine(text: marker, kind: .other)]
        if rng.chance(0.6) { out.append(GeneratedLine(text: title, kind: .other)) }
        if rng.chance(0.8) { out += header.map { GeneratedLine(text: $0.text, kind: .other) } }
        return out
    }

    /// Two to four (or the range's) distinct items, in their listed order.
    mutating func pickSome(_ items: [String], _ count: ClosedRange<Int>) -> [String] {
        var chosen = Set<Int>()
        let wanted = min(rng.within(count), items.count)
        while chosen.count < wanted { chosen.insert(rng.below(items.count)) }
        return chosen.sorted().map { items[$0] }
    }
}
