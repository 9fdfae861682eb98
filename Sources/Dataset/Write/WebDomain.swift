import Assessment
import Foundation

/// The registrable domain of a web address: the part an organisation registers, which identifies it
/// whatever the host or page ('https://www.acme.gov.uk/x' and 'acme.gov.uk' are both `acme.gov.uk`).
///
/// Addresses on shared hosting identify nobody (document platforms such as issuu.com), or identify the
/// tenant by its sub-domain (`acme.sharepoint.com`).
///
/// ```swift
/// WebDomain.of("https://www.acme.gov.uk/housing/complaints") // "acme.gov.uk"
/// WebDomain.of("democracy.acme.gov.uk")                     // "acme.gov.uk"
/// WebDomain.of("https://acmehomes.sharepoint.com/doc.pdf")  // "acmehomes.sharepoint.com"
/// WebDomain.of("https://issuu.com/acme/docs/report")        // nil
/// ```
enum WebDomain {
    /// Second-level labels under which organisations register in country domains (`acme.org.uk`).
    static let secondLevels: Set<String> = ["co", "org", "gov", "ac", "net", "ltd", "plc", "me", "nhs", "police", "sch",
                                            "mod", "com", "edu", "nic", "parliament"]
    /// Hosts whose sub-domains belong to different organisations.
    static let tenantHosts: Set<String> = ["sharepoint.com", "wordpress.com", "github.io", "blogspot.com", "wixsite.com",
                                           "squarespace.com", "azurewebsites.net", "cloudfront.net", "amazonaws.com"]
    /// Document-sharing platforms: an address there says nothing about who published the document.
    static let sharedHosts: Set<String> = ["issuu.com", "yumpu.com", "scribd.com", "google.com", "dropbox.com", "box.com",
                                           "live.com", "1drv.ms", "archive.org", "dropboxusercontent.com",
                                           "googleusercontent.com", "microsoft.com", "office.com", "bit.ly"]

    /// The registrable domain of `url` (with or without a scheme), or nil when it has none or is shared hosting.
    static func of(_ url: String) -> String? {
        var host = Substring(url.trimmingWhitespace().lowercased())
        if let scheme = host.range(of: "://") { host = host[scheme.upperBound...] }
        host = host.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        host = host.prefix { $0 != ":" }
        while host.hasSuffix(".") { host = host.dropLast() }
        var labels = host.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard labels.count >= 2, labels.allSatisfy(isLabel), !labels.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
        while labels.count > 2, let first = labels.first, first == "www" || (first.hasPrefix("www") && first.dropFirst(3).allSatisfy(\.isNumber)) {
            labels.removeFirst()
        }
        let last = labels[labels.count - 1]
        let second = labels[labels.count - 2]
        let countryRegistered = last.count == 2 && secondLevels.contains(second)
        if countryRegistered && labels.count == 2 { return nil }
        var take = countryRegistered ? 3 : 2
        let base = labels.suffix(take).joined(separator: ".")
        if sharedHosts.contains(base) { return nil }
        if tenantHosts.contains(base) {
            guard labels.count > take else { return nil }
            take += 1
        }
        return labels.suffix(take).joined(separator: ".")
    }

    /// Letters, digits and inner hyphens.
    static func isLabel(_ label: String) -> Bool {
        !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
            && label.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" }
    }
}
