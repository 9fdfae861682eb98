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
        prohibition = Self.mayNegate(response.requirement) && TokenizedText(response.requirement).tokens.contains(where: \.isNegation)
    }

    /// False when no word of `text` can be a negation (`Token.isNegation`): each holds 'no' (not, no, nor, cannot),
    /// 'never', 'without' or ends in "n't" / "n’t", in ASCII letters of either case (no other letter lowercases to
    /// them).
    static func mayNegate(_ text: String) -> Bool {
        var previous: [UInt8] = [0, 0]
        for b in text.utf8 {
            let l = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            if previous[1] == 0x6E, l == 0x6F { return true }  // no
            if l == 0x74, previous[1] == 0x27 || previous[1] == 0x99, previous[0] == 0x6E || previous[0] == 0x80 { return true }  // n't, n’t
            if l == 0x65, previous[1] == 0x76, previous[0] == 0x65 { return true }  // (ne)ve(r)
            if l == 0x68, previous[1] == 0x74, previous[0] == 0x69 { return true }  // (w)ith(out)
            previous[0] = previous[1]
            previous[1] = l
        }
        return false
    }
}
