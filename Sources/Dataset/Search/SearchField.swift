/// A free-text field of a response that `chc search` can look in (a column of `responses_fts`).
public enum SearchField: String, Sendable, Hashable, CaseIterable {
    /// The Code's requirement as the document printed it (it quotes the Code, so every landlord has it).
    case requirement
    /// The landlord's evidence.
    case evidence
    /// The landlord's commentary or explanation.
    case commentary
    /// The landlord's action.
    case action

    /// The landlords' own words: what `chc search` looks in unless told otherwise.
    public static let landlordsWords: [SearchField] = [.evidence, .commentary, .action]
}
