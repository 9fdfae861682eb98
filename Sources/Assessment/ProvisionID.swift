/// A provision number such as `6.10`, read as text: section 6, item 10 (never the decimal 6.1).
///
/// ```swift
/// ProvisionID("6.10")?.item // 10
/// ProvisionID("0.40")       // ProvisionID(section: 0, item: 40): syntactically valid; the catalogue decides if it exists
/// ```
public struct ProvisionID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Section number (the part before the dot).
    public let section: Int
    /// Item number within the section (the part after the dot).
    public let item: Int

    /// Creates an identifier from its two parts.
    public init(section: Int, item: Int) {
        self.section = section
        self.item = item
    }

    /// Parses `S.I` where S and I are 1–2 digit numbers; returns nil for anything else (`2.1.9`, `5.5%`, `1`).
    /// Reads the UTF-8 bytes once: every dataset read and every candidate number of the normaliser goes through it.
    public init?(_ text: some StringProtocol) {
        var section = 0, item = 0, sectionDigits = 0, itemDigits = 0, afterDot = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard !afterDot else { return nil }
                afterDot = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                let digit = Int(byte &- UInt8(ascii: "0"))
                if afterDot { item = item * 10 + digit; itemDigits += 1 } else { section = section * 10 + digit; sectionDigits += 1 }
                guard sectionDigits <= 2, itemDigits <= 2 else { return nil }
            } else {
                return nil
            }
        }
        guard afterDot, sectionDigits >= 1, itemDigits >= 1 else { return nil }
        self.init(section: section, item: item)
    }

    public var description: String { "\(section).\(item)" }

    public static func < (lhs: ProvisionID, rhs: ProvisionID) -> Bool {
        (lhs.section, lhs.item) < (rhs.section, rhs.item)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = ProvisionID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a provision number: \(text)"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension Character {
    /// True for the ASCII digits 0–9 only (not other Unicode numerals).
    public var isASCIIDigit: Bool {
        guard let a = asciiValue else { return false }
        return a >= 0x30 && a <= 0x39
    }

    // The same answers as `isLetter`, `isNumber` and `isWhitespace`, without a Unicode property lookup for
    // ASCII characters (the lookups dominated the normaliser's profile on real text).

    /// `isLetter`, fast for ASCII.
    @inlinable public var isLetterFast: Bool {
        guard let a = asciiValue else { return isLetter }
        let l = a | 0x20
        return l >= 0x61 && l <= 0x7A
    }

    /// `isNumber`, fast for ASCII.
    @inlinable public var isNumberFast: Bool {
        guard let a = asciiValue else { return isNumber }
        return a >= 0x30 && a <= 0x39
    }

    /// `isLetter || isNumber`, fast for ASCII.
    @inlinable public var isLetterOrNumberFast: Bool {
        guard let a = asciiValue else { return isLetter || isNumber }
        let l = a | 0x20
        return (l >= 0x61 && l <= 0x7A) || (a >= 0x30 && a <= 0x39)
    }

    /// `isWhitespace`, fast for ASCII (space and U+0009–U+000D; "\r\n" is one whitespace Character).
    @inlinable public var isWhitespaceFast: Bool {
        guard let a = asciiValue else { return isWhitespace }
        return a == 0x20 || (a >= 0x09 && a <= 0x0D)
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, fast for ASCII.
    @inlinable public var isWhitespaceFast: Bool {
        guard isASCII else { return properties.isWhitespace }
        return value == 0x20 || (value >= 0x09 && value <= 0x0D)
    }
}
