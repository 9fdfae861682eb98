import Assessment
import Foundation

/// Facts about a document read from its text or file name: title, period, and the landlord's name in its
/// file name (the last resort of `LandlordNaming`).
enum DocumentFacts {
    static let titlePattern = Pattern(#"self[\s-]*assessment|complaint handling code|complaints? (?:performance|handling) (?:report|code)"#)

    /// True if a front-matter line looks like the document's title (and is not page furniture such as a
    /// breadcrumb ending in the page's name).
    static func isTitle(_ line: String) -> Bool {
        line.hasAtMost(200) && !line.contains("\t") && titlePattern.matches(line) && Text.wordCount(line) <= 25
            && !Text.fold(line).contains(" must ") && !Text.fold(line).contains(" should ") && !PageChrome.isNavigation(line)
    }

    /// Opening sentences of the Ombudsman's own self-assessment form, which landlords reproduce verbatim.
    static let formInstructions = Pattern(#"^(this self-assessment form should be completed|once approved, landlords must publish|landlords are required to complete the self-assessment|we recognise that there may be a small number of circumstances)"#)

    /// True if a line is one of the form's standard instructions (boilerplate, not the landlord's words).
    static func isFormInstruction(_ line: String) -> Bool { formInstructions.matches(line) }

    /// Words of file names that name no landlord: the form's words, versions, states and formats.
    static let genericFileWords: Set<String> = ["self", "assessment", "selfassessment", "complaint", "complaints", "handling",
                                                "code", "chc", "hos", "hoc", "form", "appendix", "annual", "report",
                                                "performance", "ombudsman", "final", "draft", "v", "ver", "version", "copy",
                                                "rev", "revised", "revision", "updated", "update", "amended", "new", "latest",
                                                "signed", "approved", "published", "accessible", "web", "print", "full",
                                                "summary", "text", "txt", "doc", "docx", "pdf", "html", "htm", "page",
                                                "part", "compliance", "submission", "template", "tracker", "fy", "q",
                                                "year", "yr", "document", "file", "scan", "scanned", "attachment",
                                                "download", "upload", "uploads", "media", "assets", "files"]
    static let anonymousWords: Set<String> = ["unnamed", "unknown", "anonymous", "anon", "redacted"]

    /// A landlord name from a file name, or nil when it holds only dates, versions and generic words, or says
    /// the landlord is unnamed: 'riverside-homes-2023-24.txt' -> 'Riverside Homes', 'Eastport 2022code.pdf'
    /// -> 'Eastport', 'acme_self-assessment-v2-FINAL.docx' -> 'Acme'.
    static func landlord(fromFileName name: String) -> String? {
        let stem = name.split(separator: "/").last.map(String.init) ?? name
        return landlord(fromStem: stem.contains(".") ? String(stem[..<(stem.lastIndex(of: ".") ?? stem.endIndex)]) : stem)
    }

    /// A landlord name from a file or folder name without its extension (see `landlord(fromFileName:)`).
    static func landlord(fromStem base: String) -> String? {
        let words = fileNameWords(base)
        if words.contains(where: { anonymousWords.contains($0.lowercased()) }) { return nil }
        let kept = words.map { w -> String? in
            let lower = w.lowercased()
            return w.count < 2 || w.allSatisfy(\.isNumber) || genericFileWords.contains(lower) || isMonth(w) ? nil : w
        }
        // Joining words survive only between kept words ('london-borough-of-acme', not 'self-assessment-of-2024').
        let isWord = kept.map { w in w.map { !LandlordVocabulary.connectors.contains($0.lowercased()) } ?? false }
        var out: [String] = []
        for (i, w) in kept.enumerated() {
            guard let w else { continue }
            if !isWord[i], out.isEmpty || !isWord[(i + 1)...].contains(true) { continue }
            out.append(w)
        }
        let text = LandlordName.titleCased(out.joined(separator: " "))
        guard !out.isEmpty, LandlordName(text) != nil else { return nil }
        return text
    }

    /// A landlord name from a document's files: the first file's name, else (several files) their folder's name.
    static func landlord(fromPaths paths: [String]) -> String? {
        guard let first = paths.first else { return nil }
        if let name = landlord(fromFileName: first) { return name }
        let folders = first.split(separator: "/").dropLast()
        guard paths.count > 1, let folder = folders.last else { return nil }
        return landlord(fromStem: String(folder))
    }

    /// The words of a file name: split at anything but letters and digits, between letters and digits
    /// ('2022code'), and where a lowercase run of three or more letters meets a capital ('EastPort').
    static func fileNameWords(_ base: String) -> [String] {
        var words: [String] = []
        var current = ""
        var lowerRun = 0
        for ch in base {
            guard ch.isLetter || ch.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                lowerRun = 0
                continue
            }
            if let last = current.last, last.isNumber != ch.isNumber || (ch.isUppercase && lowerRun >= 3) {
                words.append(current)
                current = ""
            }
            lowerRun = ch.isLowercase ? lowerRun + 1 : 0
            current.append(ch)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static let months: Set<String> = ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
                                      "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
                                      "november", "dec", "december"]

    static func isMonth(_ w: String) -> Bool { months.contains(w.lowercased()) }

    static let yearRange = Pattern(#"\b(20\d\d)\s*(?:[-/–—_]|\s+to\s+)\s*(20)?(\d\d)\b"#)
    static let monthYear = Pattern(#"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(20\d\d)\b"#)
    static let year = Pattern(#"(?:^|[^\d])(20[12]\d)(?:[^\d]|$)"#)

    /// A year naming the Code rather than the period ('2022 Code', '2024code', 'Code (2024)').
    static let codeYear = Pattern(#"(?<!\d[-/–])20\d\d[\s_-]*code|code[\s_-]*\(?20\d\d\)?(?![-/–]?\s*\d)"#)

    /// A period such as "2024-25" or "2024" from the given texts, in order of preference; a year naming the
    /// Code ('the 2024 Code', 'Eastport 2022code') is not a period.
    static func period(in texts: [String]) -> String? {
        let texts = texts.map(withoutCodeYears)
        for t in texts {
            if let g = yearRange.groups(t), let a = Int(g[1]), let b = Int(g[3]), (b == (a + 1) % 100) {
                return "\(g[1])-\(g[3])"
            }
        }
        for t in texts { if let g = monthYear.groups(t) { return g[1] } }
        for t in texts { if let g = year.groups(t) { return g[1] } }
        return nil
    }

    /// `text` with the years that name the Code blanked out.
    static func withoutCodeYears(_ text: String) -> String {
        var t = text
        var guardCount = 0
        while guardCount < 8, let g = codeYear.groups(t), !g[0].isEmpty {
            t = t.replacingOccurrences(of: g[0], with: " ")
            guardCount += 1
        }
        return t
    }
}
