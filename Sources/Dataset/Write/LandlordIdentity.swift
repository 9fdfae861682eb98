/// The landlord one document names on its own, before a build joins documents into landlords
/// (`LandlordResolver`): the same id, name and kind the dataset gives it when no other document
/// spells the same landlord.
///
/// ```swift
/// LandlordIdentity(record, documentSHA256: sha).name // "Acme Borough Council"
/// ```
struct LandlordIdentity: Hashable {
    var id: String
    var name: String
    var kind: String
    var named: Bool

    /// The landlord of `record` alone: the manifest's name, else the best name found in the document, else an
    /// unnamed landlord of its own, `unnamed-<12 hex of the document sha256>`.
    init(_ record: DocumentRecord, documentSHA256: String) {
        let evidence = DocumentLandlord(record, documentID: String(documentSHA256.prefix(16)), sha256: documentSHA256)
        let landlord = LandlordResolver.resolve([evidence]).first
        id = landlord?.id ?? evidence.unnamedID
        name = landlord?.name ?? evidence.unnamedName
        kind = landlord?.kind ?? "unknown"
        named = landlord?.named ?? false
    }
}
