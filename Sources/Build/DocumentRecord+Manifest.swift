import Assessment
import Dataset

extension DocumentRecord {
    /// A record from a normalised document and its manifest entry (the manifest's landlord, kind, period, source
    /// and notes win over what the text says).
    ///
    /// ```swift
    /// DocumentRecord(assessment: assessment, entry: ManifestEntry(files: ["a.txt"], landlord: "Acme Homes"))
    /// ```
    public init(assessment: Assessment, entry: ManifestEntry) {
        self.init(assessment: assessment, landlordName: entry.landlord, landlordKind: entry.landlordKind,
                  period: entry.period, sourceURL: entry.sourceURL, notes: entry.notes)
    }
}
