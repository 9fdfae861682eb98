import Foundation

/// Stable identifiers made from names, such as landlord ids.
///
/// ```swift
/// Slug.of("Acme Homes")             // "acme-homes"
/// Slug.of("St Mary's Homes & Care") // "st-marys-homes-and-care"
/// Slug.of("Wrexham – Cyngor")       // "wrexham-cyngor"
/// ```
public enum Slug {
    /// Lowercase ASCII letters and digits joined by single hyphens; accents are dropped, `&` becomes `and`,
    /// apostrophes vanish. A name with no letters or digits gets `landlord-<16 hex>` from a hash of its text.
    public static func of(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" { continue }
            if scalar == "&" {
                slug += slug.isEmpty ? "and" : "-and"
                pendingHyphen = true
                continue
            }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "landlord-" + fnv1a(name) : slug.lowercased()
    }

    /// 64-bit FNV-1a of the UTF-8 bytes, as 16 lowercase hex digits (stable across runs and platforms).
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
