// Foundation-free string helpers used across the module.

extension String {
    /// This string with every occurrence of `target` replaced (Foundation-free).
    func replacingAll(_ target: Character, with replacement: Character) -> String {
        // Quick exit on the bytes when the target cannot occur (Character comparison normalises: slow).
        if let first = target.utf8.first, !utf8.contains(first) { return self }
        return String(map { $0 == target ? replacement : $0 })
    }
}

extension String {
    /// This string without leading and trailing whitespace and newlines (Foundation-free).
    var trimmingWhitespace: String {
        // An ASCII first and last byte that are not whitespace: nothing to trim (see Assessment's trimmingWhitespace()).
        if let f = utf8.first, let l = utf8.last, f < 0x80, l < 0x80, f != 0x20, !(0x09...0x0D).contains(f), l != 0x20,
           !(0x09...0x0D).contains(l) {
            return self
        }
        var s = Substring(self)
        while let f = s.first, f.isWhitespaceFast { s = s.dropFirst() }
        while let l = s.last, l.isWhitespaceFast { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    /// This text without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
