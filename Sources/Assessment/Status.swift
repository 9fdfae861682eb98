/// A normalised compliance answer. The raw answer is always kept beside it (`Response.statusText`).
public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// Complies.
    case yes
    /// Does not comply.
    case no
    /// Complies in part ('Partial', 'Yes – in part', 'In part currently').
    case partial
    /// Not applicable ('n/a', 'not applicable').
    case na
    /// No answer given.
    case blank
}

/// The strength of duty a provision places on the landlord.
public enum Obligation: String, Sendable, Hashable, Codable, CaseIterable {
    case must, expected, should, may
}

/// How a response's provision number was established.
public enum ProvisionSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// The number printed in the row, accepted as it stands.
    case printed
    /// A printed number with noise or a misprint, corrected from its form and the surrounding order.
    case repaired
    /// No usable number: identified from the requirement text and the surrounding order.
    case matched
}
