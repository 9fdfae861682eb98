/// Splits a physical line into cells.
enum CellSplitter: String, Sendable {
    /// Tab-separated text extracted from PDF or Word tables.
    case tab
    /// Pipe / markdown tables: `| 1.2 | text | Yes |`.
    case pipe

    func cells(_ line: String) -> [String] {
        switch self {
        case .tab:
            return line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        case .pipe:
            var s = line.trimmingWhitespace()
            guard s.contains("|") else { return [s] }
            if s.hasPrefix("|") { s.removeFirst() }
            if s.hasSuffix("|") && !s.hasSuffix("\\|") { s.removeLast() }
            return s.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        }
    }
}
