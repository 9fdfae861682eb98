import Assessment
import Foundation

/// Finds who published a document: the landlord's name from its title, header or opening, never from
/// page furniture, and the spellings of that one name the document carries; the file name is the
/// last resort.
///
/// In order of trust: title hints and the title line (a name in any part of a title such as
/// `Self-assessment | Acme Council`; a bare site name after a title separator), a line holding only a
/// name (a letterhead), the organisation a sentence opens with (`Acme Homes always aims…`), a name
/// opening a short header line, and the file name without years, versions and generic words.
/// A name is an organisation's name by its form (`LandlordName`): council styles, or capitalised words
/// ending in an organisation word (Homes, Housing, Trust, Group…).
///
/// ```swift
/// let opening = OpeningText(hints: [], title: "Acme Borough Council Self-assessment 2024", lines: [])
/// LandlordNaming.evidence(opening, paths: ["acme-2024-v2.txt"]).names.map(\.text)
/// // ["Acme Borough Council", "Acme"]
/// ```
enum LandlordNaming {
    /// A name found, with how far it is trusted (lower is better) and its reading.
    struct Found {
        var text: String
        var source: LandlordNameSource
        var rank: Int
        var name: LandlordName
    }

    /// Opening lines read for names (all that `OpeningText` keeps by default): a letterhead or an
    /// introduction comes first.
    static let nameLines = 20

    /// Separators between a site's name and a page's name in titles ('Page | Site', 'Site - Page').
    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", ": "]

    /// The landlord evidence of a document: its names, best first, all spellings of one landlord, and its addresses.
    static func evidence(_ opening: OpeningText, paths: [String]) -> LandlordEvidence {
        let fileName = DocumentFacts.landlord(fromPaths: paths)
        let corroborating = corroboration(fileName: fileName, urls: opening.urls)
        var found: [Found] = []
        for hint in opening.hints { found += titleNames(hint, corroborating: corroborating) }
        if let title = opening.title { found += titleNames(title, corroborating: corroborating) }
        for line in opening.lines.prefix(nameLines) where line != opening.title { found += lineNames(line) }
        found = found.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
        if let fileName, let name = LandlordName(fileName) {
            found.append(Found(text: fileName, source: .fileName, rank: 4, name: name))
        }
        return LandlordEvidence(names: spellings(found), urls: opening.urls)
    }

    /// The names that spell the first one found, without repeats, led by its first official form ('Acme Borough
    /// Council' before a bare 'Acme' found earlier).
    static func spellings(_ found: [Found]) -> [LandlordEvidence.Name] {
        guard let primary = found.first else { return [] }
        let identity = found.first { $0.name.form != .bare && $0.name.isSpelling(of: primary.name) } ?? primary
        var seen = Set<String>()
        var out: [LandlordEvidence.Name] = []
        for f in [identity] + found where f.name.isSpelling(of: identity.name) && seen.insert(f.source.rawValue + "\u{1F}" + f.text).inserted {
            out.append(LandlordEvidence.Name(f.text, source: f.source))
        }
        return out
    }

    /// Names in a title or title hint: organisation names in any of its parts; else a bare site name in a
    /// part of its own beside a part naming the document; else a bare name opening the title before the
    /// form's words ('Acme Self-assessment') when the file name or an address corroborates it.
    static func titleNames(_ title: String, corroborating: Set<String>) -> [Found] {
        let segments = split(title)
        let runs = segments.map { NameRuns($0) }
        let official = runs.flatMap { officialNames($0, rank: 0, source: .title).map(\.found) }
        if !official.isEmpty { return official }
        if segments.count >= 2 {
            let bare = runs.enumerated().compactMap { i, part -> Found? in
                guard let run = part.runs.first, part.runs.count == 1, run.range == 0..<part.tokens.count, run.range.count <= 5,
                      runs.indices.contains(where: { $0 != i && runs[$0].tokens.contains(where: NameRuns.isDocumentWord) }),
                      let name = LandlordName(run.text) else { return nil }
                return Found(text: run.text, source: .title, rank: 0, name: name)
            }
            if !bare.isEmpty { return bare }
        }
        guard let first = runs.first, let run = first.runs.first, run.startsLine, run.endsAtDocumentWord,
              let name = LandlordName(run.text), name.form == .bare,
              corroborating.contains(name.core.joined()) else { return [] }
        return [Found(text: run.text, source: .title, rank: 0, name: name)]
    }

    /// Names in an opening line: a line holding only a name is a letterhead (title, rank 1); a sentence names
    /// the landlord only by its subject, the run that opens it (text, rank 2); a short line by a name that opens
    /// it or follows punctuation, 'by' or 'for' ('Prepared by Acme Council', 'Landlord: Acme Homes'; text,
    /// rank 3), not one met mid-line ('In partnership with Beacon Homes').
    static func lineNames(_ line: String) -> [Found] {
        let words = Self.wordCount(line)
        let sentence = words >= 8 || (words >= 4 && Text.endsClause(line) && !line.hasSuffix(":"))
        if sentence {
            // Only the subject counts: the run opening the line, within its first dozen words.
            return officialNames(NameRuns(line, maxTokens: 14), rank: 2, source: .text).filter(\.startsLine).map(\.found)
        }
        let runs = NameRuns(line)
        return officialNames(runs, rank: 3, source: .text).compactMap { candidate in
            let start = candidate.range.lowerBound
            let introduced = runs.tokens[start].breakBefore || (start > 0 && ["by", "for"].contains(runs.tokens[start - 1].lower))
            guard candidate.startsLine || introduced else { return nil }
            var f = candidate.found
            if runs.tokens.indices.allSatisfy({ candidate.range.contains($0) || runs.tokens[$0].hasDigit }) {
                f.rank = 1
                f.source = .title
            }
            return f
        }
    }

    /// Words of a line: runs of bytes other than spaces and tabs.
    static func wordCount(_ line: String) -> Int {
        var n = 0, inWord = false
        for b in line.utf8 {
            let space = b == 0x20 || b == 0x09
            if !space, !inWord { n += 1 }
            inWord = !space
        }
        return n
    }

    /// The runs of a line that are organisation names by their form (a council's or an organisation's).
    static func officialNames(_ runs: NameRuns, rank: Int, source: LandlordNameSource) -> [Candidate] {
        runs.runs.compactMap { run in
            guard let name = LandlordName(run.text), name.form != .bare else { return nil }
            return Candidate(found: Found(text: run.text, source: source, rank: rank, name: name), range: run.range,
                             startsLine: run.startsLine)
        }
    }

    /// A name found in a line, with where it sits.
    struct Candidate {
        var found: Found
        var range: Range<Int>
        var startsLine: Bool
    }

    /// A title cut at its separators.
    static func split(_ title: String) -> [String] {
        var parts = [title]
        for separator in titleSeparators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Words that corroborate a bare name in a title: the file name's words run together, and the labels of
    /// the document's addresses ('acme' of www.acme.gov.uk).
    static func corroboration(fileName: String?, urls: [String]) -> Set<String> {
        var out = Set<String>()
        if let fileName { out.insert(LandlordName.words(fileName).joined()) }
        for url in urls {
            let host = url.lowercased().split(separator: "/").first { $0.contains(".") && !$0.hasSuffix(":") } ?? ""
            for label in host.split(separator: ".") { out.insert(String(label).filter(\.isLetter)) }
        }
        return out
    }
}
