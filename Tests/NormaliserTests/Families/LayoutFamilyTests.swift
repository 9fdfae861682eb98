import Assessment
import Foundation
import Testing

/// The corpus rewritten into every layout family must read back as the corpus reads (issue 11, "How it is
/// checked"); the generator, its quirks and the scorer are checked here too.
@Suite struct LayoutFamilyTests {
    @Test(arguments: LayoutFamily.allCases)
    func familyReadsBackAtTheTarget(_ family: LayoutFamily) throws {
        let score = try FamilySuite.score(family)
        #expect(score.accuracy >= FamilyThresholds.accuracy,
                "\(family.rawValue): \(score.right) of \(score.responses) statuses right\n\(score.failureSummary)")
        #expect(score.invented <= FamilyThresholds.invented, "\(family.rawValue): \(score.invented) invented provisions")
        #expect(score.versionWrong == 0, "\(family.rawValue): \(score.versionWrong) documents read as the wrong Code version")
    }

    @Test(arguments: LayoutFamily.allCases)
    func renderingHasItsQuirk(_ family: LayoutFamily) throws {
        let renderings = try FamilySuite.renderings(family)
        #expect(renderings.count == (try FamilySuite.generated.get().references.count))
        for r in renderings {
            let problems = FamilyQuirks.problems(r)
            #expect(problems.isEmpty, "\(r.fileName) lacks: \(problems.joined(separator: "; "))")
        }
    }

    @Test func generatorIsDeterministicAndTheSeedMatters() throws {
        let run = try FamilySuite.generated.get()
        for family in LayoutFamily.allCases {
            var differs = false
            for document in run.references {
                let again = FamilyGenerator.render(family, document)
                #expect(again.text == run.renderings.first { $0.fileName == again.fileName }?.text, "\(again.fileName) changed")
                if !differs { differs = FamilyGenerator.render(family, document, seed: "another seed").text != again.text }
            }
            #expect(differs, "\(family.rawValue) ignores its seed")
        }
    }

    @Test func referenceReadsEveryCorpusDocument() throws {
        let references = try FamilySuite.generated.get().references
        #expect(references.count == 5)
        for document in references {
            #expect(document.responses.count > 60, "\(document.name): \(document.responses.count) responses")
            #expect(Set(document.responses.map(\.provision)).count == document.responses.count)
            for r in document.responses {
                #expect((r.answer == nil) == (r.status == .blank), "\(document.name) \(r.provision)")
                if let text = r.statusText, text.split(whereSeparator: \.isWhitespace).count > 3 {
                    #expect(r.answer == FamilyVocabulary.plainAnswer(r.status), "\(document.name) \(r.provision): long answer not written out")
                }
            }
        }
        #expect(references.contains { $0.codeVersion == .v2022 } && references.contains { $0.codeVersion == .v2024 })
    }

    @Test(arguments: [LayoutFamily.glued, .cellPerParagraph, .labelColon])
    func blankAnswersStayBlankAndLineBreaksStay(_ family: LayoutFamily) throws {
        let run = try FamilySuite.generated.get()
        var blanks = 0, multiLine = 0
        for document in run.references {
            let text = FamilyGenerator.render(family, document).text
            for r in document.responses where r.evidence.contains("\n") {
                #expect(text.contains(r.evidence), "\(family.rawValue) \(document.name) \(r.provision): evidence lines joined")
                multiLine += 1
            }
            for r in document.responses where r.status == .blank && family == .glued && !r.evidence.isEmpty {
                #expect(text.contains(r.requirement + r.evidence), "\(document.name) \(r.provision): an answer was written")
                blanks += 1
            }
        }
        #expect(multiLine > 0)
        if family == .glued { #expect(blanks > 0) }
    }

    @Test func scorerCountsEachKindOfMistake() throws {
        let ids = try ["1.2", "1.3", "1.4", "1.5"].map { try #require(ProvisionID($0)) }
        let expected = [ReferenceResponse(provision: ids[0], status: .yes, statusText: "Yes", requirement: "A  complaint\nis", evidence: "Policy"),
                        ReferenceResponse(provision: ids[1], status: .no, statusText: "No", requirement: "B", evidence: "Plan"),
                        ReferenceResponse(provision: ids[2], status: .partial, statusText: "Partial", requirement: "C")]
        let got = [ReferenceResponse(provision: ids[0], status: .yes, statusText: "Y", requirement: "A complaint is", evidence: "Policy"),
                   ReferenceResponse(provision: ids[1], status: .yes, statusText: "Yes", requirement: "B", evidence: "", commentary: "Plan"),
                   ReferenceResponse(provision: ids[3], status: .yes, statusText: "Yes", requirement: "E")]
        var marked = DocumentScore(family: .glued, document: "inline")
        FamilyScorer.compare(expected, got, fieldsMarked: true, into: &marked)
        #expect(marked.responses == 3 && marked.right == 1)
        #expect(marked.wrong == [.init(provision: ids[1], expected: .no, got: .yes)])
        #expect(marked.missing == [ids[2]] && marked.invented == [ids[3]])
        #expect(marked.textAgreed == 1)  // 1.3's evidence went to the commentary
        var joined = DocumentScore(family: .glued, document: "inline")
        FamilyScorer.compare(expected, got, fieldsMarked: false, into: &joined)
        #expect(joined.textAgreed == 2)  // evidence, commentary and action compared joined
    }

    /// Builds the report table (and, with `LAYOUT_FAMILIES_REPORT` / `LAYOUT_FAMILIES_OUT` set, writes it and
    /// every rendering, for `Scripts/layout-families`). The renderings are written before any is read, so a
    /// rendering that crashes the normaliser is on disk to reproduce it.
    @Test func reportHasARowPerFamily() throws {
        let environment = ProcessInfo.processInfo.environment
        if let folder = environment["LAYOUT_FAMILIES_OUT"], !folder.isEmpty {
            try FamilyReport.writeRenderings(try FamilySuite.generated.get().renderings, to: URL(fileURLWithPath: folder))
        }
        let run = try FamilySuite.get()
        let table = FamilyReport.markdown(run.scores)
        #expect(table.split(separator: "\n").count == LayoutFamily.allCases.count + 3)
        #expect(table.contains("| **all** | \(LayoutFamily.allCases.count * run.references.count) | "))
        if let path = environment["LAYOUT_FAMILIES_REPORT"], !path.isEmpty {
            let failures = FamilyReport.failures(run.scores)
            let text = table + (failures.isEmpty ? "" : "\n## Below the target\n\n" + failures)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
    }
}
