/// Writes a JSON array of objects one row at a time (for output that is streamed, such as `chc query`), with
/// the same form as `TextTable.json()`: keys sorted, numbers as numbers, one object per line. Repeated column
/// names get a suffix (`n`, `n_2`) so every object has unique keys.
///
/// ```swift
/// var writer = JSONArrayWriter(columns: ["n", "name"])
/// print(writer.row([.int(1), .text("Acme")]) + writer.end(), terminator: "")
/// // [\n  {"n": 1, "name": "Acme"}\n]\n
/// ```
public struct JSONArrayWriter: Sendable {
    private let order: [(index: Int, key: String)]
    private var rows = 0

    /// A writer for rows with these columns.
    public init(columns: [String]) {
        order = Self.uniqueKeys(columns).enumerated().sorted { $0.element < $1.element }.map { ($0.offset, $0.element) }
    }

    /// The text for one more row (opening the array before the first).
    public mutating func row(_ cells: [Cell]) -> String {
        var fields: [String] = []
        fields.reserveCapacity(order.count)
        for (i, key) in order { fields.append("\(TextTable.quote(key)): \((i < cells.count ? cells[i] : .null).json)") }
        defer { rows += 1 }
        return (rows == 0 ? "[\n" : ",\n") + "  {" + fields.joined(separator: ", ") + "}"
    }

    /// The text that closes the array (`[]` when there were no rows).
    public func end() -> String { rows == 0 ? "[]\n" : "\n]\n" }

    /// `names` with repeats renamed `name_2`, `name_3`, ... (skipping names already taken).
    static func uniqueKeys(_ names: [String]) -> [String] {
        var taken = Set<String>()
        return names.map { name in
            var key = name, n = 1
            while taken.contains(key) { n += 1; key = "\(name)_\(n)" }
            taken.insert(key)
            return key
        }
    }
}

extension Cell {
    /// The value as JSON: a quoted string, a number, or `null` (also for an infinite or NaN number).
    var json: String {
        switch self {
        case .text(let s): return TextTable.quote(s)
        case .int(let n): return String(n)
        case .number(let d, _): return d.isFinite ? "\(d)" : "null"
        case .null: return "null"
        }
    }
}
