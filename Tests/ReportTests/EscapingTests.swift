import Foundation
import Report
import Testing

/// The report's escaping and link helpers on their own.
@Suite struct EscapingTests {
    @Test(arguments: [
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        ("\"quoted\" and 'single'", "&quot;quoted&quot; and &#39;single&#39;"),
        ("&amp; stays visible", "&amp;amp; stays visible"),
        ("plain text, £ and – survive", "plain text, £ and – survive"),
        ("bell\u{7} and nul\u{0}", "bell\u{FFFD} and nul\u{FFFD}"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
    ])
    func escapesTheFiveCharactersAndControls(_ input: String, _ expected: String) {
        #expect(HTMLText.escape(input) == expected)
    }

    /// Random text: the escaped form holds no raw markup character, and unescaping gives the input back.
    @Test func randomTextRoundTrips() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("<>\"'&;#ab c\u{e9}\u{2013}/=x")
        for _ in 0..<500 {
            let input = String((0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "a" })
            let escaped = HTMLText.escape(input)
            #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("\"") && !escaped.contains("'"))
            let back = escaped.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
            #expect(back == input)
        }
    }

    @Test(arguments: [
        ("out/site", "Corpus", "../../Corpus"),
        ("site", "site/../Corpus", "../Corpus"),
        ("a/b", "a/b/c", "c"),
        ("a/b", "a/b", "."),
    ])
    func relativeFolders(_ base: String, _ target: String, _ expected: String) {
        #expect(ReportSite.relativeFolder(from: base, to: target) == expected)
    }
}
