import Assessment

/// The fields of a response that signals read, tokenized once.
struct ResponseFields {
    /// A named field's tokens ("evidence", "commentary").
    struct Field {
        let name: String
        let text: TokenizedText
    }

    /// The evidence and commentary, in that order, skipping empty ones and a commentary that repeats the evidence.
    let all: [Field]
    /// True when the requirement is a prohibition (it contains a negation such as "must not").
    let prohibition: Bool

    init(_ response: Response) {
        var fields: [Field] = []
        let evidence = response.evidence.trimmingWhitespace, commentary = response.commentary.trimmingWhitespace
        if !evidence.isEmpty { fields.append(Field(name: "evidence", text: TokenizedText(evidence))) }
        if !commentary.isEmpty, commentary != evidence {
            fields.append(Field(name: "commentary", text: TokenizedText(commentary)))
        }
        all = fields
        prohibition = TokenizedText(response.requirement).tokens.contains(where: \.isNegation)
    }
}
