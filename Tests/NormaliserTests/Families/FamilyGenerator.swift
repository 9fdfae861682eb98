import Foundation
import Assessment

/// Rewrites a reference document mechanically into a layout family.
///
/// Deterministic: the seed (by default `family/document`) fixes every choice, so the same family and document
/// always give the same text.
///
/// ```swift
/// let rendering = FamilyGenerator.render(.glued, document)
/// rendering.text      // "Section 1: Definition of a complaint\n\n1.2 A complaint must be…Yes…"
/// rendering.expected  // what the normaliser must read back
/// ```
struct FamilyGenerator {
    /// The layouts a family is written in (alone, or one per part of a mixed file).
    enum Base: CaseIterable, Sendable {
        case tab, pipe, grid, pipeBroken, glued, singleSpace, cellPerLine, cellPerParagraph, keyValueLines, labelColon

        /// Columns or labels tell evidence, commentary and action apart.
        var marksFields: Bool { ![.glued, .singleSpace, .cellPerLine, .cellPerParagraph].contains(self) }
    }

    var rng: SeededGenerator
    var style: FamilyStyle
    let document: ReferenceDocument
    let title: String
    /// The family writes a 2022 document in the form's Comply – Yes / Comply – No / Action columns.
    var formAllowed = false
    /// The layout being written uses them (a table layout, when `formAllowed`).
    var form2022 = false

    init(document: ReferenceDocument, seed: String) {
        rng = SeededGenerator(seed)
        style = FamilyStyle(&rng)
        self.document = document
        let fallback = rng.pick(FamilyVocabulary.fallbackTitles)
        title = document.title ?? fallback
    }

    /// Renders `document` in `family`; `seed` overrides the default `family/document` seed.
    static func render(_ family: LayoutFamily, _ document: ReferenceDocument, seed: String? = nil) -> FamilyRendering {
        var generator = FamilyGenerator(document: document, seed: seed ?? "\(family.rawValue)/\(document.name)")
        return generator.render(family)
    }

    /// The document as captions, groups and rows, each row with its number and answer as written.
    func blocks() -> [GeneratedBlock] {
        var out: [GeneratedBlock] = []
        var section = -1
        var group: Obligation?
        for response in document.responses {
            if response.section != section {
                out.append(.section(response.section, document.sectionTitles[response.section] ?? ""))
                section = response.section
                group = nil
            }
            if response.obligationFromHeading, let obligation = response.obligation, obligation != group {
                out.append(.group(obligation))
                group = obligation
            }
            out.append(.row(GeneratedRow(expected: response, number: response.provision.description, answer: response.answer)))
        }
        return out
    }

    mutating func render(_ family: LayoutFamily) -> FamilyRendering {
        var blocks = blocks()
        let bases = chooseBases(family)
        formAllowed = document.usesForm2022 && ![.sentenceAnswers, .answerWords, .answerMarks].contains(family)
        var before: [GeneratedLine] = []
        switch family {
        case .upperCaseLabels: style.labelCase = .upper
        case .sentenceAnswers, .answerWords, .answerMarks: blocks = rewriteAnswers(blocks, family)
        case .lostNumbers: blocks = loseNumbers(blocks)
        case .quotedClauses: blocks = quoteClauses(blocks)
        case .reportNarrative: before = reportNarrative()
        default: break
        }
        var lines = [GeneratedLine(text: title, kind: .title), .blank] + before
        lines += family == .rowsPerLine ? rowsPerLine(blocks, glued: bases == [.glued]) : write(blocks, in: bases)
        if family == .pageChrome { lines = addPageChrome(lines) }
        let text = lines.map(\.text).joined(separator: "\n") + "\n"
        return FamilyRendering(family: family, document: document.name, codeVersion: document.codeVersion, text: text,
                               expected: blocks.compactMap { if case .row(let r) = $0 { r.expected } else { nil } },
                               fieldsMarked: bases.allSatisfy(\.marksFields))
    }

    /// The layout(s) a family writes this document in; families with a free base pick it from the seed.
    mutating func chooseBases(_ family: LayoutFamily) -> [Base] {
        switch family {
        case .tabTable, .reportNarrative: [.tab]
        case .pipeTable: [.pipe]
        case .gridTable: [.grid]
        case .pipeBrokenRows: [.pipeBroken]
        case .glued: [.glued]
        case .singleSpace: [.singleSpace]
        case .cellPerLine: [.cellPerLine]
        case .cellPerParagraph: [.cellPerParagraph]
        case .keyValueLines: [.keyValueLines]
        case .labelColon: [.labelColon]
        case .upperCaseLabels: [rng.pick([.keyValueLines, .labelColon])]
        case .sentenceAnswers: [rng.pick([.tab, .cellPerParagraph, .keyValueLines, .labelColon])]
        case .answerWords: [rng.pick([.tab, .pipe])]
        case .answerMarks: [rng.pick([.tab, .pipe, .cellPerParagraph])]
        case .rowsPerLine: [rng.pick([.glued, .singleSpace])]
        case .mixed: permuted([.pipe, .glued, .keyValueLines])
        case .lostNumbers: [rng.pick([.tab, .pipe, .cellPerParagraph, .glued, .keyValueLines])]
        case .pageChrome: [rng.pick([.tab, .pipe, .cellPerLine, .glued])]
        case .quotedClauses: [rng.pick([.tab, .cellPerParagraph, .keyValueLines, .glued])]
        }
    }

    mutating func permuted<T>(_ items: [T]) -> [T] {
        var rest = items
        var out: [T] = []
        while !rest.isEmpty { out.append(rest.remove(at: rng.below(rest.count))) }
        return out
    }

    /// Writes the blocks in one layout, or splits them by section into one part per layout.
    mutating func write(_ blocks: [GeneratedBlock], in bases: [Base]) -> [GeneratedLine] {
        guard bases.count > 1 else { return write(blocks, in: bases[0]) }
        let sections = blocks.compactMap { if case .section(let n, _) = $0 { n } else { nil } }
        var out: [GeneratedLine] = []
        for (k, base) in bases.enumerated() {
            let first = sections.count * k / bases.count, end = sections.count * (k + 1) / bases.count
            guard first < end else { continue }
            let wanted = Set(sections[first..<end])
            var part: [GeneratedBlock] = []
            var inPart = false
            for block in blocks {
                if case .section(let n, _) = block { inPart = wanted.contains(n) }
                if inPart { part.append(block) }
            }
            out += write(part, in: base) + [.blank]
        }
        return out
    }

    mutating func write(_ blocks: [GeneratedBlock], in base: Base) -> [GeneratedLine] {
        form2022 = formAllowed && [.tab, .pipe, .pipeBroken, .grid].contains(base)
        return switch base {
        case .tab: tabLines(blocks)
        case .pipe: pipeLines(blocks, broken: false)
        case .pipeBroken: pipeLines(blocks, broken: true)
        case .grid: gridLines(blocks)
        case .glued, .singleSpace: runLines(blocks, glued: base == .glued)
        case .cellPerLine, .cellPerParagraph: cellLines(blocks, paragraphs: base == .cellPerParagraph)
        case .keyValueLines, .labelColon: labelledLines(blocks, colon: base == .labelColon)
        }
    }
}
