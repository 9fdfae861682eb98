import Assessment

/// What one document says about its landlord, as `LandlordResolver` joins documents into landlords:
/// its spellings of the name (the manifest's first), the name that identifies it, the domain of its
/// address, and the kind the manifest gives.
///
/// ```swift
/// let d = DocumentLandlord(record, documentID: "0123456789abcdef", sha256: sha)
/// d.identity?.key // "acme council"
/// ```
struct DocumentLandlord: Sendable, Hashable {
    /// `documents.id`.
    var documentID: String
    /// The document's first file, for its build summary line.
    var sortPath: String
    /// The placeholder name of an unnamed landlord of this document alone: `Unnamed landlord (file.txt)`.
    var unnamedName: String
    /// The id of an unnamed landlord of this document alone: `unnamed-<12 hex of the sha256>`.
    var unnamedID: String
    /// Spellings of the landlord's name, the manifest's first; all spell one landlord.
    var names: [LandlordEvidence.Name]
    /// The name that identifies the landlord: the manifest's, else the document's first official form
    /// ('Acme Council' over 'Acme'); nil when the document names none.
    var identity: LandlordName?
    /// A manifest name no `LandlordName` reads ('123'): it still names a landlord of its own.
    var unreadName: String?
    /// Where the identifying name came from.
    var identitySource: LandlordNameSource?
    /// Registrable domain of the manifest's `source_url`, else of the first address the document gives.
    var domain: String?
    /// The manifest's `landlord_kind`, if given.
    var kind: String?

    /// The evidence of `record`, whose first file has `sha256`.
    init(_ record: DocumentRecord, documentID: String, sha256: String) {
        self.documentID = documentID
        sortPath = record.sortPath
        let file = record.sortPath.split(separator: "/").last.map(String.init) ?? record.sortPath
        unnamedName = "Unnamed landlord (\(file))"
        unnamedID = "unnamed-" + sha256.prefix(12)
        kind = record.landlordKind?.trimmingWhitespace().nonEmpty
        let evidence = record.assessment.landlordEvidence
        domain = record.sourceURL.flatMap(WebDomain.of) ?? evidence.urls.lazy.compactMap(WebDomain.of).first
        var found = evidence.names
        if found.isEmpty, let text = record.assessment.landlordName?.trimmingWhitespace().nonEmpty {
            found = [LandlordEvidence.Name(text, source: .text)]
        }
        let readings = found.compactMap { n in LandlordName(n.text).map { (n, $0) } }
        if let manifest = record.landlordName?.trimmingWhitespace().nonEmpty {
            let name = LandlordName(manifest)
            identity = name
            unreadName = name == nil ? manifest : nil
            identitySource = .manifest
            names = [LandlordEvidence.Name(manifest, source: .manifest)]
                + readings.filter { r in name.map { r.1.isSpelling(of: $0) } ?? false }.map(\.0)
        } else {
            let chosen = readings.first { $0.1.form != .bare } ?? readings.first
            identity = chosen?.1
            identitySource = chosen?.0.source
            names = chosen.map { c in readings.filter { $0.1.isSpelling(of: c.1) }.map(\.0) } ?? []
        }
    }

    /// The key documents of one landlord share: the identifying name's key, or the unread manifest name's.
    var key: String? {
        if let identity { return identity.key }
        return unreadName.map { "~" + Slug.of($0) }
    }
}

extension String {
    /// Nil for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
