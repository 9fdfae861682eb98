import Assessment

/// Decides which line-leading provision numbers start rows, in layouts without column separators
/// (key-value blocks, paragraphs, glued text), where a number at the start of a line may also be
/// a quoted policy clause inside evidence ('2.1 A complaint is defined as…').
///
/// A candidate is accepted when the catalogue has its number, the number is unused, and it follows
/// the last accepted number in form order — or a section caption or must/should heading came
/// between them, or (2022 form) it opens the next must/should group of its section. An in-order
/// candidate is still refused when the next candidate fits between the last accepted number and it,
/// or repeats its number, unless its own text holds an answer and the next one's does not; and
/// refused when it belongs to another section than the caption above it and no answer follows it,
/// or when no answer follows it and a later candidate with an answer repeats its number.
/// Numbers the catalogue lacks ('0.40') start a row only when their text holds an answer.
struct RowStartFilter {
    let catalogue: Catalogue
    let version: CodeVersion

    struct Candidate {
        let line: Int
        let reading: ProvisionNumber.Reading
        /// True if an answer appears between this candidate and the next one.
        let complete: Bool
        /// The section of the caption in force at the candidate's line, if the document has captions.
        var captionSection: Int? = nil
        /// A number followed by lowercase text ('1.6 if further enquiries…'): its row began on the line
        /// above, or it is a reference inside evidence ('8.1 of the Code'); accepted only if complete.
        var weak = false
    }

    /// Lines of the accepted candidates. `resets` are lines of captions and group headings.
    func accept(_ candidates: [Candidate], resets: [Int]) -> Set<Int> {
        var accepted = Set<Int>()
        var used = Set<ProvisionID>()
        var last: Candidate?
        func resetBetween(_ a: Int, _ b: Int) -> Bool { resets.contains { $0 > a && $0 < b } }
        func position(_ c: Candidate) -> Int? { catalogue.position(version, c.reading.id) }

        // Numbers that a later candidate with an answer repeats ('5.4 Employment' in a report before the table).
        var completeLater = Set<ProvisionID>()
        var repeatedLater: [Bool] = Array(repeating: false, count: candidates.count)
        for k in candidates.indices.reversed() {
            repeatedLater[k] = completeLater.contains(candidates[k].reading.id)
            if candidates[k].complete { completeLater.insert(candidates[k].reading.id) }
        }

        for (k, c) in candidates.enumerated() {
            if !c.complete, repeatedLater[k] { continue }
            guard let pos = position(c) else {
                if c.complete { accepted.insert(c.line) }
                continue
            }
            if used.contains(c.reading.id) || c.weak && !c.complete { continue }
            // A number from another section than its caption's, with no answer after it: a quoted clause.
            if let cs = c.captionSection, cs != c.reading.id.section, !c.complete { continue }
            let next = candidates[(k + 1)...].first { position($0) != nil }
            if let l = last, let lp = position(l), pos <= lp, !resetBetween(l.line, c.line) {
                guard opensNextGroup(c, after: l), c.complete else { continue }
            }
            if let n = next, !resetBetween(c.line, n.line), let np = position(n) {
                let winsOverNext = c.complete && !n.complete
                if n.reading.id == c.reading.id, !winsOverNext { continue }
                let aboveLast = last.flatMap { l in position(l).map { np > $0 || resetBetween(l.line, c.line) } } ?? true
                if aboveLast, np < pos, !winsOverNext { continue }
            }
            accepted.insert(c.line)
            used.insert(c.reading.id)
            last = c
        }
        return accepted
    }

    /// In the 2022 form a section's 'should' rows follow its 'must' rows, so numbers go back.
    private func opensNextGroup(_ c: Candidate, after l: Candidate) -> Bool {
        guard version == .v2022, let a = catalogue.provision(version, l.reading.id), let b = catalogue.provision(version, c.reading.id)
        else { return false }
        return a.sectionNumber == b.sectionNumber && a.obligation != b.obligation
    }
}
