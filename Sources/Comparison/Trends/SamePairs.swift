import Assessment

/// The crosswalk's `same` entries as a lookup: which 2024 provisions each 2022 provision is the same as.
///
/// ```swift
/// let pairs = SamePairs(catalogue.crosswalk)
/// pairs.targets[ProvisionID(section: 1, item: 2)!] // [1.2]
/// ```
struct SamePairs {
    /// 2022 provision → its `same` 2024 provisions, ascending.
    let targets: [ProvisionID: [ProvisionID]]
    /// Every 2024 provision some 2022 provision is the same as.
    let reachable: Set<ProvisionID>

    init(_ crosswalk: [CrosswalkEntry]) {
        var targets: [ProvisionID: Set<ProvisionID>] = [:]
        for entry in crosswalk where entry.relation == .same {
            if let target = entry.provision2024 { targets[entry.provision2022, default: []].insert(target) }
        }
        self.targets = targets.mapValues { $0.sorted() }
        self.reachable = Set(targets.values.flatMap { $0 })
    }

    /// A 2022 assessment's answers on 2024 numbering: each answer claims its `same` targets, lower 2022
    /// provisions first (as ``Comparison/pool(_:crosswalk:)`` does); `unpaired` counts the answers with no target.
    func translate(_ answers: [ProvisionID: LocatedAnswer]) -> (paired: [ProvisionID: (ProvisionID, LocatedAnswer)], unpaired: Int) {
        var paired: [ProvisionID: (ProvisionID, LocatedAnswer)] = [:]
        var unpaired = 0
        for provision in answers.keys.sorted() {
            guard let answer = answers[provision], let list = targets[provision], !list.isEmpty else {
                unpaired += 1
                continue
            }
            for target in list where paired[target] == nil { paired[target] = (provision, answer) }
        }
        return (paired, unpaired)
    }
}
