import Assessment
import Comparison

/// How the report writes numbers, answers and links: one place, so every page says a figure the same way.
///
/// ```swift
/// ReportFormat.percent(0.97058) // "97.1%"
/// ReportFormat.interval(rates.strictInterval) // "94.0–99.3%"
/// ```
enum ReportFormat {
    /// A fraction as a percentage with one decimal ("97.1%"); "–" for nil.
    static func percent(_ x: Double?) -> String {
        guard let x else { return "–" }
        return Cell.fixed(100 * x, 1) + "%"
    }

    /// A Wilson interval as "94.0–99.3%"; "–" for nil.
    static func interval(_ i: WilsonInterval?) -> String {
        guard let i else { return "–" }
        return Cell.fixed(100 * i.low, 1) + "–" + Cell.fixed(100 * i.high, 1) + "%"
    }

    /// A whole number with thousands separators ("8,712").
    static func count(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// The letter of an answer in the heatmap and the answer strips.
    static func letter(_ status: Status?, hedged: Bool) -> String {
        switch status {
        case .yes?: hedged ? "H" : "Y"
        case .partial?: "P"
        case .no?: "N"
        case .na?: "A"
        case .blank?: "B"
        case nil: "·"
        }
    }

    /// An answer in words: "yes", "yes, hedged", "partial", "no", "not applicable", "blank", "not in the document".
    static func answer(_ status: Status?, hedged: Bool) -> String {
        switch status {
        case .yes?: hedged ? "yes, hedged" : "yes"
        case .partial?: "partial"
        case .no?: "no"
        case .na?: "not applicable"
        case .blank?: "blank"
        case nil: "not in the document"
        }
    }

    /// The legend of the letters, in the order of `letter`.
    static let legend: [(letter: String, meaning: String)] = [
        ("Y", "yes"), ("H", "yes, but its own text admits a gap (hedged)"), ("P", "partial"), ("N", "no"),
        ("A", "not applicable"), ("B", "blank: no answer"), ("·", "provision not in the document"),
    ]

    /// Text cut to `limit` characters on a word boundary, with "…", on one line.
    static func trimmed(_ text: String, _ limit: Int = 300) -> String {
        let one = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
        guard one.count > limit else { return one }
        let cut = one.prefix(limit)
        let end = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(end) + "…"
    }

    /// "2024 Code"
    static func code(_ v: CodeVersion) -> String { "\(v.rawValue) Code" }
}
