import Assessment

/// A response with the given answer and texts; everything else is fixed.
func response(_ status: Status, evidence: String = "", commentary: String = "", action: String = "",
              requirement: String = "Landlords must have a complaints policy.") -> Response {
    Response(codeVersion: .v2024, provision: ProvisionID(section: 1, item: 2), provisionSource: .printed,
             section: 1, stage: nil, obligation: .must, obligationSource: "catalogue", requirement: requirement,
             status: status, statusText: status == .blank ? nil : status.rawValue, statusRule: "answer word",
             evidence: evidence, commentary: commentary, action: action, sourcePath: "fixture.txt",
             lineStart: 1, lineEnd: 1)
}

/// Requirement text of a provision phrased as a prohibition, as the Code words some.
let prohibitionRequirement = "Landlords must not refuse to escalate a complaint unless it is unreasonable to do so."
