import Assessment
import Comparison

/// One response of a landlord's counted assessment in its own words: what the report quotes beside an answer.
///
/// ```swift
/// let words = text.words   // evidence, then commentary, then action, the non-empty ones
/// text.location            // assessments/acme-2024.txt:152
/// ```
public struct AnswerText: Sendable, Hashable {
    /// The landlord.
    public let landlordID: String
    /// The (counted) document.
    public let documentID: String
    /// Its Code version.
    public let codeVersion: CodeVersion
    /// The provision.
    public let provision: ProvisionID
    /// The normalised answer.
    public let status: Status
    /// The answer as printed, if any.
    public let statusText: String?
    /// Evidence, as printed.
    public let evidence: String
    /// Commentary, as printed.
    public let commentary: String
    /// Action, as printed.
    public let action: String
    /// Where the response was printed.
    public let location: AnswerLocation
    /// The phrase of the response's `hedged_yes` signal, if it has one.
    public let hedgePhrase: String?
    /// True when the response has an `unevidenced` signal (yes or partial with no evidence and no commentary).
    public let unevidenced: Bool

    /// Creates a quoted response.
    ///
    /// ```swift
    /// AnswerText(landlordID: "acme", documentID: "d", codeVersion: .v2024, provision: p, status: .yes, statusText: "Yes",
    ///            evidence: "Policy", commentary: "", action: "", location: at, hedgePhrase: nil, unevidenced: false)
    /// ```
    ///
    /// - Parameters:
    ///   - landlordID: The landlord.
    ///   - documentID: The document.
    ///   - codeVersion: Its Code version.
    ///   - provision: The provision.
    ///   - status: The normalised answer.
    ///   - statusText: The printed answer.
    ///   - evidence: Evidence.
    ///   - commentary: Commentary.
    ///   - action: Action.
    ///   - location: Where it was printed.
    ///   - hedgePhrase: The hedge's phrase.
    ///   - unevidenced: Whether it has no evidence and no commentary.
    public init(landlordID: String, documentID: String, codeVersion: CodeVersion, provision: ProvisionID, status: Status,
                statusText: String?, evidence: String, commentary: String, action: String, location: AnswerLocation,
                hedgePhrase: String?, unevidenced: Bool) {
        self.landlordID = landlordID
        self.documentID = documentID
        self.codeVersion = codeVersion
        self.provision = provision
        self.status = status
        self.statusText = statusText
        self.evidence = evidence
        self.commentary = commentary
        self.action = action
        self.location = location
        self.hedgePhrase = hedgePhrase
        self.unevidenced = unevidenced
    }

    /// Evidence, commentary and action, the non-empty ones, in that order.
    ///
    /// ```swift
    /// text.words // ["Complaints Policy section 3", "Reviewed in March"]
    /// ```
    public var words: [String] { [evidence, commentary, action].filter { !$0.isEmpty } }
}

/// An action a landlord's counted assessment says it will take.
///
/// ```swift
/// action.overdue == true // its target was before the end of the assessment's period
/// ```
public struct OpenAction: Sendable, Hashable {
    /// The landlord.
    public let landlordID: String
    /// The (counted) document.
    public let documentID: String
    /// Its Code version.
    public let codeVersion: CodeVersion
    /// The provision the action belongs to.
    public let provision: ProvisionID
    /// The action, as printed.
    public let description: String
    /// ISO date text at its precision, if a target was given.
    public let targetDate: String?
    /// `day`, `month` or `year`, with `targetDate`.
    public let precision: String?
    /// Who owns it, if named.
    public let owner: String?
    /// Whether the target was before the end of the assessment's period; nil when unknown.
    public let overdue: Bool?
    /// Where the response was printed.
    public let location: AnswerLocation

    /// Creates an action.
    ///
    /// ```swift
    /// OpenAction(landlordID: "acme", documentID: "d", codeVersion: .v2024, provision: p, description: "Train staff",
    ///            targetDate: "2025-09", precision: "month", owner: nil, overdue: false, location: at)
    /// ```
    ///
    /// - Parameters:
    ///   - landlordID: The landlord.
    ///   - documentID: The document.
    ///   - codeVersion: Its Code version.
    ///   - provision: The provision.
    ///   - description: The action.
    ///   - targetDate: Its target date.
    ///   - precision: The date's precision.
    ///   - owner: Its owner.
    ///   - overdue: Whether overdue.
    ///   - location: Where it was printed.
    public init(landlordID: String, documentID: String, codeVersion: CodeVersion, provision: ProvisionID, description: String,
                targetDate: String?, precision: String?, owner: String?, overdue: Bool?, location: AnswerLocation) {
        self.landlordID = landlordID
        self.documentID = documentID
        self.codeVersion = codeVersion
        self.provision = provision
        self.description = description
        self.targetDate = targetDate
        self.precision = precision
        self.owner = owner
        self.overdue = overdue
        self.location = location
    }
}
