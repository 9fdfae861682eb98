import Assessment

/// A document named in a text: up to three qualifying words and a document noun ("Customer Feedback policy").
///
/// Nouns that name a document on their own (policy, procedure, website, leaflet…) count bare; generic ones
/// (report, letters, system, plan…) count only with a qualifier ("Annual report", "Template letters",
/// "online complaints system"). Consecutive nouns are separate documents ("Complaints Policy Procedure
/// Website" is three), except known compounds ("policy statement", "web page", "template letters").
struct DocumentMention: Sendable, Hashable {
    /// Token-index range of the mention.
    let range: Range<Int>
    /// The mention as written.
    let name: String
    /// True when a qualifier says which document it is ("Compensation Policy", "Customer Feedback policy"),
    /// not only what every document in a complaint-handling assessment is about ("complaints policy").
    let isSpecific: Bool

    static let bareNouns: Set<String> = ["policy", "policies", "procedure", "procedures", "leaflet", "leaflets",
                                         "handbook", "website", "webpage", "newsletter", "magazine", "charter",
                                         "strategy"]
    static let qualifiedNouns: Set<String> = ["report", "reports", "letter", "letters", "form", "log", "plan",
                                              "system", "statement", "guide", "guidance", "framework", "manual",
                                              "poster", "posters", "document", "register", "flyer", "flyers", "app",
                                              "database", "portal", "page", "template", "templates"]
    static let compounds: Set<String> = ["policy statement", "policy handbook", "policy document",
                                         "procedure manual", "procedure document", "web page", "website page",
                                         "template letter", "template letters", "letter template",
                                         "letter templates", "report template", "report templates"]
    static let maximumQualifiers = 3
    /// Qualifiers that do not make a document specific: every document here concerns complaints and housing.
    static let genericQualifiers: Set<String> = ["complaint", "complaints", "handling", "housing", "customer",
                                                 "customers", "resident", "residents", "tenant", "tenants"]
    static let notQualifiers = WordClasses.words("""
        the a an our their its this that these those in within on of at to for by via from with and or as is are
        was were be been has have had see per under into across all any each every relevant associated current new
        draft approved updated reviewed amended revised strengthened existing same above below following separate
        detailed included set out outlined covered defined published available reflected states sets also both
        which where what how when it we us you your they them not no yes section sections paragraph stage our
        includes include confirms outlines explains details provides copies copy further more other one two three
        single re receive receives provide send sends share shares hold holds keep keeps use uses issue issues agree
        """).union(WordClasses.named("verbBase"))

    static func isNoun(_ token: Token) -> Bool {
        bareNouns.contains(token.lower) || qualifiedNouns.contains(token.lower)
    }

    static func isQualifier(_ token: Token) -> Bool {
        !token.quoted && token.lower.allSatisfy(\.isLetter) && !notQualifiers.contains(token.lower) && !isNoun(token)
    }

    /// The documents named in `text`, in order.
    static func find(in text: TokenizedText) -> [DocumentMention] {
        let tokens = text.tokens
        var result: [DocumentMention] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard isNoun(token) || (token.lower == "web" && index + 1 < tokens.count && tokens[index + 1].lower == "page")
            else { index += 1; continue }
            var end = index + 1
            if end < tokens.count, tokens[end].sentence == token.sentence,
               compounds.contains(token.lower + " " + tokens[end].lower) {
                end += 1
            }
            var start = index
            let floor = result.last?.range.upperBound ?? 0
            while start > floor, index - start < maximumQualifiers, tokens[start - 1].sentence == token.sentence,
                  isQualifier(tokens[start - 1]),
                  text.text[tokens[start - 1].range.upperBound..<tokens[start].range.lowerBound]
                      .allSatisfy({ $0 == " " || $0 == "-" }) {
                start -= 1
            }
            let titled = start < index
            let compound = end - index > 1
            if titled || compound || bareNouns.contains(token.lower) {
                let specific = tokens[start..<index].contains { !genericQualifiers.contains($0.lower) }
                    || (compound && !bareNouns.contains(token.lower))
                result.append(DocumentMention(range: start..<end, name: text.original(start..<end),
                                              isSpecific: specific))
            }
            index = end
        }
        return result
    }
}
