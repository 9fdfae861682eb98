/// One value in a rendered table: text, a whole number, a fraction, or nothing.
public enum Cell: Sendable, Hashable {
    case text(String)
    case int(Int)
    /// A number shown with a fixed number of decimals in tables, full precision in JSON and CSV.
    case number(Double, decimals: Int)
    case null

    /// The value as shown in a terminal table or CSV.
    public var display: String {
        switch self {
        case .text(let s): return s
        case .int(let i): return String(i)
        case .number(let d, let k): return Cell.fixed(d, k)
        case .null: return ""
        }
    }

    /// The value as written to CSV: numbers at full precision, nil for NULL; an infinite or NaN number is
    /// `Infinity`, `-Infinity` or `NaN` (as pandas and R read them), never an empty cell that would look like NULL.
    public var csv: String? {
        switch self {
        case .null: return nil
        case .number(let d, _): return d.isFinite ? "\(d)" : (d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity"))
        default: return display
        }
    }

    /// Fixed-point formatting without Foundation's locale: `fixed(0.12345, 3) == "0.123"`.
    public static func fixed(_ d: Double, _ decimals: Int) -> String {
        guard d.isFinite else { return d.isNaN ? "nan" : (d > 0 ? "inf" : "-inf") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let negative = d < 0
        let scaled = (abs(d) * scale).rounded()
        let whole = Int(scaled / scale)
        var frac = Int(scaled - Double(whole) * scale)
        if frac < 0 { frac = 0 }
        var fracText = String(frac)
        while fracText.count < decimals { fracText = "0" + fracText }
        let body = decimals > 0 ? "\(whole).\(fracText)" : "\(whole)"
        return (negative && scaled != 0 ? "-" : "") + body
    }
}
