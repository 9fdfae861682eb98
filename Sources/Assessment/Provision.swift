/// One provision of a Code version's self-assessment form, as catalogued in the reference data.
public struct Provision: Sendable, Hashable, Codable {
    public let version: CodeVersion
    public let id: ProvisionID
    public let sectionNumber: Int
    public let sectionTitle: String
    /// Complaint stage (2024 section 6: 1–2; 2022 section 5: 1–3); nil elsewhere.
    public let stage: Int?
    public let obligation: Obligation
    /// Our own paraphrase of the requirement (under 20 words), not the Code's wording.
    public let summary: String

    public init(version: CodeVersion, id: ProvisionID, sectionNumber: Int, sectionTitle: String,
                stage: Int?, obligation: Obligation, summary: String) {
        self.version = version
        self.id = id
        self.sectionNumber = sectionNumber
        self.sectionTitle = sectionTitle
        self.stage = stage
        self.obligation = obligation
        self.summary = summary
    }
}

/// How a 2022 provision relates to a 2024 provision (see the reference README).
public enum CrosswalkRelation: String, Sendable, Hashable, Codable, CaseIterable {
    case same, narrower, broader, partial, none
}

/// One row of the 2022 → 2024 crosswalk.
public struct CrosswalkEntry: Sendable, Hashable, Codable {
    public let provision2022: ProvisionID
    /// Nil when `relation` is `.none`.
    public let provision2024: ProvisionID?
    public let relation: CrosswalkRelation
    public let note: String

    public init(provision2022: ProvisionID, provision2024: ProvisionID?, relation: CrosswalkRelation, note: String) {
        self.provision2022 = provision2022
        self.provision2024 = provision2024
        self.relation = relation
        self.note = note
    }
}
