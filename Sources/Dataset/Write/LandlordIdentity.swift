/// The `landlords` row a document belongs to.
struct LandlordIdentity: Hashable {
    var id: String
    var name: String
    var kind: String
    var named: Bool

    /// The landlord of `record`: the manifest's name, else the name found in the text, else an unnamed
    /// landlord of its own, `unnamed-<12 hex of the document sha256>`.
    init(_ record: DocumentRecord, documentSHA256: String) {
        let given = (record.landlordName ?? record.assessment.landlordName)?.trimmingWhitespace() ?? ""
        kind = record.landlordKind?.trimmingWhitespace().nonEmpty ?? "unknown"
        if given.isEmpty {
            let file = record.sortPath.split(separator: "/").last.map(String.init) ?? record.sortPath
            id = "unnamed-" + documentSHA256.prefix(12)
            name = "Unnamed landlord (\(file))"
            named = false
        } else {
            id = Slug.of(given)
            name = given
            named = true
        }
    }
}

extension String {
    /// Nil for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
