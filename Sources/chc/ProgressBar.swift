import Foundation

/// `chc build`'s progress on a terminal: one line on standard error, redrawn at most ten times a second,
///
///     [##########··········] 212/400 documents  6.4/s  ETA 0:29
///
/// then `[####################] 400/400 documents in 1:02 (6.4/s), writing figures`, left as a last line when the
/// build ends. When standard error is not a terminal nothing is drawn (the
/// build's summary line says what was written), so logs and pipes get no control characters.
///
/// ```swift
/// let bar = ProgressBar(enabled: ProgressBar.isTerminal(2))
/// builder.progress = { done, total in bar.update(done: done, total: total) }
/// ```
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private let start = DispatchTime.now()
    private var lastDraw: DispatchTime?
    private var shown = false
    private let lock = NSLock()

    /// A bar that draws only when `enabled`.
    init(enabled: Bool) { self.enabled = enabled }

    /// True when `descriptor` is a terminal and `TERM` is not `dumb`.
    static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Records that `done` of `total` documents are built; redraws when 0.1 s has passed or the last one is done.
    func update(done: Int, total: Int) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        let now = DispatchTime.now()
        if done < total, let lastDraw, now.uptimeNanoseconds - lastDraw.uptimeNanoseconds < 100_000_000 { return }
        lastDraw = now
        draw(Self.line(done: done, total: total, seconds: seconds(until: now), width: Self.terminalWidth()))
    }

    /// Ends the bar: the last state stays on its own line.
    func finish() {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        if shown { Self.write("\n") }
        shown = false
    }

    /// The bar's text for a state, at most `width` columns.
    ///
    /// ```swift
    /// ProgressBar.line(done: 1, total: 4, seconds: 2, width: 80)
    /// // "[#####···············] 1/4 documents  0.5/s  ETA 0:06"
    /// ```
    static func line(done: Int, total: Int, seconds: Double, width: Int) -> String {
        let cells = 20
        let filled = total > 0 ? min(cells, done * cells / total) : cells
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "·", count: cells - filled) + "]"
        var text = "\(bar) \(done)/\(total) documents"
        if done > 0, seconds > 0 {
            let rate = Double(done) / seconds
            let perSecond = "\(rate < 10 ? String(format: "%.1f", rate) : String(Int(rate.rounded())))/s"
            text += done < total ? "  \(perSecond)  ETA \(clock(Double(total - done) / rate))"
                : " in \(clock(seconds)) (\(perSecond)), writing figures"
        }
        return text.count <= width ? text : String(text.prefix(max(1, width)))
    }

    /// `m:ss`, or `h:mm:ss` from an hour.
    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return s >= 3600 ? "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" : "\(s / 60):\(two(s % 60))"
    }

    private func seconds(until now: DispatchTime) -> Double {
        Double(now.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// Returns to the start of the line, writes `text`, clears what is left of the previous one.
    private func draw(_ text: String) {
        Self.write("\r" + text + "\u{1B}[K")
        shown = true
    }

    private static func write(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { raw in _ = Stderr.writeAll(2, raw) }
    }

    /// The terminal's width in columns (80 when unknown), less one so the cursor never wraps.
    private static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 1 else { return 79 }
        return Int(size.ws_col) - 1
    }
}
