/// The words one slot of a `PhrasePattern` accepts, written `a|b|c`.
///
/// Each alternative is a word (`review`), a prefix ending in `*` (`develop*`), a named class
/// (`@verbPast`, see `WordClasses`) or `#year` (a four-digit year 20xx).
struct WordSet: Sendable {
    var exact: Set<String> = []
    var prefixes: [String] = []
    var years = false

    /// Parses `a|b*|@class|#year`.
    init(_ spec: Substring) {
        for alternative in spec.split(separator: "|") {
            if alternative.hasPrefix("@") {
                exact.formUnion(WordClasses.named(String(alternative.dropFirst())))
            } else if alternative == "#year" {
                years = true
            } else if alternative.hasSuffix("*") {
                prefixes.append(String(alternative.dropLast()))
            } else {
                exact.insert(String(alternative))
            }
        }
    }

    /// True when `token` is one of the accepted words.
    func contains(_ token: Token) -> Bool {
        exact.contains(token.lower) || (years && token.isYear) || prefixes.contains { token.lower.hasPrefix($0) }
    }
}
