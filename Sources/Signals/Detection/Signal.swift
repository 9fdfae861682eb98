import Assessment

/// One sign of hidden non-compliance in a response, with the words that triggered it.
///
/// ```swift
/// Signal(kind: .hedgedYes, phrase: "Need to update", detail: "answered yes but the commentary admits …",
///        inferredStatus: nil)
/// ```
public struct Signal: Sendable, Hashable, Codable {
    /// What was found.
    public var kind: SignalKind
    /// The triggering words as they appear in the response ("" for signals about missing text).
    public var phrase: String
    /// A human-readable explanation naming the field and quoting the sentence.
    public var detail: String
    /// For `implicitAnswer`: the status the text states (yes, no, partial or na); nil otherwise.
    /// The response's own `status` is never changed.
    public var inferredStatus: Status?

    /// Creates a signal.
    public init(kind: SignalKind, phrase: String, detail: String, inferredStatus: Status? = nil) {
        self.kind = kind
        self.phrase = phrase
        self.detail = detail
        self.inferredStatus = inferredStatus
    }
}
