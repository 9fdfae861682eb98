/// Untrusted text made inert for a terminal: every control character - C0 (including NUL and BEL), DEL, C1
/// (including the one-byte CSI), and the bidirectional overrides that can make text read backwards - is shown as a
/// visible escape instead of being sent to the terminal, so a landlord name, file name or commentary cannot clear
/// the screen, retitle the window, or fake output. Newlines are kept (messages span lines); everything else is
/// unchanged.
///
/// ```swift
/// TerminalText.inert("Acme\u{1B}]0;pwned\u{07}")   // "Acme\\x1b]0;pwned\\x07"
/// TerminalText.inert("Cro\u{0}ydon")               // "Cro\\x00ydon" (never a silent cut)
/// ```
public enum TerminalText {
    /// `text` with control characters escaped; `keepNewlines: false` escapes `\n` and `\r` too.
    public static func inert(_ text: String, keepNewlines: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepNewlines: keepNewlines) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepNewlines: keepNewlines) {
                out.append(contentsOf: escaped(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// True for a scalar a terminal could act on.
    public static func needsEscape(_ scalar: Unicode.Scalar, keepNewlines: Bool = true) -> Bool {
        switch scalar.value {
        case 0x0A: return !keepNewlines
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `\x1b` for a C0 or DEL character, `\u{9b}` for C1 and bidi controls.
    static func escaped(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        if scalar.value <= 0x7F { return "\\x" + (hex.count < 2 ? "0" + hex : hex) }
        return "\\u{\(hex)}"
    }
}
