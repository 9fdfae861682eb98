import Assessment
import Normaliser

/// Re-normalises a rendering and compares what it reads with the responses it was made from, by provision.
enum FamilyScorer {
    /// Scores one rendering; a normaliser error counts every expected response as missing.
    static func score(_ rendering: FamilyRendering, normaliser: Normaliser) -> DocumentScore {
        let input = DocumentInput(path: rendering.fileName, bytes: Array(rendering.text.utf8))
        var score = DocumentScore(family: rendering.family, document: rendering.document)
        do {
            let assessment = try normaliser.normalise(input)
            compare(rendering.expected, assessment.responses.map(ReferenceResponse.init), fieldsMarked: rendering.fieldsMarked, into: &score)
            score.versionRight = assessment.codeVersion == rendering.codeVersion
        } catch {
            compare(rendering.expected, [], fieldsMarked: rendering.fieldsMarked, into: &score)
            score.error = error.description
        }
        return score
    }

    /// Statuses right, missing, invented and wrong provisions, and text agreement.
    ///
    /// Text agrees when the requirement and the evidence are equal once whitespace is removed; when the layout
    /// does not mark where evidence, commentary and action begin (`fieldsMarked` false), the three are compared
    /// joined.
    static func compare(_ expected: [ReferenceResponse], _ got: [ReferenceResponse], fieldsMarked: Bool, into score: inout DocumentScore) {
        var read: [ProvisionID: ReferenceResponse] = [:]
        for response in got where read[response.provision] == nil { read[response.provision] = response }
        let wanted = Set(expected.map(\.provision))
        score.responses = expected.count
        for reference in expected {
            guard let response = read[reference.provision] else {
                score.missing.append(reference.provision)
                continue
            }
            if response.status == reference.status {
                score.right += 1
            } else {
                score.wrong.append(.init(provision: reference.provision, expected: reference.status, got: response.status))
            }
            let evidenceAgrees = fieldsMarked ? squeezed(response.evidence) == squeezed(reference.evidence)
                : squeezed(response.body) == squeezed(reference.body)
            if evidenceAgrees && squeezed(response.requirement) == squeezed(reference.requirement) { score.textAgreed += 1 }
        }
        score.invented = got.map(\.provision).filter { !wanted.contains($0) }
    }

    /// The text without any whitespace.
    static func squeezed(_ text: String) -> String { String(text.unicodeScalars.filter { !$0.properties.isWhitespace }) }
}
