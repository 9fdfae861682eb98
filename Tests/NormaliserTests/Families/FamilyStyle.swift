import Foundation
import Assessment

/// How one rendering spells its labels, captions and separators, drawn from the rendering's seed so that no
/// reader can fit a single spelling.
struct FamilyStyle: Sendable {
    enum LabelCase: CaseIterable, Sendable { case asWritten, title, lower, upper }
    /// How a key-value block writes its provision number.
    enum NumberForm: CaseIterable, Sendable { case labelSpace, labelColon, bare, labelThenLine, numberWithRequirement }

    var number: String
    var requirement: String
    var answer: String
    var evidence: String
    var commentary: String
    var action: String
    var complyYes: String
    var complyNo: String
    var labelCase: LabelCase
    /// Between a label and its value on one line.
    var separator: String
    /// After a label on its own line (`""`, `":"`).
    var labelSuffix: String
    var boldLabels: Bool
    var numberForm: NumberForm
    /// Key-value blocks of the 2022 form use its column names as labels.
    var formLabels: Bool
    /// Fields with no text still get their label.
    var emptyLabels: Bool
    var sectionCaption: String
    var markdownCaptions: Bool
    var mustCaption: String
    var shouldCaption: String
    /// Header row after every section caption, or once.
    var headerEverySection: Bool
    var outerPipes: Bool
    var pipeRule: String
    /// Between the answer and the evidence in a 2022 'Comply – Yes' cell.
    var answerJoin: String
    var spaceAfterNumber: Bool
    var blankBetweenRows: Bool
    var blankBetweenFields: Bool
    /// Line breaks inside pipe-table cells written as `<br>` (else as continuation rows).
    var breaksAsBR: Bool
    /// Grid-table column widths: number, requirement, answer, evidence, commentary, action.
    var gridWidths: [Int]

    init(_ rng: inout SeededGenerator) {
        let v = FamilyVocabulary.self
        number = rng.pick(v.numberLabels)
        requirement = rng.pick(v.requirementLabels)
        answer = rng.pick(v.answerLabels)
        evidence = rng.pick(v.evidenceLabels)
        commentary = rng.pick(v.commentaryLabels)
        action = rng.pick(v.actionLabels)
        complyYes = rng.pick(v.complyYesLabels)
        complyNo = rng.pick(v.complyNoLabels)
        labelCase = rng.pick([.asWritten, .asWritten, .title, .lower])
        separator = rng.pick(v.labelSeparators)
        labelSuffix = rng.pick(["", "", ":"])
        boldLabels = rng.chance(0.2)
        numberForm = rng.pick(NumberForm.allCases)
        formLabels = rng.chance(0.5)
        emptyLabels = rng.chance(0.5)
        sectionCaption = rng.pick(v.sectionCaptions)
        markdownCaptions = rng.chance(0.5)
        mustCaption = rng.pick(v.mustCaptions)
        shouldCaption = rng.pick(v.shouldCaptions)
        headerEverySection = rng.chance(0.6)
        outerPipes = rng.chance(0.75)
        pipeRule = rng.pick(["---", " --- ", ":---", "-----"])
        answerJoin = rng.pick([". ", " – ", " "])
        spaceAfterNumber = rng.chance(0.6)
        blankBetweenRows = rng.chance(0.6)
        blankBetweenFields = rng.chance(0.3)
        breaksAsBR = rng.chance(0.4)
        gridWidths = [rng.within(6...10), rng.within(30...50), rng.within(8...14), rng.within(30...50), rng.within(20...40), rng.within(20...30)]
    }

    /// A label in this rendering's case (`Evidence` → `EVIDENCE` for upper case).
    func cased(_ label: String) -> String {
        switch labelCase {
        case .asWritten: label
        case .lower: label.lowercased()
        case .upper: label.uppercased()
        case .title:
            label.split(separator: " ", omittingEmptySubsequences: false)
                .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        }
    }

    /// A label as written on its own line of a key-value block.
    func labelLine(_ label: String) -> String {
        let text = cased(label)
        let suffix = text.hasSuffix("?") || text.hasSuffix(")") ? "" : labelSuffix
        return boldLabels ? "**\(text)\(suffix)**" : text + suffix
    }

    /// The caption of a section, e.g. `Section 2: Exclusions`.
    func caption(_ section: Int, _ title: String, markdown: Bool) -> String {
        var text = sectionCaption.replacingOccurrences(of: "{n}", with: String(section)).replacingOccurrences(of: "{t}", with: title)
        if sectionCaption.hasPrefix("SECTION") { text = text.uppercased() }
        return markdown && markdownCaptions ? "## " + text : text
    }

    /// The caption of a 2022 must/should group.
    func groupCaption(_ obligation: Obligation) -> String { obligation == .should ? shouldCaption : mustCaption }
}
